package nl.wmoregio.ceo.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** The survey round of one gemeente for one year: requested size, seed and what was drawn. */
@Entity
@Table(name = "ceo_ronde")
public class CeoRonde {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "gemeente_id", nullable = false)
    private long gemeenteId;
    private int jaar;
    @Column(name = "gevraagde_omvang")
    private int gevraagdeOmvang;
    private long seed;
    private Integer populatie;
    private Integer steekproef;
    @Column(name = "getrokken_op")
    private LocalDateTime getrokkenOp;
    @Version
    private long version;

    protected CeoRonde() {
    }

    public CeoRonde(long gemeenteId, int jaar, int gevraagdeOmvang, long seed) {
        this.gemeenteId = gemeenteId;
        this.jaar = jaar;
        this.gevraagdeOmvang = gevraagdeOmvang;
        this.seed = seed;
    }

    public void wijzig(int gevraagdeOmvang, long seed) {
        this.gevraagdeOmvang = gevraagdeOmvang;
        this.seed = seed;
    }

    public void getrokken(int populatie, int steekproef, LocalDateTime op) {
        this.populatie = populatie;
        this.steekproef = steekproef;
        this.getrokkenOp = op;
    }

    public Long getId() { return id; }
    public long getGemeenteId() { return gemeenteId; }
    public int getJaar() { return jaar; }
    public int getGevraagdeOmvang() { return gevraagdeOmvang; }
    public long getSeed() { return seed; }
    public Integer getPopulatie() { return populatie; }
    public Integer getSteekproef() { return steekproef; }
    public LocalDateTime getGetrokkenOp() { return getrokkenOp; }
    public long getVersion() { return version; }
}
