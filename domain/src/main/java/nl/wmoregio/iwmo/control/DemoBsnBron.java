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

    private static final String[] NAMEN = {"Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker"};

    /**
     * Demo only: a client without stored contact data gets a synthetic one (a common surname, a
     * postcode in Oss, a house number and a 06-number derived from the id) so demo WMO301
     * messages carry a name and a BRP address (TR006). Never for a client with stored contact data.
     */
    @Override
    public Optional<ToewijzingLookup.Contact> contact(long clientId) {
        if (!migrator.isDemoData()) {
            return Optional.empty();
        }
        boolean zonder = !em.createNativeQuery("select 1 from client where id = ?1 and achternaam_versleuteld is null")
                .setParameter(1, clientId).getResultList().isEmpty();
        return zonder ? Optional.of(testContact(clientId)) : Optional.empty();
    }

    public static ToewijzingLookup.Contact testContact(long clientId) {
        String letters = "" + (char) ('A' + clientId % 26) + (char) ('A' + (clientId / 26) % 26);
        return new ToewijzingLookup.Contact(NAMEN[(int) (clientId % NAMEN.length)], "" + (char) ('A' + (clientId / 7) % 26),
                (5340 + clientId % 10) + letters, (int) (clientId % 200) + 1, String.format("06%08d", clientId % 100_000_000));
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
