package nl.wmoregio.toezicht.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.wmoregio.toezicht.boundary.MaatregelStatus;
import nl.wmoregio.toezicht.boundary.MaatregelType;

/** A measure following an onderzoek, with a deadline and its follow-up. */
@Entity
@Table(name = "maatregel")
public class Maatregel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "onderzoek_id")
    private long onderzoekId;
    @Column(name = "aanbieder_id")
    private long aanbiederId;
    @Enumerated(EnumType.STRING)
    private MaatregelType type;
    private String omschrijving;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    private MaatregelStatus status;
    private String opvolging;
    @Column(name = "afgerond_op")
    private LocalDate afgerondOp;
    @Column(name = "aangemaakt_op")
    private LocalDateTime aangemaaktOp;
    @Column(name = "product_code")
    private String productCode;
    private LocalDate ingang;
    @Column(name = "reden_overslaan")
    private String redenOverslaan;
    @Column(name = "bevestigd_op")
    private LocalDate bevestigdOp;
    @Version
    private long version;

    protected Maatregel() {
    }

    public Maatregel(long onderzoekId, long aanbiederId, MaatregelType type, String omschrijving, LocalDate deadline, LocalDateTime nu) {
        this.onderzoekId = onderzoekId;
        this.aanbiederId = aanbiederId;
        this.type = type;
        this.omschrijving = omschrijving;
        this.deadline = deadline;
        this.status = MaatregelStatus.OPEN;
        this.aangemaaktOp = nu;
    }

    public void slaOver(String reden) {
        this.redenOverslaan = reden;
    }

    /** Confirmed: inkoop changed the contract ({@code productCode} null: the whole raamovereenkomst) from {@code ingang}. */
    public void bevestig(String productCode, LocalDate ingang, LocalDate op) {
        this.productCode = productCode;
        this.ingang = ingang;
        this.bevestigdOp = op;
    }

    public void rondAf(String opvolging, LocalDate op) {
        this.opvolging = opvolging;
        this.afgerondOp = op;
        this.status = MaatregelStatus.AFGEROND;
    }

    public Long getId() { return id; }
    public long getOnderzoekId() { return onderzoekId; }
    public long getAanbiederId() { return aanbiederId; }
    public MaatregelType getType() { return type; }
    public String getOmschrijving() { return omschrijving; }
    public LocalDate getDeadline() { return deadline; }
    public MaatregelStatus getStatus() { return status; }
    public String getOpvolging() { return opvolging; }
    public LocalDate getAfgerondOp() { return afgerondOp; }
    public LocalDateTime getAangemaaktOp() { return aangemaaktOp; }
    public String getProductCode() { return productCode; }
    public LocalDate getIngang() { return ingang; }
    public String getRedenOverslaan() { return redenOverslaan; }
    public LocalDate getBevestigdOp() { return bevestigdOp; }
    public long getVersion() { return version; }
}
