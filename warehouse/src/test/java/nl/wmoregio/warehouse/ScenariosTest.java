package nl.wmoregio.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import nl.wmoregio.warehouse.Scenarios.Maandkosten;
import nl.wmoregio.warehouse.Scenarios.Projectie;
import nl.wmoregio.warehouse.Scenarios.ProjectieBudget;
import nl.wmoregio.warehouse.Scenarios.Scenario;
import org.junit.jupiter.api.Test;

/** Scenario math on known series (no Spark). */
class ScenariosTest {

    private static List<Maandkosten> reeks(long gemeente, String groep, int jaar, int maand, long... waarden) {
        List<Maandkosten> out = new ArrayList<>();
        for (long w : waarden) {
            out.add(new Maandkosten(gemeente, groep, jaar, maand, w));
            if (++maand > 12) {
                maand = 1;
                jaar++;
            }
        }
        return out;
    }

    @Test
    void trendOfAKnownSeries() {
        // 1000, 1100, 1100, 1210: growth 0.1, 0, 0.1 -> mean 1/15, s = 0.057735, n = 3
        Scenarios.Trend t = Scenarios.trend(reeks(1, "HV", 2024, 10, 1000, 1100, 1100, 1210));
        assertEquals(1.0 / 15, t.maandGroei(), 1e-12);
        assertEquals(0.0577350, t.spreiding(), 1e-6);
        assertEquals(3, t.n());
        assertEquals(13230.0, t.basisJaarCent(), 1e-9); // 4410 in 4 months -> 12 months
        assertEquals(2025, t.laatsteJaar());
        assertEquals(1.1694252, t.jaar(), 1e-6); // (16/15)^12 - 1
        assertEquals(0.0161179, t.laag(), 1e-6); // (16/15 - 1.96 s / sqrt 3)^12 - 1
        assertEquals(3.4274852, t.hoog(), 1e-6);
    }

    @Test
    void gapsCountAsZeroAndAreSkippedAsBase() {
        // 100, (missing = 0), 100: the 0 -> 100 step has no rate; 100 -> 0 is -100%
        Scenarios.Trend t = Scenarios.trend(List.of(new Maandkosten(1, "HV", 2024, 1, 100),
                new Maandkosten(1, "HV", 2024, 3, 100)));
        assertEquals(1, t.n());
        assertEquals(-1.0, t.maandGroei(), 1e-12);
        assertEquals(800.0, t.basisJaarCent(), 1e-9); // 200 over 3 months
    }

    @Test
    void flatSeriesProjectsFlatWithoutBand() {
        List<Projectie> p = Scenarios.projecteer(reeks(7, "BW", 2024, 1, 500, 500, 500, 500, 500, 500, 500, 500, 500,
                500, 500, 500, 500, 500), Map.of(), List.of(Scenario.basis(3)));
        // base: last 12 months = 6000 per year, growth 0
        assertEquals(List.of(new Projectie(null, "Basis (trend)", 7, "BW", 2026, 6000, 6000, 6000),
                new Projectie(null, "Basis (trend)", 7, "BW", 2027, 6000, 6000, 6000),
                new Projectie(null, "Basis (trend)", 7, "BW", 2028, 6000, 6000, 6000)), p);
    }

    @Test
    void projectionOfTheKnownSeries() {
        List<Projectie> p = Scenarios.projecteer(reeks(1, "HV", 2024, 10, 1000, 1100, 1100, 1210), Map.of(),
                List.of(Scenario.basis(3)));
        assertEquals(3, p.size());
        // year 1 (2026): 13230 x (16/15)^12, band 13230 x (1.0161179) and x (4.4274852)
        assertEquals(new Projectie(null, "Basis (trend)", 1, "HV", 2026, 28701, 13443, 58576), p.get(0));
    }

    @Test
    void scenarioFactors() {
        Scenario s = new Scenario(5L, "Vergrijzing", 5, 0, 10, 0, 20, 10, 50, 2, -15, 5, 3);
        Map<String, Double> mix = Map.of("65-74", 3.0, "85+", 1.0);
        // demography year 2: (3 x 1.1^2 + 1 x 1.2^2) / 4 = 1.2675; CAO 1.02^2 = 1.0404
        double basis = 1.2675 * 1.0404;
        // HV: abonnement x1.1, reele kostprijs capped at 40%: x1.4
        assertEquals(basis * 1.1 * 1.4, Scenarios.factor(s, "HV", mix, 2), 1e-12);
        assertEquals(2.03080878, Scenarios.factor(s, "HV", mix, 2), 1e-8);
        // BW: -15% shift
        assertEquals(basis * 0.85, Scenarios.factor(s, "BW", mix, 2), 1e-12);
        // BI: extramuralisering 1.05^2; BG also young inflow 1 + 2 x 3%
        assertEquals(basis * 1.1025, Scenarios.factor(s, "BI", mix, 2), 1e-12);
        assertEquals(1.54110694, Scenarios.factor(s, "BG", mix, 2), 1e-8);
        // no age mix: the 18-64 growth (0 here) applies
        assertEquals(1.02, Scenarios.factor(s, "KV", Map.of(), 1), 1e-12);
        assertEquals(1.0, Scenarios.factor(Scenario.basis(5), "HV", mix, 4), 1e-12);
    }

    @Test
    void againstBudgetUsesTheLatestEarlierBudget() {
        List<Projectie> p = List.of(new Projectie(null, "Basis", 1, "HV", 2027, 600, 500, 700),
                new Projectie(null, "Basis", 1, "BI", 2027, 400, 300, 500),
                new Projectie(null, "Basis", 2, "HV", 2027, 100, 100, 100),
                new Projectie(3L, "S", 1, "HV", 2027, 900, 800, 1000));
        NavigableMap<Integer, Long> b = new TreeMap<>(Map.of(2025, 1200L, 2028, 5000L));
        List<ProjectieBudget> out = Scenarios.tegenBudget(p, Map.of(1L, b));
        assertEquals(List.of(new ProjectieBudget(null, "Basis", 1, 2027, 1000, 800, 1200, 1200L, 200L),
                new ProjectieBudget(null, "Basis", 2, 2027, 100, 100, 100, null, null),
                new ProjectieBudget(3L, "S", 1, 2027, 900, 800, 1000, 1200L, 300L)), out);
        assertNull(out.get(1).verschilCent());
    }
}
