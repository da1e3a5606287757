package nl.wmoregio.sturing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import nl.wmoregio.sturing.boundary.Sturing;
import nl.wmoregio.sturing.boundary.Sturing.Aanbieder;
import nl.wmoregio.sturing.boundary.Sturing.Doorstroom;
import nl.wmoregio.sturing.boundary.Sturing.Filter;
import nl.wmoregio.sturing.boundary.Sturing.Indicator;
import nl.wmoregio.sturing.boundary.Sturing.Keuzes;
import nl.wmoregio.sturing.boundary.Sturing.Maand;
import nl.wmoregio.sturing.boundary.Sturing.Optie;
import nl.wmoregio.sturing.boundary.Sturing.PerGroep;
import nl.wmoregio.sturing.boundary.Sturing.Projectie;
import nl.wmoregio.sturing.boundary.Sturing.Stroom;

/**
 * The SQL of the steering figures (issue 18: out of {@code SturingService}, which keeps the access
 * rules): read-only native queries on the warehouse tables of the ACTIVE run (wh_actief). The
 * gemeente passed in is the one the caller may see (null = all), decided by the boundary.
 */
@Dependent
public class SturingRepository {

    public static final String ACTIEF = "(select run_id from wh_actief where id = 1)";

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    /** The filter choices; with HUIDIG only the gemeenten that exist now (the ends of the merger chains). */
    public Keuzes keuzes(Sturing.Indeling indeling, Long g) {
        boolean huidig = indeling == Sturing.Indeling.HUIDIG;
        @SuppressWarnings("unchecked")
        List<Object> jaren = em.createNativeQuery("select distinct jaar from wh_indicator where run_id = " + ACTIEF
                + " order by jaar desc").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> gemeenten = em.createNativeQuery("select gemeente_id, naam from wh_dim_gemeente where run_id = " + ACTIEF
                + (huidig ? " and gemeente_id = huidige_gemeente_id" : "")
                + (g == null ? "" : " and gemeente_id = " + g) + " order by naam").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> groepen = em.createNativeQuery("select distinct productgroep_code, productgroep_naam from wh_dim_product"
                + " where run_id = " + ACTIEF + " order by productgroep_code").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> aanbieders = em.createNativeQuery("select a.aanbieder_id, a.naam from wh_dim_aanbieder a where a.run_id = "
                + ACTIEF + " and exists (select 1 from wh_aanbieder x where x.run_id = a.run_id and x.aanbieder_id = a.aanbieder_id"
                + (g == null ? "" : " and " + gemeenteExpr("x", huidig) + " = " + g) + ") order by a.naam").getResultList();
        Object run = em.createNativeQuery("select run_id from wh_actief where id = 1").getSingleResult();
        return new Keuzes(jaren.stream().map(j -> ((Number) j).intValue()).toList(), opties(gemeenten), opties(groepen),
                opties(aanbieders), run == null ? null : ((Number) run).longValue());
    }

    private static List<Optie> opties(List<Object[]> rows) {
        return rows.stream().map(r -> new Optie(String.valueOf(r[0]), String.valueOf(r[1]))).toList();
    }

