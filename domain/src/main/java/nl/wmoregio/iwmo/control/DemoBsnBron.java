package nl.wmoregio.iwmo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.wmoregio.platform.boundary.DatabaseMigrator;
import nl.wmoregio.toegang.boundary.ToewijzingLookup;

/**
 * Demo only (wmo.demo-data=true): demo clients are pseudonyms without a BSN, so iWmo messages for
 * them carry a synthetic test BSN derived from the client id: 9 digits starting with 9, passing the
 * 11-proef, unique per client. A client with a stored (encrypted) BSN never gets one. Outside demo
 * mode this bean answers nothing and the toegang component's BSN source is the only one.
 */
@ApplicationScoped
public class DemoBsnBron implements ToewijzingLookup.BsnBron {

    @Inject
    DatabaseMigrator migrator;

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Override
    public Optional<String> bsn(long clientId) {
        if (!migrator.isDemoData()) {
            return Optional.empty();
        }
        boolean zonderBsn = !em.createNativeQuery("select 1 from client where id = ?1 and bsn_versleuteld is null")
                .setParameter(1, clientId).getResultList().isEmpty();
        return zonderBsn ? Optional.ofNullable(testBsn(clientId)) : Optional.empty();
    }

    /**
     * 8 or 9, then the client id in 6 digits, then a free digit and the 11-proef check digit: unique
     * per client id (up to 1,999,999), always valid (at most one free digit gives check digit 10).
     */
    public static String testBsn(long clientId) {
        if (clientId < 0 || clientId > 1_999_999L) {
            return null;
        }
        String zeven = (clientId >= 1_000_000 ? "8" : "9") + String.format("%06d", clientId % 1_000_000);
        for (int vrij = 0; vrij < 10; vrij++) {
            String acht = zeven + vrij;
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (acht.charAt(i) - '0');
            }
            int controle = som % 11;
            if (controle < 10) {
                return acht + controle;
            }
        }
        return null;
    }
}
