package nl.wmoregio.warehouse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Risk scenarios: plain Java on the (small) monthly cost series per gemeente x productgroep, so
 * the math is tested on known series without Spark.
 *
 * <p>Trend: the monthly growth rates g = c(m)/c(m-1) - 1 of consecutive months (months with no
 * costs in between count as 0; a rate after a zero month is skipped). Mean growth m, sample
 * standard deviation s over n rates; the annual trend is (1+m)^12 - 1, the band uses
 * m -/+ 1.96 s / sqrt(n) (95% interval of the mean monthly growth). Base level: the costs of the
 * last 12 observed months (scaled to 12 months when fewer). Year k after the last observed year:
 * base x (1+trend)^k x scenario factors:
 * <ul>
 * <li>demography: sum over age bands of share x (1 + growth of the band)^k (shares from the last year);</li>
 * <li>HV: x (1 + abonnementstarief) x (1 + reele kostprijs, at most 40%), both one-off from year 1;</li>
 * <li>all: x (1 + CAO indexation)^k;</li>
 * <li>BW: x (1 + doordecentralisatie shift) from year 1;</li>
 * <li>BI and BG: x (1 + extramuralisering)^k (longer durations);</li>
 * <li>BG: x (1 + k x young inflow) (extra inflow each year as a share of today's volume).</li>
 * </ul>
 * The baseline is the scenario with all parameters 0.
 */
public final class Scenarios {

    /** The age bands of seed 001 that {@link Transforms#leeftijdsklasse} gives (at the indicatie's date). */
    public static final List<String> LEEFTIJDSKLASSEN = List.of("18-23", "24-54", "55-75", "75+");

    public record Maandkosten(long gemeenteId, String productgroep, int jaar, int maand, long kostenCent) {
    }

    /** Percentages as numbers (2.5 = 2.5%). */
    public record Scenario(Long id, String naam, int horizonJaren, double groei18tot64, double groei65tot74,
            double groei75tot84, double groei85plus, double abonnementHv, double reeleKostprijsHv, double cao,
            double doordecentralisatieBw, double extramuralisering, double jongerenDagbesteding) {

        public static Scenario basis(int horizon) {
            return new Scenario(null, "Basis (trend)", horizon, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        double groei(String klasse) {
            // seed 001 bands onto the scenario's growth parameters: 55-75 -> 65-74, 75+ -> 75-84;
            // 18-23 and 24-54 -> 18-64 (the older labels stay accepted)
            return switch (klasse) {
                case "55-75", "65-74" -> groei65tot74;
                case "75+" -> groei75tot84;
                case "75-84" -> groei75tot84;
                case "85+" -> groei85plus;
                default -> groei18tot64;
            };
        }
    }

    public record Trend(double basisJaarCent, int laatsteJaar, double maandGroei, double spreiding, int n) {
        public double jaar() {
            return Math.pow(1 + maandGroei, 12) - 1;
        }

        public double laag() {
            return Math.pow(1 + maandGroei - marge(), 12) - 1;
        }

        public double hoog() {
            return Math.pow(1 + maandGroei + marge(), 12) - 1;
        }

        double marge() {
            return n > 0 ? 1.96 * spreiding / Math.sqrt(n) : 0;
        }
    }

    public record Projectie(Long scenarioId, String scenarioNaam, long gemeenteId, String productgroep, int jaar,
            long kostenCent, long laagCent, long hoogCent) {
    }

    public record ProjectieBudget(Long scenarioId, String scenarioNaam, long gemeenteId, int jaar, long kostenCent,
            long laagCent, long hoogCent, Long budgetCent, Long verschilCent) {
    }

    private Scenarios() {
    }

    /** The trend of one monthly series (any order; gaps count as zero months). */
    public static Trend trend(List<Maandkosten> reeks) {
        if (reeks.isEmpty()) {
            throw new IllegalArgumentException("empty series");
        }
        List<Maandkosten> sorted = new ArrayList<>(reeks);
        sorted.sort(Comparator.comparingInt(m -> m.jaar() * 12 + m.maand()));
        int eerste = index(sorted.get(0));
        int laatste = index(sorted.get(sorted.size() - 1));
        long[] waarden = new long[laatste - eerste + 1];
        for (Maandkosten m : sorted) {
            waarden[index(m) - eerste] += m.kostenCent();
        }
        List<Double> groei = new ArrayList<>();
        for (int i = 1; i < waarden.length; i++) {
            if (waarden[i - 1] > 0) {
                groei.add((double) waarden[i] / waarden[i - 1] - 1);
            }
        }
        double gemiddeld = groei.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double spreiding = 0;
        if (groei.size() > 1) {
            double ss = groei.stream().mapToDouble(g -> (g - gemiddeld) * (g - gemiddeld)).sum();
            spreiding = Math.sqrt(ss / (groei.size() - 1));
        }
        int maanden = Math.min(12, waarden.length);
        double som = 0;
        for (int i = waarden.length - maanden; i < waarden.length; i++) {
            som += waarden[i];
        }
        double basis = som * 12.0 / maanden;
        return new Trend(basis, sorted.get(sorted.size() - 1).jaar(), gemiddeld, spreiding, groei.size());
    }

    private static int index(Maandkosten m) {
        return m.jaar() * 12 + (m.maand() - 1);
    }

    /** The scenario factor (without the trend) for a product group in year k (1 = first projected year). */
    public static double factor(Scenario s, String productgroep, Map<String, Double> leeftijdsaandeel, int k) {
        double demografie = 0;
        double totaal = 0;
        for (Map.Entry<String, Double> e : leeftijdsaandeel.entrySet()) {
            demografie += e.getValue() * Math.pow(1 + s.groei(e.getKey()) / 100, k);
            totaal += e.getValue();
        }
        demografie = totaal > 0 ? demografie / totaal : Math.pow(1 + s.groei18tot64() / 100, k);
        double f = demografie * Math.pow(1 + s.cao() / 100, k);
        switch (productgroep) {
            case "HV" -> f *= (1 + s.abonnementHv() / 100) * (1 + Math.min(40, s.reeleKostprijsHv()) / 100);
            case "BW" -> f *= 1 + s.doordecentralisatieBw() / 100;
            case "BI" -> f *= Math.pow(1 + s.extramuralisering() / 100, k);
            case "BG" -> f *= Math.pow(1 + s.extramuralisering() / 100, k) * (1 + k * s.jongerenDagbesteding() / 100);
            default -> {
            }
        }
        return f;
    }

    /**
     * Projections for every series and scenario.
     *
     * @param reeksen        monthly costs (all gemeenten and groups mixed)
     * @param leeftijdsmix   per "gemeenteId|productgroep": clients per age band
     */
    public static List<Projectie> projecteer(List<Maandkosten> reeksen, Map<String, Map<String, Double>> leeftijdsmix,
            List<Scenario> scenarios) {
        Map<String, List<Maandkosten>> perReeks = new LinkedHashMap<>();
        for (Maandkosten m : reeksen) {
            perReeks.computeIfAbsent(m.gemeenteId() + "|" + m.productgroep(), x -> new ArrayList<>()).add(m);
        }
        List<Projectie> out = new ArrayList<>();
        for (Map.Entry<String, List<Maandkosten>> e : perReeks.entrySet()) {
            Maandkosten eerste = e.getValue().get(0);
            Trend t = trend(e.getValue());
            Map<String, Double> mix = leeftijdsmix.getOrDefault(e.getKey(), Map.of());
            for (Scenario s : scenarios) {
                for (int k = 1; k <= s.horizonJaren(); k++) {
                    double f = factor(s, eerste.productgroep(), mix, k);
                    out.add(new Projectie(s.id(), s.naam(), eerste.gemeenteId(), eerste.productgroep(),
                            t.laatsteJaar() + k, Math.round(t.basisJaarCent() * Math.pow(1 + t.jaar(), k) * f),
                            Math.round(t.basisJaarCent() * Math.pow(1 + t.laag(), k) * f),
                            Math.round(t.basisJaarCent() * Math.pow(1 + t.hoog(), k) * f)));
                }
            }
        }
        return out;
    }

    /**
     * Per scenario x gemeente x year: projections summed over product groups against the budget
     * of that year (or, when absent, the latest earlier budget).
     */
    public static List<ProjectieBudget> tegenBudget(List<Projectie> projecties,
            Map<Long, NavigableMap<Integer, Long>> budget) {
        Map<String, long[]> som = new LinkedHashMap<>();
        Map<String, Projectie> voorbeeld = new LinkedHashMap<>();
        for (Projectie p : projecties) {
            String key = (p.scenarioId() == null ? "" : p.scenarioId()) + "|" + p.scenarioNaam() + "|" + p.gemeenteId()
                    + "|" + p.jaar();
            long[] s = som.computeIfAbsent(key, x -> new long[3]);
            s[0] += p.kostenCent();
            s[1] += p.laagCent();
            s[2] += p.hoogCent();
            voorbeeld.putIfAbsent(key, p);
        }
        List<ProjectieBudget> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : som.entrySet()) {
            Projectie p = voorbeeld.get(e.getKey());
            NavigableMap<Integer, Long> b = budget.get(p.gemeenteId());
            Map.Entry<Integer, Long> be = b == null ? null : b.floorEntry(p.jaar());
            Long budgetCent = be == null ? null : be.getValue();
            long[] s = e.getValue();
            out.add(new ProjectieBudget(p.scenarioId(), p.scenarioNaam(), p.gemeenteId(), p.jaar(), s[0], s[1], s[2],
                    budgetCent, budgetCent == null ? null : budgetCent - s[0]));
        }
        out.sort(Comparator.comparing(ProjectieBudget::scenarioId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(ProjectieBudget::gemeenteId).thenComparingInt(ProjectieBudget::jaar));
        return out;
    }
}
