package nl.wmoregio.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import nl.wmoregio.warehouse.Scenarios.Maandkosten;
import nl.wmoregio.warehouse.Scenarios.Projectie;
import nl.wmoregio.warehouse.Scenarios.ProjectieBudget;
import nl.wmoregio.warehouse.Scenarios.Prognose;
import nl.wmoregio.warehouse.Scenarios.Risicos;
import nl.wmoregio.warehouse.Scenarios.Scenario;
import org.junit.jupiter.api.Test;

/** The named risks of seed 000 on tiny flat series, every figure computed by hand (no Spark). */
class ScenarioRisicosTest {

    /** 12 flat months of 2024: cost, clients, volume per month. */
    static List<Maandkosten> vlak(long gemeente, String groep, long kosten, long clienten, long volume) {
        List<Maandkosten> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(new Maandkosten(gemeente, groep, 2024, m, kosten, clienten, volume));
        }
        return out;
    }

    static Scenario met(String naam, int horizon, Risicos r) {
        return new Scenario(1L, naam, horizon, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, r);
    }

    static Risicos risicos(boolean prognose, double ingroei, double regio, Map<Long, Double> sleutel, double wlzUit,
            double wlzKorting, Double cap, double extra, double uren) {
        return new Risicos(prognose, ingroei, regio, sleutel, wlzUit, wlzKorting, cap, extra, uren);
    }

    @Test
    void personeelstekortTurnsDemandAboveTheCapIntoWaitingClients() {
        // open einde +10% demand a year, capacity may not grow (cap 0%): 10 clients/month, 1000/month
        Scenario s = met("tekort", 2, risicos(false, 0, 0, Map.of(), 0, 0, 0.0, 10, 0));
        List<Projectie> p = Scenarios.projecteer(vlak(1, "BI", 1000, 10, 20), Map.of(), Map.of(), Prognose.GEEN, List.of(s));
        // year 1: demand 11, served 10, 1 waits; costs 12000 x 1.1 x 10/11 = 12000; volume 240 x 1.1 x 10/11 = 240
        assertEquals(List.of("2025|12000|10|240|1", "2026|12000|10|240|2"), p.stream()
                .map(x -> x.jaar() + "|" + x.kostenCent() + "|" + x.clienten() + "|" + x.volume() + "|" + x.wachtenden()).toList());
        // without the cap the same demand is paid in full (open einde): 12000 x 1.1 = 13200, 12000 x 1.21 = 14520
        Scenario open = met("open", 2, risicos(false, 0, 0, Map.of(), 0, 0, null, 10, 0));
        assertEquals(List.of("13200|11|0", "14520|12|0"), Scenarios.projecteer(vlak(1, "BI", 1000, 10, 20), Map.of(), Map.of(),
                Prognose.GEEN, List.of(open)).stream().map(x -> x.kostenCent() + "|" + x.clienten() + "|" + x.wachtenden()).toList());
    }

    @Test
    void vergrijzingFollowsThePopulationPrognosisPerBand() {
        Map<Long, NavigableMap<Integer, Map<String, Long>>> bev = new TreeMap<>();
        NavigableMap<Integer, Map<String, Long>> g1 = new TreeMap<>();
        g1.put(2024, Map.of("75+", 100L, "24-54", 200L));
        g1.put(2025, Map.of("75+", 120L, "24-54", 190L));
        bev.put(1L, g1);
        Prognose prognose = new Prognose(bev);
        // 3 clients 75+, 1 client 24-54, 1 under 18 (no band: stays): (3 x 1.2 + 1 x 0.95 + 1) / 5 = 1.11
        Map<String, Double> mix = new java.util.HashMap<>();
        mix.put("75+", 3.0);
        mix.put("24-54", 1.0);
        mix.put(null, 1.0);
        assertEquals(1.11, Scenarios.prognoseFactor(1, mix, prognose, 2024, 1), 1e-12);
        // year 2 has no prognosis of its own: the latest earlier one (2025) holds
        assertEquals(1.11, Scenarios.prognoseFactor(1, mix, prognose, 2024, 2), 1e-12);
        // a gemeente without a prognosis keeps its demand
        assertEquals(1.0, Scenarios.prognoseFactor(2, mix, prognose, 2024, 1), 1e-12);

        Scenario s = met("vergrijzing", 1, risicos(true, 0, 0, Map.of(), 0, 0, null, 0, 0));
        List<Projectie> p = Scenarios.projecteer(vlak(1, "HV", 1000, 5, 10), Map.of(), Map.of("1|HV", mix), prognose, List.of(s));
        assertEquals("13320|6|133", p.get(0).kostenCent() + "|" + p.get(0).clienten() + "|" + p.get(0).volume());
    }

    @Test
    void abonnementstariefReeleKostprijsAndResultaatgerichtBeschikkenOnHv() {
        // demand +10% (abonnementstarief), price +50% asked but at most +40%, hours per client +5%
        Scenario s = new Scenario(1L, "HV", 1, 0, 0, 0, 0, 10, 50, 0, 0, 0, 0,
                risicos(false, 0, 0, Map.of(), 0, 0, null, 0, 5));
        Projectie p = Scenarios.projecteer(vlak(1, "HV", 1000, 10, 100), Map.of(), Map.of(), Prognose.GEEN, List.of(s)).get(0);
        // costs 12000 x 1.1 x 1.05 x 1.4 = 19404; clients 11; volume 1200 x 1.1 x 1.05 = 1386
        assertEquals("19404|11|1386", p.kostenCent() + "|" + p.clienten() + "|" + p.volume());
    }

    @Test
    void wlzUitnameLowersBwDemandButCutsTheBudgetMore() {
        Scenario s = met("wlz", 1, risicos(false, 0, 0, Map.of(), 5, 10, null, 0, 0));
        List<Maandkosten> bw = vlak(1, "BW", 1000, 10, 30);
        List<Projectie> p = Scenarios.projecteer(bw, Map.of(), Map.of(), Prognose.GEEN, List.of(s));
        assertEquals("11400|10", p.get(0).kostenCent() + "|" + p.get(0).clienten()); // 12000 x 0.95; 9.5 -> 10
        Map<String, Long> mut = Scenarios.budgetMutaties(bw, List.of(s));
        assertEquals(Map.of("1|1|2025", -1200L), mut); // 10% of 12000 BW costs
        NavigableMap<Integer, Long> budget = new TreeMap<>(Map.of(2025, 12000L));
        ProjectieBudget b = Scenarios.tegenBudget(p, Map.of(1L, budget), mut).get(0);
        // budget 12000 - 1200 = 10800 against 11400 costs: a shortfall of 600 although the costs went down
        assertEquals("10800|-600|-1200", b.budgetCent() + "|" + b.verschilCent() + "|" + b.budgetMutatieCent());
    }

    @Test
    void doordecentralisatieMovesTheBwMoBudgetToTheKeyPerGemeente() {
        List<Maandkosten> r = new ArrayList<>(vlak(1, "BW", 1000, 10, 10)); // gemeente 1: 12000 BW+MO
        r.addAll(vlak(2, "MO", 500, 5, 5)); // gemeente 2: 6000; region 18000
        r.addAll(vlak(2, "HV", 700, 5, 5)); // not BW/MO: no part of the key
        // key 50/50, region total -10% (the expected disadvantage): target 0.5 x 16200 = 8100 each; 50% a year
        Scenario s = met("verdeelmodel", 3, risicos(false, 50, -10, Map.of(1L, 0.5, 2L, 0.5), 0, 0, null, 0, 0));
        Map<String, Long> m = Scenarios.budgetMutaties(r, List.of(s));
        assertEquals(-1950L, m.get("1|1|2025")); // 0.5 x (8100 - 12000)
        assertEquals(1050L, m.get("1|2|2025")); // 0.5 x (8100 - 6000)
        assertEquals(-3900L, m.get("1|1|2026")); // fully phased in
        assertEquals(-3900L, m.get("1|1|2027")); // stays at 100%
        assertEquals(2100L, m.get("1|2|2027"));
        // the region as a whole loses 10% of its BW+MO budget once phased in
        assertEquals(-1800L, m.get("1|1|2027") + m.get("1|2|2027"));
        // the baseline has no budget change
        assertEquals(6, m.size());
    }
}
