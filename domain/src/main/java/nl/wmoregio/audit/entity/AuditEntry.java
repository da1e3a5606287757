package nl.wmoregio.audit.entity;

import nl.wmoregio.shared.BsnInTekst;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One attributable event: who did what to which record, when and why. Append-only: every column
 * is insert-only, there are no setters, and V13's triggers refuse UPDATE and DELETE in the database.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private LocalDateTime tijdstip;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String actie;

    @Column(nullable = false, updatable = false)
    private String entiteit;

    @Column(name = "entiteit_id", nullable = false, updatable = false)
    private String entiteitId;

    @Column(updatable = false)
    private String details;

    @Column(updatable = false)
    private String reden;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime tijdstip, String actor, String actie, String entiteit, String entiteitId,
                      String details, String reden) {
        this.tijdstip = tijdstip;
        this.actor = actor;
        this.actie = actie;
        this.entiteit = entiteit;
        this.entiteitId = entiteitId;
        // L12 (issue 16): this row can never be corrected, so a BSN typed into free text never gets here
        this.details = BsnInTekst.verwijder(details);
        this.reden = BsnInTekst.verwijder(reden);
    }

    public Long getId() { return id; }
    public LocalDateTime getTijdstip() { return tijdstip; }
    public String getActor() { return actor; }
    public String getActie() { return actie; }
    public String getEntiteit() { return entiteit; }
    public String getEntiteitId() { return entiteitId; }
    public String getDetails() { return details; }
    public String getReden() { return reden; }
}
