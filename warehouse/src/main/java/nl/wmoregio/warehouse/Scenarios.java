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

    /** Bands of the population prognosis ({@code wh_bevolking}): the same seed 001 bands; younger clients have no band (factor 1). */
    public static final List<String> PROGNOSEKLASSEN = List.of("18-23", "24-54", "55-75", "75+");

    public record Maandkosten(long gemeenteId, String productgroep, int jaar, int maand, long kostenCent, long clienten,
            long volume) {
        public Maandkosten(long gemeenteId, String productgroep, int jaar, int maand, long kostenCent) {
            this(gemeenteId, productgroep, jaar, maand, kostenCent, 0, 0);
        }
    }

    /** Percentages as numbers (2.5 = 2.5%). */
    public record Scenario(Long id, String naam, int horizonJaren, double groei18tot64, double groei65tot74,
            double groei75tot84, double groei85plus, double abonnementHv, double reeleKostprijsHv, double cao,
            double doordecentralisatieBw, double extramuralisering, double jongerenDagbesteding, Risicos risicos) {

        public Scenario(Long id, String naam, int horizonJaren, double groei18tot64, double groei65tot74,
                double groei75tot84, double groei85plus, double abonnementHv, double reeleKostprijsHv, double cao,
                double doordecentralisatieBw, double extramuralisering, double jongerenDagbesteding) {
            this(id, naam, horizonJaren, groei18tot64, groei65tot74, groei75tot84, groei85plus, abonnementHv,
                    reeleKostprijsHv, cao, doordecentralisatieBw, extramuralisering, jongerenDagbesteding, Risicos.GEEN);
        }

        public Scenario {
            risicos = risicos == null ? Risicos.GEEN : risicos;
        }

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

    /**
     * The named risks of seed 000 beyond the original parameters (percentages as numbers).
     *
     * @param vergrijzingPrognose  demand per age band follows the gemeente's population prognosis
     * @param verdeelmodelIngroei  doordecentralisatie BW/MO: share per year (cumulative, at most 100)
     *                             by which the BW+MO budget moves to the objectief verdeelmodel
     * @param verdeelmodelRegio    change of the region's BW+MO total under that model
     * @param verdeelsleutel       per gemeente its share of the region (the budget key)
     * @param wlzUitstroomBw       Wlz-uitname: share of BW demand leaving, from year 1
     * @param wlzKortingBw         Wlz-uitname: budget cut as a share of the BW costs, from year 1
     * @param capaciteitGroei      personeelstekort: max growth of clients served per year (null = no cap)
     * @param extraVraag           open-einde regeling: extra demand per year, all groups
     * @param resultaatUren        resultaatgericht beschikken: change of HV hours per client, from year 1
     */
    public record Risicos(boolean vergrijzingPrognose, double verdeelmodelIngroei, double verdeelmodelRegio,
            Map<Long, Double> verdeelsleutel, double wlzUitstroomBw, double wlzKortingBw, Double capaciteitGroei,
            double extraVraag, double resultaatUren) {
        public static final Risicos GEEN = new Risicos(false, 0, 0, Map.of(), 0, 0, null, 0, 0);

        public Risicos {
            verdeelsleutel = verdeelsleutel == null ? Map.of() : Map.copyOf(verdeelsleutel);
        }
    }

    /** Population per gemeente: year -> band -> inhabitants. */
    public record Prognose(Map<Long, NavigableMap<Integer, Map<String, Long>>> perGemeente) {
        public static final Prognose GEEN = new Prognose(Map.of());

        /** Inhabitants of a band in the year (or the latest earlier prognosis year), or null. */
        Long inwoners(long gemeente, int jaar, String band) {
            if (band == null) {
                return null;
            }
            NavigableMap<Integer, Map<String, Long>> j = perGemeente.get(gemeente);
            Map.Entry<Integer, Map<String, Long>> e = j == null ? null : j.floorEntry(jaar);
            return e == null ? null : e.getValue().get(band);
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
            long kostenCent, long laagCent, long hoogCent, long clienten, long volume, long wachtenden) {
        public Projectie(Long scenarioId, String scenarioNaam, long gemeenteId, String productgroep, int jaar,
                long kostenCent, long laagCent, long hoogCent) {
            this(scenarioId, scenarioNaam, gemeenteId, productgroep, jaar, kostenCent, laagCent, hoogCent, 0, 0, 0);
        }
    }

    public record ProjectieBudget(Long scenarioId, String scenarioNaam, long gemeenteId, int jaar, long kostenCent,
            long laagCent, long hoogCent, Long budgetCent, Long verschilCent, long clienten, long wachtenden,
            long budgetMutatieCent) {
        public ProjectieBudget(Long scenarioId, String scenarioNaam, long gemeenteId, int jaar, long kostenCent,
                long laagCent, long hoogCent, Long budgetCent, Long verschilCent) {
            this(scenarioId, scenarioNaam, gemeenteId, jaar, kostenCent, laagCent, hoogCent, budgetCent, verschilCent, 0, 0, 0);
        }
    }

    /** Base of one series: the last 12 observed months (scaled to 12 when fewer). */
    public record Basis(double kostenCent, double clientenPerMaand, double volume) {
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

    /** The base of one series: costs and volume of the last 12 months, average clients per month. */
    public static Basis basis(List<Maandkosten> reeks) {
        NavigableMap<Integer, long[]> perMaand = new TreeMap<>();
        for (Maandkosten m : reeks) {
            long[] v = perMaand.computeIfAbsent(index(m), x -> new long[3]);
            v[0] += m.kostenCent();
            v[1] += m.clienten();
            v[2] += m.volume();
        }
        int laatste = perMaand.lastKey();
        int eerste = Math.max(perMaand.firstKey(), laatste - 11);
        int maanden = laatste - eerste + 1;
        double[] som = new double[3];
        for (long[] v : perMaand.subMap(eerste, true, laatste, true).values()) {
            for (int i = 0; i < 3; i++) {
                som[i] += v[i];
            }
        }
        return new Basis(som[0] * 12.0 / maanden, som[1] / maanden, som[2] * 12.0 / maanden);
    }

    /** The scenario factor (without the trend) for a product group in year k (1 = first projected year). */
    public static double factor(Scenario s, String productgroep, Map<String, Double> leeftijdsaandeel, int k) {
        return vraag(s, productgroep, demografie(s, leeftijdsaandeel, k), k) * volumePerClient(s, productgroep, k)
                * prijs(s, productgroep, k);
    }

    /** Demography by the scenario's growth per (old) age band; the age mix of the last year as weights. */
    static double demografie(Scenario s, Map<String, Double> leeftijdsaandeel, int k) {
        double demografie = 0;
        double totaal = 0;
        for (Map.Entry<String, Double> e : leeftijdsaandeel.entrySet()) {
            demografie += e.getValue() * Math.pow(1 + s.groei(e.getKey()) / 100, k);
            totaal += e.getValue();
        }
        return totaal > 0 ? demografie / totaal : Math.pow(1 + s.groei18tot64() / 100, k);
    }

    /**
     * Vergrijzing from the population prognosis: per band of {@link #PROGNOSEKLASSEN} the clients of
     * the base year grow as the gemeente's inhabitants of that band from year {@code basisJaar} to
     * {@code basisJaar + k}; clients outside the bands, and bands without a prognosis, stay as they are.
     */
    public static double prognoseFactor(long gemeente, Map<String, Double> mix, Prognose prognose, int basisJaar, int k) {
        double totaal = 0;
        double nieuw = 0;
        for (Map.Entry<String, Double> e : mix.entrySet()) {
            totaal += e.getValue();
            Long nu = prognose.inwoners(gemeente, basisJaar, e.getKey());
            Long later = prognose.inwoners(gemeente, basisJaar + k, e.getKey());
            nieuw += e.getValue() * (nu == null || later == null || nu == 0 ? 1.0 : (double) later / nu);
        }
        return totaal > 0 ? nieuw / totaal : 1.0;
    }

    /** Demand (clients) factor: demography x abonnementstarief (HV) x Wlz-uitname (BW) x young inflow (BG) x open einde. */
    static double vraag(Scenario s, String productgroep, double demografie, int k) {
        Risicos r = s.risicos();
        double f = demografie * Math.pow(1 + r.extraVraag() / 100, k);
        switch (productgroep) {
            case "HV" -> f *= 1 + s.abonnementHv() / 100;
            case "BW" -> f *= 1 - Math.min(100, r.wlzUitstroomBw()) / 100;
            case "BG" -> f *= 1 + k * s.jongerenDagbesteding() / 100;
            default -> {
            }
        }
        return f;
    }

    /** Volume per client: extramuralisering (BI, BG, per year), resultaatgericht beschikken (HV hours, once). */
    static double volumePerClient(Scenario s, String productgroep, int k) {
        return switch (productgroep) {
            case "BI", "BG" -> Math.pow(1 + s.extramuralisering() / 100, k);
            case "HV" -> 1 + s.risicos().resultaatUren() / 100;
            default -> 1;
        };
    }

    /** Price: CAO per year; reele kostprijs HV (at most 40%, once); the BW doordecentralisatie shift. */
    static double prijs(Scenario s, String productgroep, int k) {
        double f = Math.pow(1 + s.cao() / 100, k);
        switch (productgroep) {
            case "HV" -> f *= 1 + Math.min(40, s.reeleKostprijsHv()) / 100;
            case "BW" -> f *= 1 + s.doordecentralisatieBw() / 100;
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
        return projecteer(reeksen, leeftijdsmix, Map.of(), Prognose.GEEN, scenarios);
    }

    /**
     * Projections of costs (with band), clients served, volume and waiting clients for every series
     * and scenario. Year k after the last observed year, with T = (1 + trend)^k:
     * demand D = clients x T x vraag; with a capacity cap (personeelstekort) the clients served are
     * S = min(D, clients x (1 + cap)^k) and D - S wait; costs = base x T x vraag x volume per client
     * x price x S/D; volume = base volume x T x vraag x volume per client x S/D.
     *
     * @param prognoseMix  per "gemeenteId|productgroep": clients per band of {@link #PROGNOSEKLASSEN}
     */
    public static List<Projectie> projecteer(List<Maandkosten> reeksen, Map<String, Map<String, Double>> leeftijdsmix,
            Map<String, Map<String, Double>> prognoseMix, Prognose prognose, List<Scenario> scenarios) {
        Map<String, List<Maandkosten>> perReeks = new LinkedHashMap<>();
        for (Maandkosten m : reeksen) {
            perReeks.computeIfAbsent(m.gemeenteId() + "|" + m.productgroep(), x -> new ArrayList<>()).add(m);
        }
        List<Projectie> out = new ArrayList<>();
        for (Map.Entry<String, List<Maandkosten>> e : perReeks.entrySet()) {
            Maandkosten eerste = e.getValue().get(0);
            String groep = eerste.productgroep();
            long gemeente = eerste.gemeenteId();
            Trend t = trend(e.getValue());
            Basis b = basis(e.getValue());
            Map<String, Double> mix = leeftijdsmix.getOrDefault(e.getKey(), Map.of());
            Map<String, Double> pmix = prognoseMix.getOrDefault(e.getKey(), Map.of());
            for (Scenario s : scenarios) {
                for (int k = 1; k <= s.horizonJaren(); k++) {
                    double demo = s.risicos().vergrijzingPrognose()
                            ? prognoseFactor(gemeente, pmix, prognose, t.laatsteJaar(), k)
                            : demografie(s, mix, k);
                    double v = vraag(s, groep, demo, k);
                    double w = volumePerClient(s, groep, k);
                    double p = prijs(s, groep, k);
                    double trend = Math.pow(1 + t.jaar(), k);
                    double vraagClienten = b.clientenPerMaand() * trend * v;
                    double bediend = vraagClienten;
                    if (s.risicos().capaciteitGroei() != null) {
                        bediend = Math.min(vraagClienten, b.clientenPerMaand() * Math.pow(1 + s.risicos().capaciteitGroei() / 100, k));
                    }
                    double aandeel = vraagClienten > 0 ? bediend / vraagClienten : 1;
                    double f = v * w * p * aandeel;
                    out.add(new Projectie(s.id(), s.naam(), gemeente, groep, t.laatsteJaar() + k,
                            Math.round(t.basisJaarCent() * trend * f),
                            Math.round(t.basisJaarCent() * Math.pow(1 + t.laag(), k) * f),
                            Math.round(t.basisJaarCent() * Math.pow(1 + t.hoog(), k) * f),
                            Math.round(bediend), Math.round(b.volume() * trend * v * w * aandeel),
                            Math.round(vraagClienten - bediend)));
                }
            }
        }
        return out;
    }

    /**
     * The budget change of a scenario per "scenarioId|gemeenteId|jaar" (ids empty for the baseline):
     * doordecentralisatie BW/MO moves, by year k, min(1, k x ingroei) of the gap between the
     * gemeente's key share of the region's BW+MO costs (changed by the region percentage) and its own
     * BW+MO costs; the Wlz-uitname cuts wlzKorting % of the gemeente's BW costs. Costs: the bases of
     * the BW and MO series (last 12 months).
     */
    public static Map<String, Long> budgetMutaties(List<Maandkosten> reeksen, List<Scenario> scenarios) {
        Map<Long, double[]> bwMo = new TreeMap<>(); // gemeente -> [BW, MO]
        int laatsteJaar = Integer.MIN_VALUE;
        Map<String, List<Maandkosten>> perReeks = new LinkedHashMap<>();
        for (Maandkosten m : reeksen) {
            perReeks.computeIfAbsent(m.gemeenteId() + "|" + m.productgroep(), x -> new ArrayList<>()).add(m);
            laatsteJaar = Math.max(laatsteJaar, m.jaar());
        }
        for (List<Maandkosten> r : perReeks.values()) {
            String groep = r.get(0).productgroep();
            if (groep.equals("BW") || groep.equals("MO")) {
                bwMo.computeIfAbsent(r.get(0).gemeenteId(), x -> new double[2])[groep.equals("BW") ? 0 : 1] += basis(r).kostenCent();
            }
        }
        double regio = bwMo.values().stream().mapToDouble(v -> v[0] + v[1]).sum();
        Map<String, Long> out = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            Risicos r = s.risicos();
            if (r.verdeelmodelIngroei() == 0 && r.wlzKortingBw() == 0) {
                continue;
            }
            for (Map.Entry<Long, double[]> e : bwMo.entrySet()) {
                double eigen = e.getValue()[0] + e.getValue()[1];
                Double sleutel = r.verdeelsleutel().get(e.getKey());
                for (int k = 1; k <= s.horizonJaren(); k++) {
                    double m = 0;
                    if (r.verdeelmodelIngroei() != 0 && sleutel != null) {
                        double ingroei = Math.min(1, k * r.verdeelmodelIngroei() / 100);
                        m += ingroei * (sleutel * regio * (1 + r.verdeelmodelRegio() / 100) - eigen);
                    }
                    m -= r.wlzKortingBw() / 100 * e.getValue()[0];
                    out.put((s.id() == null ? "" : s.id()) + "|" + e.getKey() + "|" + (laatsteJaar + k), Math.round(m));
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
        return tegenBudget(projecties, budget, Map.of());
    }

    /**
     * As {@link #tegenBudget(List, Map)}, with the scenario's budget change (of
     * {@link #budgetMutaties}) added to the budget; clients served and waiting summed too.
     */
    public static List<ProjectieBudget> tegenBudget(List<Projectie> projecties,
            Map<Long, NavigableMap<Integer, Long>> budget, Map<String, Long> mutaties) {
        Map<String, long[]> som = new LinkedHashMap<>();
        Map<String, Projectie> voorbeeld = new LinkedHashMap<>();
        for (Projectie p : projecties) {
            String key = (p.scenarioId() == null ? "" : p.scenarioId()) + "|" + p.scenarioNaam() + "|" + p.gemeenteId()
                    + "|" + p.jaar();
            long[] s = som.computeIfAbsent(key, x -> new long[5]);
            s[0] += p.kostenCent();
            s[1] += p.laagCent();
            s[2] += p.hoogCent();
            s[3] += p.clienten();
            s[4] += p.wachtenden();
            voorbeeld.putIfAbsent(key, p);
        }
        List<ProjectieBudget> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : som.entrySet()) {
            Projectie p = voorbeeld.get(e.getKey());
            NavigableMap<Integer, Long> b = budget.get(p.gemeenteId());
            Map.Entry<Integer, Long> be = b == null ? null : b.floorEntry(p.jaar());
            long mutatie = mutaties.getOrDefault((p.scenarioId() == null ? "" : p.scenarioId()) + "|" + p.gemeenteId()
                    + "|" + p.jaar(), 0L);
            Long budgetCent = be == null ? null : be.getValue() + mutatie;
            long[] s = e.getValue();
            out.add(new ProjectieBudget(p.scenarioId(), p.scenarioNaam(), p.gemeenteId(), p.jaar(), s[0], s[1], s[2],
                    budgetCent, budgetCent == null ? null : budgetCent - s[0], s[3], s[4], mutatie));
        }
        out.sort(Comparator.comparing(ProjectieBudget::scenarioId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(ProjectieBudget::gemeenteId).thenComparingInt(ProjectieBudget::jaar));
        return out;
    }
}
