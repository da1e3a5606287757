package nl.wmoregio.sturing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.shared.GeenToegang;
import nl.wmoregio.shared.Rollen;

/**
 * Waiting time of one provider from the ACTIVE warehouse run (wh_wachttijd, Flyway V50): start of
 * care (WMO305) minus the start of the indicatie, per year x gemeente x product, and the indicaties
 * still waiting at the run's peildatum. Shown on the provider page. The region's roles see every
 * gemeente; a GEMEENTE user only their own. Read-only SQL on the warehouse tables.
 */
@Stateless
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER,
        Rollen.GEMEENTE})
public class WachttijdService {

    /** One row: days from the indicatie's start to the start of care. */
    public record Wachttijd(int jaar, String gemeente, String productCode, String product, long gestart,
            BigDecimal gemiddeldDagen, BigDecimal mediaanDagen, Integer maxDagen, long wachtend,
            BigDecimal gemiddeldWachtendDagen) {
    }

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Bereik bereik;

    /** The provider's waiting times, latest year first (at most 100 rows); empty without a run. */
    public List<Wachttijd> voorAanbieder(long aanbiederId) {
        Long eigen = null;
        if (context.isCallerInRole(Rollen.GEMEENTE) && !context.isCallerInRole(Rollen.CONTROLLER)) {
            eigen = bereik.gebondenAan(bereik.gebruiker());
            if (eigen == null) {
                return List.of();
            }
        }
        var q = em.createNativeQuery("select w.jaar, coalesce(dg.naam, w.gemeente_id), w.product_code,"
                + " coalesce(dp.naam, w.product_code), w.gestart, w.gem_wachttijd_dagen, w.mediaan_wachttijd_dagen,"
                + " w.max_wachttijd_dagen, w.wachtend, w.gem_wachtend_dagen from wh_wachttijd w"
                + " left join wh_dim_gemeente dg on dg.run_id = w.run_id and dg.gemeente_id = w.gemeente_id"
                + " left join wh_dim_product dp on dp.run_id = w.run_id and dp.product_code = w.product_code"
                + " where w.run_id = " + nl.wmoregio.sturing.control.SturingRepository.ACTIEF + " and w.aanbieder_id = ?1"
                + (eigen == null ? "" : " and (w.gemeente_id = ?2 or w.huidige_gemeente_id = ?2)")
                + " order by w.jaar desc, 2, w.product_code limit 100").setParameter(1, aanbiederId);
        if (eigen != null) {
            q.setParameter(2, eigen);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Wachttijd(((Number) r[0]).intValue(), String.valueOf(r[1]), String.valueOf(r[2]),
                String.valueOf(r[3]), ((Number) r[4]).longValue(), dec(r[5]), dec(r[6]),
                r[7] == null ? null : ((Number) r[7]).intValue(), ((Number) r[8]).longValue(), dec(r[9]))).toList();
    }

    private static BigDecimal dec(Object o) {
        if (o == null) {
            return null;
        }
        return (o instanceof BigDecimal b ? b : new BigDecimal(o.toString())).setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
