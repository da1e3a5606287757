package nl.wmoregio.toezicht.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import nl.wmoregio.audit.boundary.AuditService;

/**
 * Data retention for meldingen (called by the privacy component's retention job, never from
 * REST): the reporter's name and contact details of a closed or merged melding are erased when the
 * last thing that happened to it (creation or any audited change) lies before the limit; the
 * melding is marked anonymised, as the manual ANONIMISEREN action does. Open meldingen are never
 * touched. Each anonymised melding gets an audit entry (its history shows why).
 */
@Stateless
@PermitAll
public class MeldingBewaring {

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    AuditService audit;

    /** Anonymises the reporter of closed meldingen whose last activity is before {@code grens} (UTC); returns how many. */
    public int anonimiseerMelders(LocalDateTime grens) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select m.id from melding m where m.status in ('GESLOTEN', 'SAMENGEVOEGD') "
                        + "and m.geanonimiseerd = false and (m.melder_naam is not null or m.melder_contact is not null) "
                        + "and greatest(m.aangemaakt_op, coalesce((select max(a.tijdstip) from audit_entry a "
                        + "where a.entiteit = ?1 and a.entiteit_id = cast(m.id as char character set utf8mb4) collate utf8mb4_unicode_ci), m.aangemaakt_op)) < ?2 order by m.id")
                .setParameter(1, MeldingService.AUDIT).setParameter(2, Timestamp.valueOf(grens)).getResultList();
        for (Number id : ids) {
            em.createNativeQuery("update melding set melder_naam = null, melder_contact = null, geanonimiseerd = true, "
                            + "version = version + 1 where id = ?1")
                    .setParameter(1, id.longValue()).executeUpdate();
            audit.record(MeldingService.AUDIT, id.longValue(), "ANONIMISEREN", "melder verwijderd (bewaartermijn verstreken)",
                    "bewaartermijn");
        }
        return ids.size();
    }
}
