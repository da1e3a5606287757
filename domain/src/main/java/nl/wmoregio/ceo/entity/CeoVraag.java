package nl.wmoregio.ceo.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A survey question: one of the ten standard ones (no gemeente) or a gemeente's own. */
@Entity
@Table(name = "ceo_vraag")
public class CeoVraag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String code;
    @Column(name = "gemeente_id")
    private Long gemeenteId;
    private int nummer;
    @Column(nullable = false)
    private String tekst;
    @Column(nullable = false)
    private String type;
    @Version
    private long version;

    protected CeoVraag() {
    }

    public CeoVraag(String code, Long gemeenteId, int nummer, String tekst, String type) {
        this.code = code;
        this.gemeenteId = gemeenteId;
        this.nummer = nummer;
        this.tekst = tekst;
        this.type = type;
    }

    public void wijzig(String tekst) {
        this.tekst = tekst;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public Long getGemeenteId() { return gemeenteId; }
    public int getNummer() { return nummer; }
    public String getTekst() { return tekst; }
    public String getType() { return type; }
    public long getVersion() { return version; }
}
