import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Benchmark helper (single-file source), the reference engine of issue 20 point 5: DuckDB (an
 * embedded columnar engine, a dependency of the BENCHMARK only, never of the product) computes the
 * same two result sets as LakePass and indicatoren.sql — wh_indicator and wh_maand, same definitions
 * (Transforms.indicatieFeiten, indicatieJaren, kostenFeiten, doelFeiten, indicatoren, maandReeks) —
 * over the SAME Parquet files the job's extract landed.
 * {@code java -cp <duckdb_jdbc.jar> DuckPass.java <lake> [peildatum] [threads]}
 * When LakePass left Spark's results in {@code <lake>/_bench/spark_wh_indicator} and
 * {@code spark_wh_maand} (Parquet), every row is compared both ways (EXCEPT ALL) and the
 * differences are printed. Prints "duckpass <key> <value>" lines.
 */
public class DuckPass {
    public static void main(String[] args) throws Exception {
        String lake = Path.of(args[0]).toAbsolutePath().toString();
        LocalDate peil = args.length > 1 && !args[1].isBlank() ? LocalDate.parse(args[1]) : LocalDate.now();
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        String p = "DATE '" + peil + "'";
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = " + threads);
            long t1 = System.nanoTime();
            s.execute("CREATE TEMP TABLE feit AS SELECT i.id AS indicatie_id, i.client_id, i.gemeente_id, i.aanbieder_id,"
                    + " p.productgroep_code, c.segment, i.van, i.tot, i.vorige_id IS NULL AS instroom,"
                    + " (i.tot IS NOT NULL AND i.tot <= " + p + " AND o.v IS NULL) AS uitstroom"
                    + " FROM " + bron(lake, "indicatie") + " i"
                    + " JOIN " + bron(lake, "client") + " c ON c.id = i.client_id"
                    + " JOIN " + bron(lake, "product") + " p ON p.code = i.product_code"
                    + " LEFT JOIN (SELECT DISTINCT vorige_id AS v FROM " + bron(lake, "indicatie")
                    + " WHERE vorige_id IS NOT NULL) o ON o.v = i.id");
            s.execute("CREATE TEMP TABLE a AS SELECT jaar, gemeente_id, aanbieder_id, productgroep_code, segment,"
                    + " COUNT(DISTINCT client_id) AS clienten, COUNT(*) AS indicaties,"
                    + " SUM(CASE WHEN instroom AND year(van) = jaar THEN 1 ELSE 0 END) AS instroom,"
                    + " SUM(CASE WHEN uitstroom AND year(tot) = jaar THEN 1 ELSE 0 END) AS uitstroom,"
                    + " AVG(CASE WHEN uitstroom AND year(tot) = jaar THEN date_diff('day', van, tot) + 1 END) AS gem_duur"
                    + " FROM (SELECT *, unnest(range(year(van), year(least(coalesce(tot, " + p + "), " + p + ")) + 1)) AS jaar"
                    + " FROM feit WHERE van <= " + p + ") GROUP BY ALL");
            s.execute("CREATE TEMP TABLE k AS SELECT d.jaar, d.gemeente_id, d.aanbieder_id, pr.productgroep_code, f.segment,"
                    + " SUM(d.bedrag_cent) AS kosten_cent FROM " + bron(lake, "declaratie_regel") + " d"
                    + " JOIN feit f ON f.indicatie_id = d.indicatie_id JOIN " + bron(lake, "product")
                    + " pr ON pr.code = d.product_code GROUP BY ALL");
            s.execute("CREATE TEMP TABLE dl AS SELECT year(e.datum) AS jaar, f.gemeente_id, f.aanbieder_id,"
                    + " f.productgroep_code, f.segment, COUNT(*) AS doelen_geevalueerd,"
                    + " SUM(CASE WHEN e.uitkomst = 'BEHAALD' THEN 1 ELSE 0 END) AS doelen_behaald"
                    + " FROM (SELECT * FROM " + bron(lake, "doel_evaluatie")
                    + " QUALIFY row_number() OVER (PARTITION BY doel_id ORDER BY datum DESC, id DESC) = 1) e"
                    + " JOIN " + bron(lake, "doel") + " g ON g.id = e.doel_id"
                    + " JOIN feit f ON f.indicatie_id = g.indicatie_id GROUP BY ALL");
            s.execute("CREATE TABLE duck_wh_indicator AS SELECT jaar, gemeente_id, aanbieder_id, productgroep_code, segment,"
                    + " COALESCE(a.clienten, 0)::BIGINT AS clienten, COALESCE(a.indicaties, 0)::BIGINT AS indicaties,"
                    + " COALESCE(a.instroom, 0)::BIGINT AS instroom, COALESCE(a.uitstroom, 0)::BIGINT AS uitstroom,"
                    + " round(a.gem_duur, 1)::DOUBLE AS gem_duur_dagen, COALESCE(k.kosten_cent, 0)::BIGINT AS kosten_cent,"
                    + " CASE WHEN COALESCE(a.clienten, 0) > 0 THEN round(COALESCE(k.kosten_cent, 0) / a.clienten)::BIGINT END"
                    + " AS kosten_per_client_cent, COALESCE(dl.doelen_geevalueerd, 0)::BIGINT AS doelen_geevalueerd,"
                    + " COALESCE(dl.doelen_behaald, 0)::BIGINT AS doelen_behaald,"
                    + " CASE WHEN COALESCE(dl.doelen_geevalueerd, 0) > 0 THEN round(dl.doelen_behaald / dl.doelen_geevalueerd, 4)"
                    + " END::DOUBLE AS aandeel_doelen_behaald"
                    + " FROM a FULL OUTER JOIN k USING (jaar, gemeente_id, aanbieder_id, productgroep_code, segment)"
                    + " FULL OUTER JOIN dl USING (jaar, gemeente_id, aanbieder_id, productgroep_code, segment)");
            s.execute("CREATE TABLE duck_wh_maand AS SELECT d.jaar, d.maand, d.gemeente_id, pr.productgroep_code,"
                    + " COUNT(DISTINCT f.client_id)::BIGINT AS clienten, SUM(d.volume)::BIGINT AS volume,"
                    + " SUM(d.bedrag_cent)::BIGINT AS kosten_cent FROM " + bron(lake, "declaratie_regel") + " d"
                    + " JOIN feit f ON f.indicatie_id = d.indicatie_id JOIN " + bron(lake, "product")
                    + " pr ON pr.code = d.product_code GROUP BY ALL");
            long t2 = System.nanoTime();
            System.out.printf("duckpass threads %d%n", threads);
            System.out.printf("duckpass open_s %.2f%n", (t1 - t0) / 1e9);
            System.out.printf("duckpass indicatoren_s %.2f {wh_indicator=%d, wh_maand=%d}%n", (t2 - t1) / 1e9,
                    count(s, "duck_wh_indicator"), count(s, "duck_wh_maand"));
            Path spark = Path.of(lake, "_bench");
            if (Files.isDirectory(spark.resolve("spark_wh_indicator")) && Files.isDirectory(spark.resolve("spark_wh_maand"))) {
                vergelijk(s, "wh_indicator", spark, "jaar, gemeente_id, aanbieder_id, productgroep_code, segment, clienten,"
                        + " indicaties, instroom, uitstroom, gem_duur_dagen::DOUBLE, kosten_cent, kosten_per_client_cent,"
                        + " doelen_geevalueerd, doelen_behaald, aandeel_doelen_behaald::DOUBLE");
                vergelijk(s, "wh_maand", spark, "jaar, maand, gemeente_id, productgroep_code, clienten, volume, kosten_cent");
            }
        }
    }

    static String bron(String lake, String naam) {
        Path dir = Path.of(lake, naam);
        return "read_parquet('" + dir + "/**/*.parquet', hive_partitioning = true, union_by_name = true)";
    }

    static long count(Statement s, String t) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows of DuckDB's result missing in Spark's and the other way round (EXCEPT ALL, NULL-safe). */
    static void vergelijk(Statement s, String t, Path spark, String kolommen) throws Exception {
        String sp = "read_parquet('" + spark.resolve("spark_" + t) + "/*.parquet')";
        long alleenDuck;
        long alleenSpark;
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (SELECT " + kolommen + " FROM duck_" + t
                + " EXCEPT ALL SELECT " + kolommen + " FROM " + sp + ")")) {
            rs.next();
            alleenDuck = rs.getLong(1);
        }
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (SELECT " + kolommen + " FROM " + sp
                + " EXCEPT ALL SELECT " + kolommen + " FROM duck_" + t + ")")) {
            rs.next();
            alleenSpark = rs.getLong(1);
        }
        System.out.printf("duckpass vergelijk_%s spark_rijen=%d alleen_duckdb=%d alleen_spark=%d%n", t,
                count(s, sp), alleenDuck, alleenSpark);
        if (alleenDuck + alleenSpark > 0) {
            try (ResultSet rs = s.executeQuery("SELECT " + kolommen + " FROM duck_" + t + " EXCEPT ALL SELECT "
                    + kolommen + " FROM " + sp + " LIMIT 5")) {
                while (rs.next()) {
                    StringBuilder b = new StringBuilder("duckpass   alleen duckdb:");
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        b.append(' ').append(rs.getString(i));
                    }
                    System.out.println(b);
                }
            }
        }
    }
}
