package nl.wmoregio.iwmo.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One received iWmo message and its answer. Written once, in the transaction that applies the
 * message, and never changed afterwards (no version needed): the content hash is unique, so the
 * same message twice is recognised and changes nothing.
 */
@Entity
@Table(name = "iwmo_bericht")
public class IwmoBericht {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String berichtcode;

    @Column(name = "inhoud_hash", nullable = false, unique = true)
    private String inhoudHash;

    private String afzender;

    @Column(name = "aanbieder_id")
    private Long aanbiederId;

    @Column(name = "gemeente_id")
    private Long gemeenteId;

    private String identificatie;

    @Column(name = "ontvangen_op", nullable = false)
    private LocalDateTime ontvangenOp;

    @Column(name = "ontvangen_door", nullable = false)
    private String ontvangenDoor;

    private int regels;
    private int goedgekeurd;
    private int afgekeurd;

    @Lob
    private String resultaat;

    private String declaratienummer;

    @Column(name = "retour_code")
    private String retourCode;

    @Lob
    private String retour;

    @Column(name = "geheel_afgekeurd", nullable = false)
    private boolean geheelAfgekeurd;

    protected IwmoBericht() {
    }

    public IwmoBericht(String berichtcode, String inhoudHash, String afzender, Long aanbiederId, Long gemeenteId,
                       String identificatie, LocalDateTime ontvangenOp, String ontvangenDoor) {
        this.berichtcode = berichtcode;
        this.inhoudHash = inhoudHash;
        this.afzender = afzender;
        this.aanbiederId = aanbiederId;
        this.gemeenteId = gemeenteId;
        this.identificatie = identificatie;
        this.ontvangenOp = ontvangenOp;
        this.ontvangenDoor = ontvangenDoor;
    }

    public void resultaat(int regels, int goedgekeurd, int afgekeurd, String json) {
        this.regels = regels;
        this.goedgekeurd = goedgekeurd;
        this.afgekeurd = afgekeurd;
        this.resultaat = json;
    }

    /** The retour message (WMO325/306/308) as written and validated against its XSD. */
    public void retour(String retourCode, String xml, boolean geheelAfgekeurd, String declaratienummer) {
        this.retourCode = retourCode;
        this.retour = xml;
        this.geheelAfgekeurd = geheelAfgekeurd;
        this.declaratienummer = declaratienummer;
    }

    public String getDeclaratienummer() { return declaratienummer; }
    public String getRetourCode() { return retourCode; }
    public String getRetour() { return retour; }
    public boolean isGeheelAfgekeurd() { return geheelAfgekeurd; }
    public Long getId() { return id; }
    public String getBerichtcode() { return berichtcode; }
    public String getInhoudHash() { return inhoudHash; }
    public String getAfzender() { return afzender; }
    public Long getAanbiederId() { return aanbiederId; }
    public Long getGemeenteId() { return gemeenteId; }
    public String getIdentificatie() { return identificatie; }
    public LocalDateTime getOntvangenOp() { return ontvangenOp; }
    public String getOntvangenDoor() { return ontvangenDoor; }
    public int getRegels() { return regels; }
    public int getGoedgekeurd() { return goedgekeurd; }
    public int getAfgekeurd() { return afgekeurd; }
    public String getResultaat() { return resultaat; }
}
