package nl.wmoregio.inkoop.entity;

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

/** A contract management conversation with a provider: what was discussed and agreed, and what follows. */
@Entity
@Table(name = "contractgesprek")
public class Contractgesprek {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "aanbieder_id")
    private Aanbieder aanbieder;

    @Column(nullable = false)
    private LocalDate datum;
    @Column(nullable = false)
    private String onderwerp;
    private String verslag;
    private String afspraken;
    private String vervolgactie;
    private LocalDate vervolgdatum;
    @Column(name = "actie_afgerond")
    private boolean actieAfgerond;
    @Column(name = "vastgelegd_door", nullable = false)
    private String vastgelegdDoor;

    @Version
    private long version;

    protected Contractgesprek() {
    }

    public Contractgesprek(Aanbieder aanbieder, LocalDate datum, String onderwerp, String verslag, String afspraken,
                           String vervolgactie, LocalDate vervolgdatum, String vastgelegdDoor) {
        this.aanbieder = aanbieder;
        this.datum = datum;
        this.onderwerp = onderwerp;
        this.verslag = verslag;
        this.afspraken = afspraken;
        this.vervolgactie = vervolgactie;
        this.vervolgdatum = vervolgdatum;
        this.vastgelegdDoor = vastgelegdDoor;
    }

    public void rondActieAf() {
        this.actieAfgerond = true;
    }

    public Long getId() { return id; }
    public Aanbieder getAanbieder() { return aanbieder; }
    public LocalDate getDatum() { return datum; }
    public String getOnderwerp() { return onderwerp; }
    public String getVerslag() { return verslag; }
    public String getAfspraken() { return afspraken; }
    public String getVervolgactie() { return vervolgactie; }
    public LocalDate getVervolgdatum() { return vervolgdatum; }
    public boolean isActieAfgerond() { return actieAfgerond; }
    public String getVastgelegdDoor() { return vastgelegdDoor; }
    public long getVersion() { return version; }
}
