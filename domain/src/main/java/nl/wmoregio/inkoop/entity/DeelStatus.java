package nl.wmoregio.inkoop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One step in the status history of a deelovereenkomst: from {@code per} on it holds {@code status}. Never changed. */
@Entity
@Table(name = "deelovereenkomst_status")
public class DeelStatus {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deelovereenkomst_id", updatable = false)
    private Deelovereenkomst deelovereenkomst;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Contract.Status status;
    @Column(nullable = false, updatable = false)
    private LocalDate per;
    @Column(updatable = false)
    private String reden;
    @Column(nullable = false, updatable = false)
    private String bron;
    @Column(nullable = false, updatable = false)
    private String door;
    @Column(name = "vastgelegd_op", nullable = false, updatable = false)
    private LocalDateTime vastgelegdOp;

    protected DeelStatus() {
    }

    DeelStatus(Deelovereenkomst deelovereenkomst, Contract.Status status, LocalDate per, String reden, String bron, String door,
               LocalDateTime op) {
        this.deelovereenkomst = deelovereenkomst;
        this.status = status;
        this.per = per;
        this.reden = reden;
        this.bron = bron;
        this.door = door;
        this.vastgelegdOp = op;
    }

    public Long getId() { return id; }
    public Deelovereenkomst getDeelovereenkomst() { return deelovereenkomst; }
    public Contract.Status getStatus() { return status; }
    public LocalDate getPer() { return per; }
    public String getReden() { return reden; }
    public String getBron() { return bron; }
    public String getDoor() { return door; }
    public LocalDateTime getVastgelegdOp() { return vastgelegdOp; }
}
