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
        List<Object[]> opgeslagen = em.createNativeQuery("select bsn_versleuteld, pseudoniem from client where id = ?1 and bsn_versleuteld is not null")
                .setParameter(1, clientId).getResultList();
        if (opgeslagen.isEmpty() || !sleutels.aanwezig()) {
            return Optional.empty();
        }
        Object[] r = opgeslagen.get(0);
        return Optional.of(sleutels.versleuteling().ontsleutel((String) r[0], (String) r[1]));
    }

    /** The stored contact data (decrypted), or empty when the client has none or no key is configured. */
    @Override
    public Optional<ToewijzingLookup.Contact> contact(long clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select achternaam_versleuteld, voorletters_versleuteld, postcode_versleuteld, "
                        + "huisnummer_versleuteld, telefoon_versleuteld, pseudoniem from client where id = ?1 and achternaam_versleuteld is not null")
                .setParameter(1, clientId).getResultList();
        if (rows.isEmpty() || !sleutels.aanwezig()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        BsnVersleuteling v = sleutels.versleuteling();
        String p = (String) r[5];
        String huisnummer = v.ontsleutelTekst((String) r[3], "huisnummer_versleuteld", p);
        return Optional.of(new ToewijzingLookup.Contact(v.ontsleutelTekst((String) r[0], "achternaam_versleuteld", p),
                v.ontsleutelTekst((String) r[1], "voorletters_versleuteld", p), v.ontsleutelTekst((String) r[2], "postcode_versleuteld", p),
                huisnummer == null ? null : Integer.valueOf(huisnummer), v.ontsleutelTekst((String) r[4], "telefoon_versleuteld", p)));
    }
}