    /**
     * Indicator rows; with the HUIDIG indeling the rows of merged gemeenten are added up under the
     * gemeente they merged into (clients summed, averages and shares weighted again).
     */
    public List<Indicator> indicatoren(Filter f, Long g, int max) {
        Where w = new Where(f, g, "i");
        String gem = gemeenteExpr("i", f.huidig());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = w.bind(em.createNativeQuery("select i.jaar, coalesce(dg.naam, " + gem + "),"
                + " coalesce(da.naam, i.aanbieder_id), i.productgroep_code, i.segment, sum(i.clienten), sum(i.indicaties),"
                + " sum(i.instroom), sum(i.uitstroom),"
                + " case when count(*) = 1 then max(i.gem_duur_dagen) else sum(i.gem_duur_dagen * i.uitstroom)"
                + "   / nullif(sum(case when i.gem_duur_dagen is null then 0 else i.uitstroom end), 0) end,"
                + " sum(i.kosten_cent),"
                + " case when count(*) = 1 then max(i.kosten_per_client_cent) else round(sum(i.kosten_cent) / nullif(sum(i.clienten), 0)) end,"
                + " sum(i.doelen_geevalueerd), sum(i.doelen_behaald),"
                + " case when count(*) = 1 then max(i.aandeel_doelen_behaald)"
                + "   else sum(i.doelen_behaald) / nullif(sum(i.doelen_geevalueerd), 0) end"
                + " from wh_indicator i"
                + " left join wh_dim_gemeente dg on dg.run_id = i.run_id and dg.gemeente_id = " + gem
                + " left join wh_dim_aanbieder da on da.run_id = i.run_id and da.aanbieder_id = i.aanbieder_id"
                + " where i.run_id = " + ACTIEF + w.sql
                + " group by i.jaar, " + gem + ", dg.naam, i.aanbieder_id, da.naam, i.productgroep_code, i.segment"
                + " order by i.jaar desc, 2, 3, i.productgroep_code, i.segment"
                + " limit " + Math.max(1, Math.min(max, 100_000)))).getResultList();
        return rows.stream().map(r -> new Indicator(i(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), l(r[5]), l(r[6]),
                l(r[7]), l(r[8]), dec(r[9]) == null ? null : dec(r[9]).setScale(1, java.math.RoundingMode.HALF_UP), l(r[10]),
                ln(r[11]), l(r[12]), l(r[13]),
                dec(r[14]) == null ? null : dec(r[14]).setScale(4, java.math.RoundingMode.HALF_UP))).toList();
    }

    /**
     * Clients and costs per month. Clients are the distinct clients of the month at the filter's
     * level (wh_clienten, Flyway V50: a client in two product groups or gemeenten counts once); a run
     * loaded before V50 has no such rows and falls back to the sum of wh_maand.
     */
    public List<Maand> maanden(Filter f, Long g) {
        if (heeftNiveaus()) {
            Niveau n = new Niveau(f.indeling(), null, g, f.productgroep() == null ? "" : f.productgroep(), null);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = n.bind(em.createNativeQuery("select c.jaar, c.maand, c.clienten, c.kosten_cent"
                    + " from wh_clienten c where c.run_id = " + ACTIEF + " and c.maand is not null" + n.sql
                    + " order by c.jaar, c.maand")).getResultList();
            return rows.stream().map(r -> new Maand(i(r[0]), i(r[1]), l(r[2]), l(r[3]))).toList();
        }
        Where w = new Where(new Filter(null, g, f.productgroep(), null, f.indeling()), g, "m");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = w.bind(em.createNativeQuery("select m.jaar, m.maand, sum(m.clienten), sum(m.kosten_cent)"
                + " from wh_maand m where m.run_id = " + ACTIEF + w.sql + " group by m.jaar, m.maand order by m.jaar, m.maand"))
                .getResultList();
        return rows.stream().map(r -> new Maand(i(r[0]), i(r[1]), l(r[2]), l(r[3]))).toList();
    }

    /**
     * Clients, costs and cost per client per product group. Clients are distinct at the filter's
     * level (wh_clienten: a client with two providers or in two gemeenten counts once, so the cost per
     * client is not too low); without a year filter the years' counts are added up. A run loaded
     * before V50 falls back to the sum of wh_indicator.
     */
    public List<PerGroep> perProductgroep(Filter f, Long g) {
        if (heeftNiveaus()) {
            Niveau n = new Niveau(f.indeling(), f.jaar(), g, null, f.aanbiederId());
            @SuppressWarnings("unchecked")
            List<Object[]> rows = n.bind(em.createNativeQuery("select c.productgroep_code, sum(c.clienten), sum(c.kosten_cent)"
                    + " from wh_clienten c where c.run_id = " + ACTIEF + " and c.maand is null"
                    + " and c.productgroep_code is not null" + n.sql + " group by c.productgroep_code"
                    + " order by c.productgroep_code")).getResultList();
            return rows.stream().map(r -> new PerGroep(str(r[0]), l(r[1]), l(r[2]), l(r[1]) == 0 ? null : l(r[2]) / l(r[1])))
                    .toList();
        }
        Where w = new Where(new Filter(f.jaar(), g, null, f.aanbiederId(), f.indeling()), g, "i");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = w.bind(em.createNativeQuery("select i.productgroep_code, sum(i.clienten), sum(i.kosten_cent)"
                + " from wh_indicator i where i.run_id = " + ACTIEF + w.sql + " group by i.productgroep_code"
                + " order by i.productgroep_code")).getResultList();
        return rows.stream().map(r -> new PerGroep(str(r[0]), l(r[1]), l(r[2]), l(r[1]) == 0 ? null : l(r[2]) / l(r[1])))
                .toList();
    }

