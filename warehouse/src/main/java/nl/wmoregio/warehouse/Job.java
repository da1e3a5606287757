package nl.wmoregio.warehouse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The transform phase as one function of the source datasets (keyed by {@link Bronnen} name):
 * returns the result datasets keyed by warehouse table (without run_id), in load order.
 */
public final class Job {

    /** Result keys that are scenario inputs, not warehouse tables. */
    public static final String SCENARIO_MAAND = "scenario_maand";
    public static final String LEEFTIJDSMIX = "leeftijdsmix";

    private Job() {
    }

    /**
     * Computes every result once: caches it and counts its rows, several result sets at the same time
     * (Spark runs the jobs of different threads side by side, so the many small stages of a region
     * keep every core busy instead of one task per stage after adaptive coalescing). The facts the
     * results share are cached by {@link #transformeer}. Returns the rows per result, in order.
     */
    public static Map<String, Long> materialiseer(Map<String, Dataset<Row>> resultaten) {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "wh-resultaat");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, java.util.concurrent.Future<Long>> futures = new LinkedHashMap<>();
            for (Map.Entry<String, Dataset<Row>> e : resultaten.entrySet()) {
                Dataset<Row> ds = e.getValue().cache();
                e.setValue(ds);
                String naam = e.getKey();
                futures.put(naam, pool.submit(() -> {
                    // the job group names the result set in the event log (stage timings per result set)
                    ds.sparkSession().sparkContext().setJobGroup("resultaat " + naam, "resultaat " + naam, false);
                    try {
                        return ds.count();
                    } finally {
                        ds.sparkSession().sparkContext().clearJobGroup();
                    }
                }));
            }
            Map<String, Long> uit = new LinkedHashMap<>();
            for (Map.Entry<String, java.util.concurrent.Future<Long>> e : futures.entrySet()) {
                uit.put(e.getKey(), e.getValue().get());
            }
            return uit;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("transform interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    public static Map<String, Dataset<Row>> transformeer(Map<String, Dataset<Row>> in, LocalDate peildatum) {
        Dataset<Row> indicatie = in.get("indicatie");
        Dataset<Row> client = in.get("client");
        Dataset<Row> product = in.get("product");
        Dataset<Row> feiten = Transforms.indicatieFeiten(indicatie, client, product, peildatum).cache();
        Dataset<Row> jaren = Transforms.indicatieJaren(feiten, peildatum).cache();
        Dataset<Row> kosten = Transforms.kostenFeiten(in.get("declaratie_regel"), indicatie, client, product).cache();
        Dataset<Row> doelen = Transforms.doelFeiten(in.get("doel"), in.get("doel_evaluatie"), feiten);
        Dataset<Row> ceoMet = Transforms.ceoMetAanbieder(in.get("ceo_antwoord"));

        Dataset<Row> dimGemeente = Transforms.dimGemeente(in.get("gemeente")).cache();
        Dataset<Row> bevindingen = Transforms.bevindingFeiten(in.get("bevinding"), jaren);
        Dataset<Row> kwaliteit = Transforms.kwaliteitScores(in.get("kwaliteit_score"));

        Map<String, Dataset<Row>> out = new LinkedHashMap<>();
        out.put("wh_dim_gemeente", dimGemeente);
        out.put("wh_dim_aanbieder", Transforms.dimAanbieder(in.get("aanbieder")));
        out.put("wh_dim_product", Transforms.dimProduct(product));
        out.put("wh_dim_periode", Transforms.dimPeriode(in.get("declaratie_regel")));
        out.put("wh_indicator", Transforms.metHuidigeGemeente(Transforms.indicatoren(jaren, kosten, doelen), dimGemeente));
        out.put("wh_aanbieder", Transforms.metHuidigeGemeente(
                Transforms.aanbiederJaar(jaren, kosten, doelen, ceoMet, in.get("melding"), bevindingen, kwaliteit),
                dimGemeente));
        out.put("wh_maand", Transforms.metHuidigeGemeente(Transforms.maandReeks(kosten), dimGemeente));
        out.put("wh_uitstroom", Transforms.uitstroomPerReden(feiten));
        out.put("wh_doorstroom", Transforms.doorstroom(feiten));
        out.put("wh_ceo", Transforms.ceo(in.get("ceo_antwoord"), ceoMet));
        out.put("wh_concentratie", Transforms.concentratie(kosten));
        out.put("wh_zonder_clienten", Transforms.zonderClienten(in.get("contractering"), product, jaren));
        out.put("wh_clienten", Transforms.clientenPerNiveau(jaren, kosten, dimGemeente));
        out.put("wh_wachttijd", Transforms.metHuidigeGemeente(Transforms.wachttijd(feiten, peildatum), dimGemeente));
        // Scenario inputs (not loaded): on the current indeling, so a merged gemeente's history feeds
        // its successor's trend, age mix and budget comparison.
        out.put(SCENARIO_MAAND, Transforms.maandReeks(Transforms.opHuidigeGemeente(kosten, dimGemeente)));
        out.put(LEEFTIJDSMIX, Transforms.leeftijdsmix(Transforms.opHuidigeGemeente(jaren, dimGemeente),
                peildatum.getYear()));
        return out;
    }
}
