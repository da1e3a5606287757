package nl.wmoregio.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import nl.wmoregio.audit.entity.AuditEntry;

/**
 * The audit trail. Entries are written in the caller's transaction, so a change and its
 * audit entry commit or roll back together.
 */
@Stateless
public class AuditService {

    static final String SYSTEM_ACTOR = "systeem";

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Resource
    SessionContext sessionContext;

    public void record(String entiteit, Object entiteitId, String actie, String details, String reden) {
        em.persist(new AuditEntry(LocalDateTime.now(Clock.systemUTC()), currentActor(), actie, entiteit,
                String.valueOf(entiteitId), details, reden));
    }

    /**
     * A refused access (issue 16, L15): who tried to read or change what outside their scope. Written
     * in its own transaction, because the refusal ({@code GeenToegang}) rolls the caller's back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void weigering(String entiteit, Object entiteitId, String details) {
        record(entiteit, entiteitId, "GEWEIGERD", details, null);
    }

    public List<AuditView> history(String entiteit, Object entiteitId, int max) {
        return em.createQuery("select a from AuditEntry a where a.entiteit = :e and a.entiteitId = :id "
                        + "order by a.tijdstip desc, a.id desc", AuditEntry.class)
                .setParameter("e", entiteit)
                .setParameter("id", String.valueOf(entiteitId))
                .setMaxResults(max)
                .getResultStream()
                .map(a -> new AuditView(a.getTijdstip(), a.getActor(), a.getActie(), a.getDetails(), a.getReden()))
                .toList();
    }

    private String currentActor() {
        Principal principal = sessionContext.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM_ACTOR : name;
    }
}
