package nl.wmoregio.toezicht.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.wmoregio.toezicht.boundary.Oordeel;

/** The score of one norm in one onderzoek, with the evidence. Versioned through its onderzoek. */
@Entity
@Table(name = "bevinding")
public class Bevinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "onderzoek_id")
    private long onderzoekId;
    @Column(name = "norm_id")
    private long normId;
    @Enumerated(EnumType.STRING)
    private Oordeel oordeel;
    private String onderbouwing;
    @Column(name = "vastgesteld_door")
    private String vastgesteldDoor;
    @Column(name = "vastgesteld_op")
    private LocalDateTime vastgesteldOp;

    protected Bevinding() {
    }

    public Bevinding(long onderzoekId, long normId) {
        this.onderzoekId = onderzoekId;
        this.normId = normId;
    }

    public void leg(Oordeel oordeel, String onderbouwing, String door, LocalDateTime op) {
        this.oordeel = oordeel;
        this.onderbouwing = onderbouwing;
        this.vastgesteldDoor = door;
        this.vastgesteldOp = op;
    }

    public Long getId() { return id; }
    public long getOnderzoekId() { return onderzoekId; }
    public long getNormId() { return normId; }
    public Oordeel getOordeel() { return oordeel; }
    public String getOnderbouwing() { return onderbouwing; }
    public String getVastgesteldDoor() { return vastgesteldDoor; }
    public LocalDateTime getVastgesteldOp() { return vastgesteldOp; }
}
