package nl.wmoregio.toezicht.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A file attached to a melding, stored in the database (size-limited, type-checked on upload). */
@Entity
@Table(name = "melding_bijlage")
public class MeldingBijlage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "melding_id")
    private long meldingId;
    private String bestandsnaam;
    private String mediatype;
    private long grootte;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] inhoud;
    @Column(name = "toegevoegd_door")
    private String toegevoegdDoor;
    @Column(name = "toegevoegd_op")
    private LocalDateTime toegevoegdOp;

    protected MeldingBijlage() {
    }

    public MeldingBijlage(long meldingId, String bestandsnaam, String mediatype, byte[] inhoud, String door, LocalDateTime op) {
        this.meldingId = meldingId;
        this.bestandsnaam = bestandsnaam;
        this.mediatype = mediatype;
        this.grootte = inhoud.length;
        this.inhoud = inhoud;
        this.toegevoegdDoor = door;
        this.toegevoegdOp = op;
    }

    public Long getId() { return id; }
    public long getMeldingId() { return meldingId; }
    public String getBestandsnaam() { return bestandsnaam; }
    public String getMediatype() { return mediatype; }
    public long getGrootte() { return grootte; }
    public byte[] getInhoud() { return inhoud; }
    public String getToegevoegdDoor() { return toegevoegdDoor; }
    public LocalDateTime getToegevoegdOp() { return toegevoegdOp; }
}