    public List<Stroom> stromen(Filter f, Long g) {
        Where w = new Where(new Filter(null, g, f.productgroep(), f.aanbiederId(), f.indeling()), g, "i");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = w.bind(em.createNativeQuery("select i.jaar, sum(i.instroom), sum(i.uitstroom) from wh_indicator i"
                + " where i.run_id = " + ACTIEF + w.sql + " group by i.jaar order by i.jaar")).getResultList();
        return rows.stream().map(r -> new Stroom(i(r[0]), l(r[1]), l(r[2]))).toList();
    }

    public List<Aanbieder> aanbieders(Filter f, Long g) {
        Where w = new Where(new Filter(f.jaar(), g, null, f.aanbiederId(), f.indeling()), g, "x");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = w.bind(em.createNativeQuery("select coalesce(da.naam, x.aanbieder_id), sum(x.clienten),"
                + " sum(x.kosten_cent), sum(x.doelen_geevalueerd), sum(x.doelen_behaald), sum(x.ceo_n),"
                + " sum(x.ceo_n * x.ceo_pct_eens) / nullif(sum(case when x.ceo_pct_eens is null then 0 else x.ceo_n end), 0),"
                + " sum(x.meldingen), sum(x.bevindingen), avg(x.kwaliteit_score)"
                + " from wh_aanbieder x left join wh_dim_aanbieder da on da.run_id = x.run_id and da.aanbieder_id = x.aanbieder_id"
                + " where x.run_id = " + ACTIEF + w.sql + " group by 1 order by sum(x.kosten_cent) desc limit 50"))
                .getResultList();
        List<Aanbieder> out = new ArrayList<>();
        for (Object[] r : rows) {
            long clienten = l(r[1]);
            long geev = l(r[3]);
            long n = l(r[5]);
            out.add(new Aanbieder(str(r[0]), clienten, l(r[2]), clienten == 0 ? null : l(r[2]) / clienten,
                    geev == 0 ? null : BigDecimal.valueOf(l(r[4])).divide(BigDecimal.valueOf(geev), 4, java.math.RoundingMode.HALF_UP),
                    n, n < 10 || r[6] == null ? null : dec(r[6]).setScale(1, java.math.RoundingMode.HALF_UP), l(r[7]),
                    clienten == 0 ? null : BigDecimal.valueOf(l(r[7]) * 100).divide(BigDecimal.valueOf(clienten), 2,
                            java.math.RoundingMode.HALF_UP),
                    l(r[8]), clienten == 0 ? null : BigDecimal.valueOf(l(r[8]) * 100).divide(BigDecimal.valueOf(clienten), 2,
                            java.math.RoundingMode.HALF_UP),
                    r[9] == null ? null : dec(r[9]).setScale(1, java.math.RoundingMode.HALF_UP)));
        }
        return out;
    }

