import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmoregio.warehouse.Bronnen;
import nl.wmoregio.warehouse.Job;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Benchmark helper (single-file source): the transform from the lake, without extract and load.
 * {@code java @warehouse/spark-java17.args -cp warehouse/target/classes:<classpath.txt> LakePass.java <lake> [peildatum]}
 * Reads the Parquet the job's extract landed (a source without files = empty, as the job does),
 * builds the same datasets with {@link Job#transformeer} and materialises
 * (1) only wh_indicator and wh_maand (the result sets indicatoren.sql computes), then
 * (2) all result sets, as the job's TRANSFORM phase does (without the scenario projection).
 * Same session settings as Main ({@code SparkConfig}, local[*]) and the same materialisation
 * ({@code Job.materialiseer}). Prints seconds per part. {@code -Dwh.eventlog=<dir>} writes Spark's
 * event log (summarise it with bench/warehouse/eventlog.py).
 */
public class LakePass {
    public static void main(String[] args) {
        String lake = args[0];
        LocalDate peil = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now();
        long t0 = System.nanoTime();
        SparkSession spark = nl.wmoregio.warehouse.SparkConfig.builder("wmo-warehouse-lakepass",
                System.getProperty("spark.master", "local[*]")).getOrCreate();
        long t1 = System.nanoTime();
        Map<String, Dataset<Row>> alleen = new LinkedHashMap<>();
        Map<String, Dataset<Row>> deel = transformeer(spark, lake, peil);
        for (String tabel : List.of("wh_indicator", "wh_maand")) {
            alleen.put(tabel, deel.get(tabel));
        }
        Map<String, Long> indicatoren = Job.materialiseer(alleen);
        long t2 = System.nanoTime();
        // not timed: Spark's two result sets for DuckPass's row-by-row comparison
        for (String tabel : List.of("wh_indicator", "wh_maand")) {
            Dataset<Row> r = alleen.get(tabel);
            r = r.drop("huidige_gemeente_id");
            r.coalesce(1).write().mode("overwrite").parquet(Path.of(lake, "_bench", "spark_" + tabel).toString());
        }
        long t2b = System.nanoTime();
        spark.catalog().clearCache();
        Map<String, Long> alle = Job.materialiseer(transformeer(spark, lake, peil));
        long t3 = System.nanoTime();
        System.out.printf("lakepass session_s %.1f%n", (t1 - t0) / 1e9);
        System.out.printf("lakepass indicatoren_s %.1f %s%n", (t2 - t1) / 1e9, indicatoren);
        System.out.printf("lakepass alle_s %.1f %s%n", (t3 - t2b) / 1e9, alle);
        spark.stop();
    }

    /** Fresh datasets from the lake (no shared cache between the two measured parts). */
    private static Map<String, Dataset<Row>> transformeer(SparkSession spark, String lake, LocalDate peil) {
        Map<String, Dataset<Row>> in = new LinkedHashMap<>();
        for (Bronnen.Bron b : Bronnen.ALLE) {
            StructType schema = StructType.fromDDL(b.schema());
            Path pad = Path.of(lake, b.naam());
            boolean heeftData;
            try (var s = Files.exists(pad) ? Files.walk(pad) : java.util.stream.Stream.<Path>empty()) {
                heeftData = s.anyMatch(p -> p.toString().endsWith(".parquet"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (heeftData) {
                Dataset<Row> df = spark.read().parquet(pad.toString());
                in.put(b.naam(), df.select(java.util.Arrays.stream(schema.fields())
                        .map(f -> df.col(f.name()).cast(f.dataType()).as(f.name()))
                        .toArray(org.apache.spark.sql.Column[]::new)));
            } else {
                in.put(b.naam(), spark.createDataFrame(List.of(), schema));
            }
        }
        return Job.transformeer(in, peil);
    }
}
