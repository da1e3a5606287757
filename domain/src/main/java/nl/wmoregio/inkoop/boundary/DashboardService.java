package nl.wmoregio.inkoop.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.inkoop.control.DashboardGeheugen;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Rollen;

/**
 * The region's contracting dashboard. Every figure is one SQL query computed in the database (no
 * per-provider loops). These read-only queries join the inkoop tables with the toegang tables
 * (indicatie); writes never cross components (ADR 0007).
 */
@Stateless
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.CONTROLLER})
public class DashboardService {

    /** Indicaties overlapping the year. */
    static final String IN_JAAR = "i.van <= ?2 and (i.tot is null or i.tot >= ?1)";

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    DashboardGeheugen geheugen;

    @Inject
    LeveringService levering;

    /** The most recent year with indicaties, or the current year when there are none. */
    public int laatsteJaar() {
        Object jaar = em.createNativeQuery("select max(year(van)) from indicatie").getSingleResult();
        return jaar == null ? LocalDate.now().getYear() : ((Number) jaar).intValue();
    }

    /** The year's figures, at most {@link DashboardGeheugen#GELDIG} old. */
    public Dashboard voor(int jaar) {
        if (jaar < 2000 || jaar > 2100) {
            throw new DomainException("JAAR_ONGELDIG", "jaar", "Het jaar moet tussen 2000 en 2100 liggen");
        }
        return geheugen.voor(jaar, () -> bereken(jaar));
    }

    private Dashboard bereken(int jaar) {
        Object[] contracten = (Object[]) query("select count(*), coalesce(sum(case when not exists (select 1 from indicatie i "
                + "where i.aanbieder_id = c.aanbieder_id and " + IN_JAAR + ") then 1 else 0 end), 0) "
                + "from contract c where c.van <= ?2 and c.tot >= ?1 and c.status <> 'BEEINDIGD'", jaar).getSingleResult();
        Object[] verdeling = (Object[]) query("select count(*), coalesce(sum(case when n < 5 then 1 else 0 end), 0), "
                + "coalesce(sum(case when rn <= 10 then n else 0 end), 0), coalesce(sum(n), 0) from ("
                + "select i.aanbieder_id, count(distinct i.client_id) n, "
                + "row_number() over (order by count(distinct i.client_id) desc, i.aanbieder_id) rn "
                + "from indicatie i where " + IN_JAAR + " group by i.aanbieder_id) t", jaar).getSingleResult();
        long clienten = ((Number) query("select count(distinct i.client_id) from indicatie i where " + IN_JAAR, jaar)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> top = query("select a.id, a.naam, count(distinct i.client_id) n from indicatie i "
                + "join aanbieder a on a.id = i.aanbieder_id where " + IN_JAAR + " group by a.id, a.naam "
                + "order by n desc, a.id limit 10", jaar).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> perGemeente = query("select g.naam, p.productgroep_code, count(distinct i.client_id), g.id from indicatie i "
                + "join gemeente g on g.id = i.gemeente_id join product p on p.code = i.product_code where " + IN_JAAR
                + " group by g.id, g.naam, p.productgroep_code order by g.naam, p.productgroep_code", jaar).getResultList();
        perGemeente = neemtDeel(perGemeente, 3, 1, jaar);
        long top10 = number(verdeling[2]);
        long relaties = number(verdeling[3]);
        return new Dashboard(jaar, number(contracten[0]), number(contracten[1]), number(verdeling[0]), number(verdeling[1]),
                clienten, relaties == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(top10 * 100).divide(BigDecimal.valueOf(relaties), 1, RoundingMode.HALF_UP),
                top.stream().map(r -> new Dashboard.AanbiederClienten(number(r[0]), (String) r[1], number(r[2]))).toList(),
                perGemeente.stream().map(r -> new Dashboard.GemeenteProductgroep((String) r[0], (String) r[1], number(r[2]))).toList());
    }

    /** Clients of one provider in a year, per gemeente and product: the provider page's contract management view. */
    public List<Dashboard.ClientenPerProduct> clientenVan(long aanbiederId, int jaar) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("select g.naam, p.code, p.naam, count(distinct i.client_id), g.id, p.productgroep_code from indicatie i "
                + "join gemeente g on g.id = i.gemeente_id join product p on p.code = i.product_code "
                + "where i.aanbieder_id = ?3 and " + IN_JAAR + " group by g.id, g.naam, p.code, p.naam, p.productgroep_code "
                + "order by g.naam, p.code", jaar)
                .setParameter(3, aanbiederId).getResultList();
        rows = neemtDeel(rows, 4, 5, jaar);
        return rows.stream().map(r -> new Dashboard.ClientenPerProduct((String) r[0], (String) r[1], (String) r[2], number(r[3])))
                .toList();
    }

    /**
     * Issue 13 rule 4: figures per gemeente and product group show a gemeente only for a group it
     * took part in during the year (asked of the single participation rule point), so indicaties
     * left behind by a participation that was ended afterwards do not show it as a buyer.
     */
    private List<Object[]> neemtDeel(List<Object[]> rows, int gemeenteKolom, int groepKolom, int jaar) {
        java.util.Map<String, Boolean> antwoorden = new java.util.HashMap<>();
        return rows.stream().filter(r -> antwoorden.computeIfAbsent(number(r[gemeenteKolom]) + "|" + r[groepKolom],
                k -> levering.neemtDeel((String) r[groepKolom], number(r[gemeenteKolom]), LocalDate.of(jaar, 1, 1),
                        LocalDate.of(jaar, 12, 31)))).toList();
    }

    private Query query(String sql, int jaar) {
        return em.createNativeQuery(sql)
                .setParameter(1, Date.valueOf(LocalDate.of(jaar, 1, 1)))
                .setParameter(2, Date.valueOf(LocalDate.of(jaar, 12, 31)));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
