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
        return transformeer(in, peildatum, null);
    }

    /**
     * The transform, over every year ({@code jaren} null) or only over the given years (an
     * incremental run, see {@link Incrementeel}): the facts are filtered to those years BEFORE any
     * join or aggregation, so every result with a {@code jaar} holds exactly the rows of those years
     * (each equal to the full run's row, see TransformsTest). Dimensions and {@code wh_wachttijd}
     * (whose "still waiting" depends on the peildatum in every year) are always complete; the
     * scenario series then holds only the given years (the caller adds the others).
     */
    public static Map<String, Dataset<Row>> transformeer(Map<String, Dataset<Row>> in, LocalDate peildatum,
            java.util.Set<Integer> jaren) {
        Dataset<Row> indicatie = in.get("indicatie");
        Dataset<Row> client = in.get("client");
        Dataset<Row> product = in.get("product");
        java.util.function.UnaryOperator<Dataset<Row>> inJaren = ds -> jaren == null ? ds
                : ds.where(org.apache.spark.sql.functions.col("jaar").isin(jaren.toArray()));
        Dataset<Row> feiten = Transforms.indicatieFeiten(indicatie, client, product, peildatum).cache();
        Dataset<Row> jarenFeiten = inJaren.apply(Transforms.indicatieJaren(feiten, peildatum)).cache();
        Dataset<Row> kosten = Transforms.kostenFeiten(inJaren.apply(in.get("declaratie_regel")), indicatie, client, product)
                .cache();
        Dataset<Row> doelen = inJaren.apply(Transforms.doelFeiten(in.get("doel"), in.get("doel_evaluatie"), feiten));
        Dataset<Row> ceoIn = inJaren.apply(in.get("ceo_antwoord"));
        Dataset<Row> ceoMet = Transforms.ceoMetAanbieder(ceoIn);

        Dataset<Row> dimGemeente = Transforms.dimGemeente(in.get("gemeente")).cache();
        Dataset<Row> bevindingen = Transforms.bevindingFeiten(inJaren.apply(in.get("bevinding")), jarenFeiten);
        Dataset<Row> kwaliteit = Transforms.kwaliteitScores(inJaren.apply(in.get("kwaliteit_score")));
        Dataset<Row> melding = inJaren.apply(in.get("melding"));

        Map<String, Dataset<Row>> out = new LinkedHashMap<>();
        out.put("wh_dim_gemeente", dimGemeente);
        out.put("wh_dim_aanbieder", Transforms.dimAanbieder(in.get("aanbieder")));
        out.put("wh_dim_product", Transforms.dimProduct(product));
        out.put("wh_dim_periode", Transforms.dimPeriode(in.get("declaratie_regel")));
        out.put("wh_indicator", Transforms.metHuidigeGemeente(Transforms.indicatoren(jarenFeiten, kosten, doelen), dimGemeente));
        out.put("wh_aanbieder", Transforms.metHuidigeGemeente(
                Transforms.aanbiederJaar(jarenFeiten, kosten, doelen, ceoMet, melding, bevindingen, kwaliteit),
                dimGemeente));
        out.put("wh_maand", Transforms.metHuidigeGemeente(Transforms.maandReeks(kosten), dimGemeente));
        out.put("wh_uitstroom", inJaren.apply(Transforms.uitstroomPerReden(feiten)));
        out.put("wh_doorstroom", inJaren.apply(Transforms.doorstroom(feiten)));
        out.put("wh_ceo", Transforms.ceo(ceoIn, ceoMet));
        out.put("wh_concentratie", Transforms.concentratie(kosten));
        out.put("wh_zonder_clienten", Transforms.zonderClienten(in.get("contractering"), product, jarenFeiten));
        out.put("wh_clienten", Transforms.clientenPerNiveau(jarenFeiten, kosten, dimGemeente));
        out.put("wh_wachttijd", Transforms.metHuidigeGemeente(Transforms.wachttijd(feiten, peildatum), dimGemeente));
        // Scenario inputs (not loaded): on the current indeling, so a merged gemeente's history feeds
        // its successor's trend, age mix and budget comparison.
        out.put(SCENARIO_MAAND, Transforms.maandReeks(Transforms.opHuidigeGemeente(kosten, dimGemeente)));
        out.put(LEEFTIJDSMIX, Transforms.leeftijdsmix(Transforms.opHuidigeGemeente(jarenFeiten, dimGemeente),
                peildatum.getYear()));
        return out;
    }
}