    public List<Doorstroom> doorstroom(Filter f, Long g) {
        Where w = new Where(new Filter(f.jaar(), g, null, null, f.indeling()), g, "d");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = w.bind(em.createNativeQuery("select d.van_productgroep_code, d.naar_productgroep_code, d.richting,"
                + " sum(d.aantal) from wh_doorstroom d where d.run_id = " + ACTIEF + w.sql + " group by 1, 2, 3 order by 1, 2, 3"))
                .getResultList();
        return rows.stream().map(r -> new Doorstroom(str(r[0]), str(r[1]), str(r[2]), l(r[3]))).toList();
    }

    /** Projections summed over the gemeenten in view, per scenario and year, against the budget. */
    public List<Projectie> projecties(Filter f, Long g) {
        Where w = new Where(new Filter(null, g, null, null, f.indeling()), g, "p");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = w.bind(em.createNativeQuery("select p.scenario_naam, p.jaar, sum(p.kosten_cent), sum(p.laag_cent),"
                + " sum(p.hoog_cent), sum(p.budget_cent), sum(p.verschil_cent) from wh_projectie_budget p where p.run_id = "
                + ACTIEF + w.sql + " group by p.scenario_naam, p.jaar order by p.scenario_naam, p.jaar")).getResultList();
        return rows.stream().map(r -> new Projectie(str(r[0]), i(r[1]), l(r[2]), l(r[3]), l(r[4]), ln(r[5]), ln(r[6]))).toList();
    }

