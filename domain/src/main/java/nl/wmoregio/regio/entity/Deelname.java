package nl.wmoregio.regio.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import nl.wmoregio.shared.Periode;

/** A gemeente takes part in the joint purchase of one product group for a period. */
@Entity
@Table(name = "deelname")
public class Deelname {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gemeente_id")
    private Gemeente gemeente;

    @ManyToOne(optional = false)
    @JoinColumn(name = "productgroep_code")
    private Productgroep productgroep;

    @Column(nullable = false)
    private LocalDate van;

    private LocalDate tot;

    @Version
    private long version;

    protected Deelname() {
    }

    Deelname(Gemeente gemeente, Productgroep productgroep, LocalDate van, LocalDate tot) {
        this.gemeente = gemeente;
        this.productgroep = productgroep;
        this.van = van;
        this.tot = tot;
    }

    /** Cuts the participation off at the given day if it runs longer; ends are inclusive. */
    void beperkTot(LocalDate einde) {
        if (tot == null || tot.isAfter(einde)) {
            tot = einde;
        }
    }

    public void beeindig(LocalDate einde) {
        this.tot = einde;
    }

    public Periode periode() {
        return new Periode(van, tot);
    }

    public Long getId() { return id; }
    public Gemeente getGemeente() { return gemeente; }
    public Productgroep getProductgroep() { return productgroep; }
    public LocalDate getVan() { return van; }
    public LocalDate getTot() { return tot; }
    public long getVersion() { return version; }
}
