package nl.wmoregio.inkoop.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A zorgaanbieder: a provider of Wmo support, identified by its KvK number. */
@Entity
@Table(name = "aanbieder")
public class Aanbieder {

    public enum Status { ACTIEF, INACTIEF }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String naam;

    @Column(name = "kvk_nummer", nullable = false)
    private String kvkNummer;

    @Column(name = "agb_code")
    private String agbCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.ACTIEF;

    /** Had BW clients on 31-12-2014: the only providers that may hold a deelovereenkomst BW. */
    @Column(name = "bw_recht_2014", nullable = false)
    private boolean bwRecht2014;

    @OneToMany(mappedBy = "aanbieder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("naam")
    private List<AanbiederLocatie> locaties = new ArrayList<>();

    @OneToMany(mappedBy = "aanbieder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("naam")
    private List<AanbiederContact> contacten = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "aangemaakt_op", nullable = false)
    private LocalDateTime aangemaaktOp;

    @Column(name = "gewijzigd_op", nullable = false)
    private LocalDateTime gewijzigdOp;

    protected Aanbieder() {
    }

    public Aanbieder(String naam, String kvkNummer, String agbCode, boolean bwRecht2014, LocalDateTime nu) {
        this.naam = naam;
        this.kvkNummer = kvkNummer;
        this.agbCode = agbCode;
        this.bwRecht2014 = bwRecht2014;
        this.aangemaaktOp = nu;
        this.gewijzigdOp = nu;
    }

    public void wijzig(String naam, String kvkNummer, String agbCode, Status status, boolean bwRecht2014, LocalDateTime nu) {
        this.naam = naam;
        this.kvkNummer = kvkNummer;
        this.agbCode = agbCode;
        this.status = status;
        this.bwRecht2014 = bwRecht2014;
        this.gewijzigdOp = nu;
    }

    public void voegLocatieToe(String naam, String adres, String postcode, String plaats) {
        locaties.add(new AanbiederLocatie(this, naam, adres, postcode, plaats));
    }

    public void voegContactToe(String naam, String functie, String email, String telefoon) {
        contacten.add(new AanbiederContact(this, naam, functie, email, telefoon));
    }

    public Long getId() { return id; }
    public String getNaam() { return naam; }
    public String getKvkNummer() { return kvkNummer; }
    public String getAgbCode() { return agbCode; }
    public Status getStatus() { return status; }
    public boolean isBwRecht2014() { return bwRecht2014; }
    public List<AanbiederLocatie> getLocaties() { return locaties; }
    public List<AanbiederContact> getContacten() { return contacten; }
    public long getVersion() { return version; }
}