    /** The runs whose results are still kept (newest first): the ones that can be compared. */
    public List<Long> runsMetResultaten() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select distinct run_id from wh_dim_gemeente order by run_id desc")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Two runs side by side: the headline figures (clients, costs, goal share) per year x gemeente
     * x product group of run a and run b (null figures where a run has no row), largest cost
     * difference first. {@code g}: only this gemeente; {@code jaar}: only this year.
     */
    public List<Sturing.Vergelijking> vergelijk(long a, long b, Integer jaar, Long g, int max) {
        String filter = (jaar == null ? "" : " and jaar = " + jaar.intValue()) + (g == null ? "" : " and gemeente_id = " + g.longValue());
        String perRun = "select jaar, gemeente_id, productgroep_code, sum(clienten) clienten, sum(kosten_cent) kosten,"
                + " sum(doelen_geevalueerd) geev, sum(doelen_behaald) beh from wh_indicator where run_id = ?%d" + filter
                + " group by jaar, gemeente_id, productgroep_code";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select k.jaar, coalesce(ga.naam, gb.naam, k.gemeente_id), k.productgroep_code,"
                + " ra.clienten, ra.kosten, ra.geev, ra.beh, rb.clienten, rb.kosten, rb.geev, rb.beh"
                + " from (select distinct jaar, gemeente_id, productgroep_code from wh_indicator where run_id in (?1, ?2)" + filter + ") k"
                + " left join (" + perRun.formatted(1) + ") ra on ra.jaar = k.jaar and ra.gemeente_id = k.gemeente_id"
                + "   and ra.productgroep_code = k.productgroep_code"
                + " left join (" + perRun.formatted(2) + ") rb on rb.jaar = k.jaar and rb.gemeente_id = k.gemeente_id"
                + "   and rb.productgroep_code = k.productgroep_code"
                + " left join wh_dim_gemeente ga on ga.run_id = ?1 and ga.gemeente_id = k.gemeente_id"
                + " left join wh_dim_gemeente gb on gb.run_id = ?2 and gb.gemeente_id = k.gemeente_id"
                + " order by abs(coalesce(rb.kosten, 0) - coalesce(ra.kosten, 0)) desc, k.jaar desc, 2, k.productgroep_code"
                + " limit " + Math.max(1, Math.min(max, 10_000)))
                .setParameter(1, a).setParameter(2, b).getResultList();
        return rows.stream().map(r -> new Sturing.Vergelijking(i(r[0]), str(r[1]), str(r[2]), ln(r[3]), ln(r[4]),
                aandeel(r[5], r[6]), ln(r[7]), ln(r[8]), aandeel(r[9], r[10]),
                r[4] == null || r[8] == null ? null : l(r[8]) - l(r[4]))).toList();
    }

    private static BigDecimal aandeel(Object geevalueerd, Object behaald) {
        long n = l(geevalueerd);
        return n == 0 ? null : BigDecimal.valueOf(l(behaald)).divide(BigDecimal.valueOf(n), 4, java.math.RoundingMode.HALF_UP);
    }

    /**
     * The gemeente of a result row of table alias {@code a}: its own id, or with the HUIDIG
     * indeling the end of its merger chain as the run's gemeente dimension records it.
     */
    static String gemeenteExpr(String a, boolean huidig) {
        if (!huidig) {
            return a + ".gemeente_id";
        }
        return "coalesce((select hd.huidige_gemeente_id from wh_dim_gemeente hd where hd.run_id = " + a + ".run_id"
                + " and hd.gemeente_id = " + a + ".gemeente_id), " + a + ".gemeente_id)";
    }

    /** True when the active run has distinct-client roll-ups (loaded by a job with Flyway V50). */
    boolean heeftNiveaus() {
        return !em.createNativeQuery("select 1 from wh_clienten where run_id = " + ACTIEF + " limit 1").getResultList().isEmpty();
    }

    /**
     * One roll-up level of wh_clienten: a given dimension is matched, an absent one must be the
     * rolled-up row (NULL), so the distinct count of exactly that level is read. The year and the
     * product group are left free when null (the caller groups or sums over them); a blank product
     * group means all groups (the rolled-up row).
     */
    static final class Niveau {
        final String sql;
        final List<Object> params = new ArrayList<>();

        Niveau(Sturing.Indeling indeling, Integer jaar, Long gemeente, String productgroep, Long aanbieder) {
            StringBuilder b = new StringBuilder();
            params.add(indeling == Sturing.Indeling.HUIDIG ? "HUIDIG" : "HISTORISCH");
            b.append(" and c.indeling = ?1");
            if (jaar != null) {
                params.add(jaar);
                b.append(" and c.jaar = ?").append(params.size());
            }
            if (gemeente != null) {
                params.add(gemeente);
                b.append(" and c.gemeente_id = ?").append(params.size());
            } else {
                b.append(" and c.gemeente_id is null");
            }
            if (productgroep != null && !productgroep.isBlank()) {
                params.add(productgroep);
                b.append(" and c.productgroep_code = ?").append(params.size());
            } else if (productgroep != null) {
                b.append(" and c.productgroep_code is null");
            }
            if (aanbieder != null) {
                params.add(aanbieder);
                b.append(" and c.aanbieder_id = ?").append(params.size());
            } else {
                b.append(" and c.aanbieder_id is null");
            }
            sql = b.toString();
        }

        Query bind(Query q) {
            for (int k = 0; k < params.size(); k++) {
                q.setParameter(k + 1, params.get(k));
            }
            return q;
        }
    }

    /** The filter as SQL with positional parameters. */
    static final class Where {
        final String sql;
        final List<Object> params = new ArrayList<>();

        Where(Filter f, Long gemeente, String alias) {
            StringJoiner j = new StringJoiner("");
            if (f.jaar() != null) {
                params.add(f.jaar());
                j.add(" and " + alias + ".jaar = ?" + params.size());
            }
            if (gemeente != null) {
                params.add(gemeente);
                j.add(" and " + gemeenteExpr(alias, f.huidig()) + " = ?" + params.size());
            }
            if (f.productgroep() != null && !f.productgroep().isBlank()) {
                params.add(f.productgroep());
                j.add(" and " + alias + ".productgroep_code = ?" + params.size());
            }
            if (f.aanbiederId() != null) {
                params.add(f.aanbiederId());
                j.add(" and " + alias + ".aanbieder_id = ?" + params.size());
            }
            sql = j.toString();
        }

        Query bind(Query q) {
            for (int k = 0; k < params.size(); k++) {
                q.setParameter(k + 1, params.get(k));
            }
            return q;
        }
    }

    private static int i(Object o) {
        return ((Number) o).intValue();
    }

    private static long l(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Long ln(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static BigDecimal dec(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
