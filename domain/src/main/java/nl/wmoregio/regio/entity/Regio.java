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

/** The centrumregeling: a region whose centrumgemeente buys and supervises for all its gemeenten. */
@Entity
@Table(name = "regio")
public class Regio {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String naam;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centrumgemeente_id")
    private Gemeente centrumgemeente;

    @Column(name = "regeling_van", nullable = false)
    private LocalDate regelingVan;

    @Column(name = "regeling_tot")
    private LocalDate regelingTot;

    @Version
    private long version;

    protected Regio() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNaam() { return naam; }
    public Gemeente getCentrumgemeente() { return centrumgemeente; }
    public LocalDate getRegelingVan() { return regelingVan; }
    public LocalDate getRegelingTot() { return regelingTot; }
    public long getVersion() { return version; }

    public void wijzig(String naam, Gemeente centrumgemeente, LocalDate regelingVan, LocalDate regelingTot) {
        this.naam = naam;
        this.centrumgemeente = centrumgemeente;
        this.regelingVan = regelingVan;
        this.regelingTot = regelingTot;
    }
}
