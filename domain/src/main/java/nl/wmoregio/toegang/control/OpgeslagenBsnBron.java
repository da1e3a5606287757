package nl.wmoregio.toegang.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.wmoregio.toegang.boundary.ToewijzingLookup;

/**
 * The client's BSN as stored (AES-GCM, key from configuration), for the iWmo exchange: matching a
 * declared BSN to the toewijzing (WR04) and writing WMO301. Never logged, never cached.
 */
@ApplicationScoped
public class OpgeslagenBsnBron implements ToewijzingLookup.BsnBron {

    @Inject
    Sleutels sleutels;

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Override
    public Optional<String> bsn(long clientId) {
        @SuppressWarnings("unchecked")
        List<String> opgeslagen = em.createNativeQuery("select bsn_versleuteld from client where id = ?1 and bsn_versleuteld is not null")
                .setParameter(1, clientId).getResultList();
        if (opgeslagen.isEmpty() || !sleutels.aanwezig()) {
            return Optional.empty();
        }
        return Optional.of(sleutels.versleuteling().ontsleutel(opgeslagen.get(0)));
    }
}
