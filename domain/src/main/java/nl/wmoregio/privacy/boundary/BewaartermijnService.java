package nl.wmoregio.privacy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.privacy.control.Bewaring;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Versies;

/**
 * Data retention settings per kind of record (BEHEERDER): read, change (If-Match) and run now.
 * The daily {@link BewaartermijnJob} applies the same settings; every run and every change is
 * audited.
 */
@Stateless
@RolesAllowed(Rollen.BEHEERDER)
public class BewaartermijnService {

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    Bewaring bewaring;

    @Inject
    AuditService audit;

    public List<BewaartermijnView> termijnen() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select soort, maanden, actief, omschrijving, laatst_toegepast_op, version "
                + "from bewaartermijn order by soort").getResultList();
        return rows.stream().map(BewaartermijnService::view).toList();
    }

    public BewaartermijnView termijn(String soort) {
        return termijnen().stream().filter(t -> t.soort().equals(soort)).findFirst()
                .orElseThrow(() -> new NotFoundException("Bewaartermijn", soort));
    }

    public BewaartermijnView wijzig(String soort, long expectedVersion, BewaartermijnInput input) {
        BewaartermijnView voor = termijn(soort);
        Versies.controleer(voor.version(), expectedVersion, "Bewaartermijn " + soort);
        if (input.maanden() == null || input.maanden() < 1 || input.maanden() > 600) {
            throw new DomainException("MAANDEN_ONGELDIG", "maanden", "Maanden moet tussen 1 en 600 liggen");
        }
        boolean actief = input.actief() == null ? voor.actief() : input.actief();
        int n = em.createNativeQuery("update bewaartermijn set maanden = ?1, actief = ?2, version = version + 1 "
                        + "where soort = ?3 and version = ?4")
                .setParameter(1, input.maanden()).setParameter(2, actief).setParameter(3, soort).setParameter(4, expectedVersion)
                .executeUpdate();
        if (n != 1) {
            Versies.controleer(termijn(soort).version(), expectedVersion, "Bewaartermijn " + soort);
        }
        audit.record(Bewaring.AUDIT, soort, "GEWIJZIGD", voor.maanden() + " maanden" + (voor.actief() ? "" : " (uit)") + " -> "
                + input.maanden() + " maanden" + (actief ? "" : " (uit)"), null);
        return termijn(soort);
    }

    /** Runs the retention job now (for testing and after changing a setting); the counts are audited. */
    public BewaringResultaat pasToe() {
        return bewaring.pasToe("handmatig gestart");
    }

    private static BewaartermijnView view(Object[] r) {
        Object actief = r[2];
        LocalDateTime laatst = r[4] instanceof Timestamp ts ? ts.toLocalDateTime() : r[4] instanceof LocalDateTime l ? l : null;
        return new BewaartermijnView((String) r[0], ((Number) r[1]).intValue(),
                actief instanceof Boolean b ? b : ((Number) actief).intValue() != 0, (String) r[3], laatst,
                ((Number) r[5]).longValue());
    }
}
