package nl.wmoregio.toegang.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A client: pseudonym (HMAC of the BSN), the BSN encrypted (AES-GCM) plus its last three digits
 * for the masked display, birth year, gemeente of residence (regio component, by id) and segment.
 */
@Entity
@Table(name = "client")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String pseudoniem;

    @Column(name = "bsn_versleuteld")
    private String bsnVersleuteld;

    @Column(name = "bsn_laatste")
    private String bsnLaatste;

    @Column(nullable = false)
    private int geboortejaar;

    @Column(name = "gemeente_id", nullable = false)
    private long gemeenteId;

    @Column(nullable = false)
    private String segment;

    @Version
    private long version;

    protected Client() {
    }

    public Client(String pseudoniem, String bsnVersleuteld, String bsnLaatste, int geboortejaar, long gemeenteId, String segment) {
        this.pseudoniem = pseudoniem;
        this.bsnVersleuteld = bsnVersleuteld;
        this.bsnLaatste = bsnLaatste;
        this.geboortejaar = geboortejaar;
        this.gemeenteId = gemeenteId;
        this.segment = segment;
    }

    public void wijzig(int geboortejaar, long gemeenteId, String segment) {
        this.geboortejaar = geboortejaar;
        this.gemeenteId = gemeenteId;
        this.segment = segment;
    }

    public Long getId() { return id; }
    public String getPseudoniem() { return pseudoniem; }
    public String getBsnVersleuteld() { return bsnVersleuteld; }
    public String getBsnLaatste() { return bsnLaatste; }
    public int getGeboortejaar() { return geboortejaar; }
    public long getGemeenteId() { return gemeenteId; }
    public String getSegment() { return segment; }
    public long getVersion() { return version; }
}
