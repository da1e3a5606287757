package nl.wmoregio.ceo.boundary;

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
 * Data retention for CEO samples (called by the privacy component's retention job, never from
 * REST): the link between a respondent key and the client pseudonym is broken for rounds drawn
 * before the limit. The answers, product group and provider stay, so results and benchmarks do
 * not change; only the way back to the client is gone (the pseudonym becomes a random value).
 */
@Stateless
@PermitAll
public class CeoBewaring {

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    AuditService audit;

    /** Breaks the link for every round drawn before {@code grens} (UTC); returns the number of sample rows. */
    public int ontkoppelPseudoniemen(LocalDateTime grens) {
        @SuppressWarnings("unchecked")
        List<Object[]> rondes = em.createNativeQuery("select r.id, count(*) from ceo_ronde r join ceo_steekproef s on s.ronde_id = r.id "
                        + "where r.getrokken_op < ?1 and s.ontkoppeld = false group by r.id order by r.id")
                .setParameter(1, Timestamp.valueOf(grens)).getResultList();
        int totaal = 0;
        for (Object[] r : rondes) {
            long ronde = ((Number) r[0]).longValue();
            int n = em.createNativeQuery("update ceo_steekproef set pseudoniem = sha2(concat('ontkoppeld:', id, ':', uuid()), 256), "
                            + "ontkoppeld = true where ronde_id = ?1 and ontkoppeld = false")
                    .setParameter(1, ronde).executeUpdate();
            audit.record(CeoService.AUDIT_RONDE, ronde, "PSEUDONIEMEN_ONTKOPPELD", n + " respondenten ontkoppeld", "bewaartermijn");
            totaal += n;
        }
        return totaal;
    }
}
