package nl.wmoregio.ceo.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.wmoregio.shared.Rollen;

/**
 * Which gemeenten the caller may see in the CEO: a CONTROLLER all of them, a GEMEENTE user only
 * the one bound to the account. The binding is read from the user table (read-only, ADR 0011).
 */
@Stateless
public class CeoToegang {

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Resource
    SessionContext sessionContext;

    /** The caller's own gemeente id, or null when the caller may see every gemeente. */
    public Long beperktTot() {
        if (sessionContext.isCallerInRole(Rollen.CONTROLLER)) {
            return null;
        }
        List<?> rows = em.createNativeQuery("select gemeente_id from gebruiker where gebruikersnaam = ?")
                .setParameter(1, sessionContext.getCallerPrincipal().getName()).getResultList();
        Object id = rows.isEmpty() ? null : rows.get(0);
        if (id == null) {
            // A GEMEENTE user without a gemeente sees nothing rather than everything.
            throw new GeenToegang("Geen gemeente gekoppeld aan deze gebruiker");
        }
        return ((Number) id).longValue();
    }

    /** Refuses (403) when the caller may not see this gemeente. */
    public void controleer(long gemeenteId) {
        Long eigen = beperktTot();
        if (eigen != null && eigen != gemeenteId) {
            throw new GeenToegang("Alleen de eigen gemeente");
        }
    }

    public String actor() {
        return sessionContext.getCallerPrincipal().getName();
    }
}
