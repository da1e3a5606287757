package nl.wmoregio.warehouse;

import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The warehouse job: {@code java @spark-java17.args -cp ... nl.wmoregio.warehouse.Main [key=value...]}
 * or spark-submit with the shaded jar. Keys: see {@link Config}. Exit code 0 when the run is
 * KLAAR, 1 when it failed (previous results stay active), 2 when another run is busy.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Config config = Config.parse(args);
        RunStore store = new RunStore(config);
        long runId;
        try {
            if (config.runId() != null && config.runId() == Config.VOLGENDE) {
                Long next = store.oudsteAanvraag();
                if (next == null) {
                    System.out.println("warehouse: geen aangevraagde run");
                    return;
                }
                config = config.withRunId(next);
                store = new RunStore(config);
            }
            runId = store.start();
        } catch (Exception e) {
            System.err.println("warehouse: run niet gestart: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = sessie(config);
        int status = run(spark, config, store, runId) ? 0 : 1;
        spark.stop();
        System.exit(status);
    }

    /** The job's Spark session (the one-off job and the long-lived {@link Worker} use the same settings). */
    public static SparkSession sessie(Config config) {
        Lake.alleenEigenaar(config.lake()); // issue 16 L5: before anything is written into it
        return SparkConfig.builder("wmo-warehouse", config.master()).getOrCreate();
    }

    /**
     * Runs all phases for a claimed run: extract, transform, scenarios, load (with the switch);
     * true when KLAAR. Used by main, the {@link Worker} and the integration tests. A failure in
     * any phase marks the run MISLUKT (its rows removed, the previous results stay active).
     */
    public static boolean run(SparkSession spark, Config config, RunStore store, long runId) {
        try {
            long t0 = System.nanoTime();
            store.fase(runId, "EXTRACT", "run " + runId + " gestart: " + config.toJson());
            Extract extract = new Extract(spark, config, regel -> log(store, runId, regel));
            Map<String, Long> rijen = extract.run();
            long t1 = System.nanoTime();

            store.fase(runId, "TRANSFORM", "extract klaar in " + ms(t0, t1) + " ms");
            // issue 20.2: only the years a new month touches are transformed; the rest is copied before the switch
            Incrementeel.Bereik bereik = Incrementeel.bereik(config, extract.resultaten());
            log(store, runId, Incrementeel.VERSIE + ": " + (bereik.volledig() ? "volledig (" + bereik.reden() + ")" : bereik.reden()));
            Map<String, Dataset<Row>> resultaten = transform(spark, extract, config, bereik);
            store.fase(runId, "SCENARIO", "transform klaar: " + Job.materialiseer(resultaten));

            int scenarios = scenarios(spark, config, store, runId, resultaten, extract.uitMeer());
            long t2 = System.nanoTime();
            store.fase(runId, "LOAD", scenarios + " scenario's (incl. basis); transform klaar in " + ms(t1, t2) + " ms");

            load(config, runId, resultaten);
            long gekopieerd = Incrementeel.kopieer(config, bereik, runId);
            if (!bereik.volledig()) {
                log(store, runId, gekopieerd + " rijen van andere jaren overgenomen uit run " + bereik.vorigeRun());
            }
            long t3 = System.nanoTime();
            store.klaar(runId, json(rijen, extract.resultaten()), ms(t0, t1), ms(t1, t2), ms(t2, t3));
            log(store, runId, "run " + runId + " KLAAR: extract " + ms(t0, t1) + " ms, transform " + ms(t1, t2)
                    + " ms, load " + ms(t2, t3) + " ms");
            return true;
        } catch (Exception e) {
            System.err.println("warehouse: run " + runId + " mislukt: " + e);
            store.mislukt(runId, String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
            return false;
        } finally {
            // a long-lived worker must not keep this run's cached datasets for the next one
            spark.catalog().clearCache();
        }
    }

    /**
     * Transform: every result dataset of the years in range (all years on a full run); the scenario
     * series gets the other years from the previous run, so projections always see the whole history.
     */
    static Map<String, Dataset<Row>> transform(SparkSession spark, Extract extract, Config config, Incrementeel.Bereik bereik)
            throws java.sql.SQLException {
        Map<String, Dataset<Row>> resultaten = Job.transformeer(extract.uitMeer(), config.peildatum(), bereik.jaren());
        if (!bereik.volledig()) {
            resultaten.put(Job.SCENARIO_MAAND, resultaten.get(Job.SCENARIO_MAAND)
                    .unionByName(Incrementeel.scenarioMaand(spark, config, bereik)));
        }
        return resultaten;
    }

    /**
     * Scenarios: replaces the scenario inputs in {@code resultaten} by the projection tables;
     * returns the number of scenarios computed (the baseline included).
     */
    static int scenarios(SparkSession spark, Config config, RunStore store, long runId,
            Map<String, Dataset<Row>> resultaten, Map<String, Dataset<Row>> bronnen) throws java.sql.SQLException {
        List<Scenarios.Scenario> scenarios = new ArrayList<>();
        scenarios.add(Scenarios.Scenario.basis(5));
        scenarios.addAll(store.scenarios(config.scenarios().isEmpty() ? store.gevraagdeScenarios(runId) : config.scenarios()));
        List<Scenarios.Maandkosten> reeksen = maandkosten(resultaten.remove(Job.SCENARIO_MAAND));
        Map<String, Map<String, Double>> prognoseMix = scenarios.stream().anyMatch(s -> s.risicos().vergrijzingPrognose())
                ? leeftijdsmix(ScenarioBronnen.prognoseMix(bronnen, config.peildatum().getYear()))
                : Map.of();
        List<Scenarios.Projectie> projecties = Scenarios.projecteer(reeksen, leeftijdsmix(resultaten.remove(Job.LEEFTIJDSMIX)),
                prognoseMix, store.prognose(), scenarios);
        List<Scenarios.ProjectieBudget> tegenBudget = Scenarios.tegenBudget(projecties, store.budgetten(),
                Scenarios.budgetMutaties(reeksen, scenarios));
        resultaten.put("wh_projectie", projectieDf(spark, projecties));
        resultaten.put("wh_projectie_budget", budgetDf(spark, tegenBudget));
        return scenarios.size();
    }

    /** Load: every result appended with the run id (the switch is {@link RunStore#klaar}). */
    static void load(Config config, long runId, Map<String, Dataset<Row>> resultaten) {
        Properties props = new Properties();
        props.setProperty("user", config.user());
        props.setProperty("password", config.password());
        props.setProperty("driver", "org.mariadb.jdbc.Driver");
        for (Map.Entry<String, Dataset<Row>> e : resultaten.entrySet()) {
            e.getValue().withColumn("run_id", lit(runId)).coalesce(2).write().mode(SaveMode.Append)
                    .option("batchsize", "5000").option("isolationLevel", "NONE")
                    .jdbc(config.sparkJdbcUrl(), e.getKey(), props);
        }
    }

    private static void log(RunStore store, long runId, String regel) {
        System.out.println("warehouse: " + regel);
        store.log(runId, regel);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    static Dataset<Row> projectieDf(SparkSession spark, List<Scenarios.Projectie> ps) {
        List<Row> rows = ps.stream().map(p -> RowFactory.create(p.scenarioId(), p.scenarioNaam(), p.gemeenteId(),
                p.productgroep(), p.jaar(), p.kostenCent(), p.laagCent(), p.hoogCent(), p.clienten(), p.volume(),
                p.wachtenden())).toList();
        return spark.createDataFrame(rows, StructType.fromDDL("scenario_id BIGINT, scenario_naam STRING,"
                + " gemeente_id BIGINT, productgroep_code STRING, jaar INT, kosten_cent BIGINT, laag_cent BIGINT,"
                + " hoog_cent BIGINT, clienten BIGINT, volume BIGINT, wachtenden BIGINT"));
    }

    static Dataset<Row> budgetDf(SparkSession spark, List<Scenarios.ProjectieBudget> ps) {
        List<Row> rows = ps.stream().map(p -> RowFactory.create(p.scenarioId(), p.scenarioNaam(), p.gemeenteId(),
                p.jaar(), p.kostenCent(), p.laagCent(), p.hoogCent(), p.budgetCent(), p.verschilCent(), p.clienten(),
                p.wachtenden(), p.budgetMutatieCent())).toList();
        return spark.createDataFrame(rows, StructType.fromDDL("scenario_id BIGINT, scenario_naam STRING,"
                + " gemeente_id BIGINT, jaar INT, kosten_cent BIGINT, laag_cent BIGINT, hoog_cent BIGINT,"
                + " budget_cent BIGINT, verschil_cent BIGINT, clienten BIGINT, wachtenden BIGINT, budget_mutatie_cent BIGINT"));
    }

    static String json(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder("{");
        m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return sb.append('}').toString();
    }

    /**
     * Rows per source plus, under "herlezen", what the extract re-read per source: "volledig n/n",
     * "incrementeel k/n" (k of n partitions) or "ongewijzigd 0/n".
     */
    static String json(Map<String, Long> m, Map<String, Extract.Resultaat> extract) {
        StringBuilder sb = new StringBuilder(json(m));
        sb.setLength(sb.length() - 1);
        sb.append(sb.length() > 1 ? "," : "").append("\"herlezen\":{");
        int i = 0;
        for (Map.Entry<String, Extract.Resultaat> e : extract.entrySet()) {
            sb.append(i++ > 0 ? "," : "").append('"').append(e.getKey()).append("\":\"")
                    .append(e.getValue().samenvatting()).append('"');
        }
        return sb.append("}}").toString();
    }

    static List<Scenarios.Maandkosten> maandkosten(Dataset<Row> maand) {
        List<Scenarios.Maandkosten> out = new ArrayList<>();
        for (Row r : maand.select("gemeente_id", "productgroep_code", "jaar", "maand", "kosten_cent", "clienten", "volume")
                .collectAsList()) {
            out.add(new Scenarios.Maandkosten(r.getLong(0), r.getString(1), r.getInt(2), r.getInt(3), r.getLong(4),
                    r.isNullAt(5) ? 0 : ((Number) r.get(5)).longValue(), r.isNullAt(6) ? 0 : ((Number) r.get(6)).longValue()));
        }
        return out;
    }

    static Map<String, Map<String, Double>> leeftijdsmix(Dataset<Row> mix) {
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (Row r : mix.collectAsList()) {
            out.computeIfAbsent(r.getLong(0) + "|" + r.getString(1), x -> new HashMap<>())
                    .put(r.getString(2), (double) r.getLong(3));
        }
        return out;
    }

}
