package nl.wmoregio.kwaliteit.entity;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One indicator: scale, norm (a score at or above it meets it), theme, and an optional explicit mapping. */
@Entity
@Table(name = "kw_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "methode_id")
    private Methode methode;
    private String code;
    private String thema;
    private String omschrijving;
    @Column(name = "schaal_min")
    private int schaalMin;
    @Column(name = "schaal_max")
    private int schaalMax;
    private int norm;
    private int volgorde;
    @Column(name = "gekoppeld_aan_id")
    private Long gekoppeldAanId;

    protected Indicator() {
    }

    Indicator(Methode methode, String code, String thema, String omschrijving, int schaalMin, int schaalMax, int norm, int volgorde,
              Long gekoppeldAanId) {
        this.methode = methode;
        this.code = code;
        this.thema = thema;
        this.omschrijving = omschrijving;
        this.schaalMin = schaalMin;
        this.schaalMax = schaalMax;
        this.norm = norm;
        this.volgorde = volgorde;
        this.gekoppeldAanId = gekoppeldAanId;
    }

    public Long getId() { return id; }
    public Methode getMethode() { return methode; }
    public String getCode() { return code; }
    public String getThema() { return thema; }
    public String getOmschrijving() { return omschrijving; }
    public int getSchaalMin() { return schaalMin; }
    public int getSchaalMax() { return schaalMax; }
    public int getNorm() { return norm; }
    public int getVolgorde() { return volgorde; }
    public Long getGekoppeldAanId() { return gekoppeldAanId; }
}
