package nl.wmoregio.inkoop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A task on the inkoop worklist with a deadline, e.g. after a toezicht measure changed a contract. */
@Entity
@Table(name = "inkoop_taak")
public class InkoopTaak {

    public static final String OPEN = "OPEN";
    public static final String AFGEROND = "AFGEROND";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "aanbieder_id", nullable = false)
    private long aanbiederId;
    @Column(name = "contract_id")
    private Long contractId;
    @Column(nullable = false)
    private String omschrijving;
    @Column(nullable = false)
    private LocalDate deadline;
    @Column(nullable = false)
    private String bron;
    @Column(nullable = false)
    private String status = OPEN;
    @Column(name = "aangemaakt_op", nullable = false)
    private LocalDateTime aangemaaktOp;
    @Column(name = "afgerond_door")
    private String afgerondDoor;
    @Column(name = "afgerond_op")
    private LocalDateTime afgerondOp;
    @Version
    private long version;

    protected InkoopTaak() {
    }

    public InkoopTaak(long aanbiederId, Long contractId, String omschrijving, LocalDate deadline, String bron, LocalDateTime nu) {
        this.aanbiederId = aanbiederId;
        this.contractId = contractId;
        this.omschrijving = omschrijving;
        this.deadline = deadline;
        this.bron = bron;
        this.aangemaaktOp = nu;
    }

    public void rondAf(String door, LocalDateTime op) {
        this.status = AFGEROND;
        this.afgerondDoor = door;
        this.afgerondOp = op;
    }

    public Long getId() { return id; }
    public long getAanbiederId() { return aanbiederId; }
    public Long getContractId() { return contractId; }
    public String getOmschrijving() { return omschrijving; }
    public LocalDate getDeadline() { return deadline; }
    public String getBron() { return bron; }
    public String getStatus() { return status; }
    public LocalDateTime getAangemaaktOp() { return aangemaaktOp; }
    public String getAfgerondDoor() { return afgerondDoor; }
    public LocalDateTime getAfgerondOp() { return afgerondOp; }
    public long getVersion() { return version; }
}
