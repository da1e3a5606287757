package nl.wmoregio.regio.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.wmoregio.shared.Periode;

/**
 * A gemeente of the region, identified by its CBS code. Gemeenten are never deleted: a merger
 * ends the old ones (geldigTot) and points them at the gemeente they became part of.
 */
@Entity
@Table(name = "gemeente")
public class Gemeente {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regio_id")
    private Regio regio;

    @Column(name = "cbs_code", nullable = false)
    private String cbsCode;

    @Column(nullable = false)
    private String naam;

    @Column(name = "geldig_van", nullable = false)
    private LocalDate geldigVan;

    @Column(name = "geldig_tot")
    private LocalDate geldigTot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opgevolgd_door_id")
    private Gemeente opgevolgdDoor;

    @Column(name = "einde_reden")
    private String eindeReden;

    @OneToMany(mappedBy = "gemeente", cascade = CascadeType.PERSIST)
    @OrderBy("productgroep, van")
    private List<Deelname> deelnames = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "aangemaakt_op", nullable = false)
    private LocalDateTime aangemaaktOp;

    @Column(name = "gewijzigd_op", nullable = false)
    private LocalDateTime gewijzigdOp;

    protected Gemeente() {
    }

    public Gemeente(Regio regio, String cbsCode, String naam, LocalDate geldigVan, LocalDateTime nu) {
        this.regio = regio;
        this.cbsCode = cbsCode;
        this.naam = naam;
        this.geldigVan = geldigVan;
        this.aangemaaktOp = nu;
        this.gewijzigdOp = nu;
    }

    public void wijzig(String cbsCode, String naam, LocalDate geldigVan, LocalDateTime nu) {
        this.cbsCode = cbsCode;
        this.naam = naam;
        this.geldigVan = geldigVan;
        this.gewijzigdOp = nu;
    }

    public void beeindig(LocalDate tot, String reden, Gemeente opvolger, LocalDateTime nu) {
        this.geldigTot = tot;
        this.eindeReden = reden;
        this.opgevolgdDoor = opvolger;
        this.gewijzigdOp = nu;
        for (Deelname deelname : deelnames) {
            deelname.beperkTot(tot);
        }
    }

    public Deelname voegDeelnameToe(Productgroep productgroep, LocalDate van, LocalDate tot, LocalDateTime nu) {
        Deelname deelname = new Deelname(this, productgroep, van, tot);
        deelnames.add(deelname);
        this.gewijzigdOp = nu;
        return deelname;
    }

    public Periode periode() {
        return new Periode(geldigVan, geldigTot);
    }

    public boolean isActiefOp(LocalDate dag) {
        return periode().contains(dag);
    }

    public Long getId() { return id; }
    public Regio getRegio() { return regio; }
    public String getCbsCode() { return cbsCode; }
    public String getNaam() { return naam; }
    public LocalDate getGeldigVan() { return geldigVan; }
    public LocalDate getGeldigTot() { return geldigTot; }
    public Gemeente getOpgevolgdDoor() { return opgevolgdDoor; }
    public String getEindeReden() { return eindeReden; }
    public List<Deelname> getDeelnames() { return deelnames; }
    public long getVersion() { return version; }
    public LocalDateTime getAangemaaktOp() { return aangemaaktOp; }
    public LocalDateTime getGewijzigdOp() { return gewijzigdOp; }
}
