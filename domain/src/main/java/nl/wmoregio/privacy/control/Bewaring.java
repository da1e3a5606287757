package nl.wmoregio.privacy.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.ceo.boundary.CeoBewaring;
import nl.wmoregio.privacy.boundary.BewaringResultaat;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toezicht.boundary.MeldingBewaring;

/**
 * Applies the retention settings (table {@code bewaartermijn}, V13): each active kind of record
 * is handed to the component that owns the records, with the limit "now minus N months"; the
 * counts go into one audit entry ({@code Bewaartermijn}/{@code TOEGEPAST}). Runs in the caller's
 * transaction: a failure rolls the whole run back.
 */
@Dependent
public class Bewaring {

    public static final String MELDER_GEGEVENS = "MELDER_GEGEVENS";
    public static final String CEO_PSEUDONIEM = "CEO_PSEUDONIEM";
    public static final String AUDIT = "Bewaartermijn";

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    MeldingBewaring meldingen;

    @Inject
    CeoBewaring ceo;

    @Inject
    AuditService audit;

    public BewaringResultaat pasToe(String door) {
        LocalDateTime nu = Tijd.nuUtc();
        Map<String, Function<LocalDateTime, Integer>> uitvoerders = Map.of(
                MELDER_GEGEVENS, meldingen::anonimiseerMelders,
                CEO_PSEUDONIEM, ceo::ontkoppelPseudoniemen);
        Map<String, BewaringResultaat.Soort> soorten = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select soort, maanden from bewaartermijn where actief = true order by soort")
                .getResultList();
        StringBuilder details = new StringBuilder();
        for (Object[] r : rows) {
            String soort = (String) r[0];
            int maanden = ((Number) r[1]).intValue();
            Function<LocalDateTime, Integer> uitvoerder = uitvoerders.get(soort);
            if (uitvoerder == null) {
                continue;
            }
            LocalDateTime grens = nu.minusMonths(maanden);
            int aantal = uitvoerder.apply(grens);
            soorten.put(soort, new BewaringResultaat.Soort(maanden, grens, aantal));
            details.append(details.isEmpty() ? "" : "; ").append(soort).append(": ").append(aantal)
                    .append(" (ouder dan ").append(maanden).append(" maanden, grens ").append(grens.toLocalDate()).append(')');
        }
        em.createNativeQuery("update bewaartermijn set laatst_toegepast_op = ?1 where actief = true")
                .setParameter(1, java.sql.Timestamp.valueOf(nu)).executeUpdate();
        audit.record(AUDIT, "-", "TOEGEPAST", details.isEmpty() ? "geen actieve bewaartermijnen" : details.toString(), door);
        return new BewaringResultaat(nu, door, soorten);
    }
}
