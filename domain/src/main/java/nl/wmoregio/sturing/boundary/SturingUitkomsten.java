package nl.wmoregio.sturing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.shared.Rollen;

/**
 * Warehouse results that were computed but never shown: market concentration per product group,
 * contracted providers without clients, CEO per question per provider, outflow per reason. Reads
 * the active run like {@link SturingService}; a GEMEENTE user gets its own gemeente (merged
 * predecessors included) for the per-gemeente tables. CEO shares of fewer than
 * {@value #CEO_MINIMUM} answers are suppressed.
 */
@Stateless
@RolesAllowed({Rollen.CONTROLLER, Rollen.GEMEENTE})
public class SturingUitkomsten {

    static final String ACTIEF = "(select run_id from wh_actief where id = 1)";
    public static final int CEO_MINIMUM = 10;

    public record Concentratie(int jaar, String productgroep, long aanbieders, long kostenCent, Double top10Aandeel) {
    }

    public record ZonderClienten(int jaar, long aanbiederId, String aanbieder, String productgroep) {
    }

    public record CeoAanbieder(String vraag, String aanbieder, long n, Double pctEens, boolean onderdrukt) {
    }

    public record UitstroomReden(String reden, long aantal) {
    }

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Bereik bereik;

    @SuppressWarnings("unchecked")
    public List<Integer> jaren() {
        List<Object> rows = em.createNativeQuery("select distinct jaar from wh_concentratie where run_id = " + ACTIEF
                + " union select distinct jaar from wh_uitstroom where run_id = " + ACTIEF + " order by 1 desc").getResultList();
        return rows.stream().map(o -> ((Number) o).intValue()).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Concentratie> concentratie(Integer jaar) {
        Query q = em.createNativeQuery("select jaar, productgroep_code, aanbieders, kosten_cent, top10_aandeel from wh_concentratie"
                + " where run_id = " + ACTIEF + (jaar == null ? "" : " and jaar = ?1") + " order by jaar desc, productgroep_code");
        if (jaar != null) {
            q.setParameter(1, jaar);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new Concentratie(((Number) r[0]).intValue(), (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), r[4] == null ? null : ((Number) r[4]).doubleValue())).toList();
    }

    @SuppressWarnings("unchecked")
    public List<ZonderClienten> zonderClienten(Integer jaar) {
        Query q = em.createNativeQuery("select z.jaar, z.aanbieder_id, coalesce(a.naam, concat('#', z.aanbieder_id)), z.productgroep_code"
                + " from wh_zonder_clienten z left join wh_dim_aanbieder a on a.run_id = z.run_id and a.aanbieder_id = z.aanbieder_id"
                + " where z.run_id = " + ACTIEF + (jaar == null ? "" : " and z.jaar = ?1") + " order by z.jaar desc, 3, z.productgroep_code");
        if (jaar != null) {
            q.setParameter(1, jaar);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new ZonderClienten(((Number) r[0]).intValue(),
                ((Number) r[1]).longValue(), (String) r[2], (String) r[3])).toList();
    }

    @SuppressWarnings("unchecked")
    public List<CeoAanbieder> ceoPerAanbieder(Integer jaar) {
        Long g = gemeente();
        StringBuilder sql = new StringBuilder("select c.vraag, coalesce(a.naam, concat('#', c.aanbieder_id)), sum(c.n),"
                + " sum(c.n * c.pct_eens) / nullif(sum(case when c.pct_eens is null then 0 else c.n end), 0)"
                + " from wh_ceo c left join wh_dim_aanbieder a on a.run_id = c.run_id and a.aanbieder_id = c.aanbieder_id"
                + " where c.run_id = " + ACTIEF + " and c.aanbieder_id is not null");
        if (jaar != null) {
            sql.append(" and c.jaar = ?1");
        }
        if (g != null) {
            sql.append(" and c.gemeente_id in (select gemeente_id from wh_dim_gemeente where run_id = c.run_id and huidige_gemeente_id = ?2)");
        }
        sql.append(" group by c.vraag, 2 order by c.vraag, 2");
        Query q = em.createNativeQuery(sql.toString());
        if (jaar != null) {
            q.setParameter(1, jaar);
        }
        if (g != null) {
            q.setParameter(2, g);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> {
            long n = ((Number) r[2]).longValue();
            boolean onderdrukt = n < CEO_MINIMUM || r[3] == null;
            return new CeoAanbieder((String) r[0], (String) r[1], n, onderdrukt ? null : Math.round(((Number) r[3]).doubleValue() * 10) / 10.0,
                    onderdrukt);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    public List<UitstroomReden> uitstroomPerReden(Integer jaar) {
        Long g = gemeente();
        StringBuilder sql = new StringBuilder("select u.reden, sum(u.aantal) from wh_uitstroom u where u.run_id = " + ACTIEF);
        if (jaar != null) {
            sql.append(" and u.jaar = ?1");
        }
        if (g != null) {
            sql.append(" and u.gemeente_id in (select gemeente_id from wh_dim_gemeente where run_id = u.run_id and huidige_gemeente_id = ?2)");
        }
        sql.append(" group by u.reden order by 2 desc, u.reden");
        Query q = em.createNativeQuery(sql.toString());
        if (jaar != null) {
            q.setParameter(1, jaar);
        }
        if (g != null) {
            q.setParameter(2, g);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new UitstroomReden((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** null for a controller (the region); the own gemeente for a GEMEENTE user. */
    private Long gemeente() {
        return bereik.filter(null);
    }
}
