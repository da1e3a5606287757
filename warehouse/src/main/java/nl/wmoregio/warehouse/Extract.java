package nl.wmoregio.warehouse;

import static org.apache.spark.sql.functions.col;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Extract: each source of {@link Bronnen} with a partitioned JDBC read (split on its id) of only
 * its declared columns, landed as Parquet under {@code lake/<naam>}, partitioned by year where
 * the source has one. A missing optional table is skipped and read as empty.
 */
public final class Extract {

    private final SparkSession spark;
    private final Config config;
    private final Consumer<String> log;
    private final Set<String> overgeslagen = new TreeSet<>();
    /** Sources whose table exists but is empty: Parquet then holds no file to read a schema from. */
    private final Set<String> leeg = new TreeSet<>();

    public Extract(SparkSession spark, Config config, Consumer<String> log) {
        this.spark = spark;
        this.config = config;
        this.log = log;
    }

    public static List<Bronnen.Bron> gekozen(Config config) {
        if (config.tables().isEmpty()) {
            return Bronnen.ALLE;
        }
        List<Bronnen.Bron> out = new ArrayList<>();
        for (Bronnen.Bron b : Bronnen.ALLE) {
            if (config.tables().contains(b.naam()) || b.verplicht()) {
                out.add(b);
            }
        }
        return out;
    }

    /** Extracts every chosen source; returns rows landed per source (skipped sources absent). */
    public Map<String, Long> run() throws SQLException {
        Map<String, Long> rijen = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(config.plainJdbcUrl(), config.user(), config.password())) {
            for (Bronnen.Bron b : Bronnen.ALLE) {
                if (!gekozen(config).contains(b) || !bestaat(c, b.tabel())) {
                    if (b.verplicht()) {
                        throw new IllegalStateException("Source table missing: " + b.tabel());
                    }
                    overgeslagen.add(b.naam());
                    log.accept("extract: " + b.naam() + " overgeslagen (tabel " + b.tabel() + " ontbreekt of niet gekozen)");
                    continue;
                }
                long t0 = System.nanoTime();
                Dataset<Row> df = lees(c, b);
                var writer = df.write().mode(SaveMode.Overwrite);
                if (b.jaarKolom() != null) {
                    writer = writer.partitionBy(b.jaarKolom());
                }
                writer.parquet(pad(b));
                long n = leesTerug(b);
                rijen.put(b.naam(), n);
                log.accept(String.format("extract: %s %d rijen in %d ms", b.naam(), n, (System.nanoTime() - t0) / 1_000_000));
            }
        }
        return rijen;
    }

    private Dataset<Row> lees(Connection c, Bronnen.Bron b) throws SQLException {
        DataFrameReader reader = spark.read().format("jdbc")
                .option("url", config.sparkJdbcUrl())
                .option("driver", "org.mariadb.jdbc.Driver")
                .option("user", config.user())
                .option("password", config.password())
                .option("fetchsize", "10000")
                .option("dbtable", "(" + b.select() + ") AS bron_" + b.naam());
        if (b.splitKolom() != null) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT MIN(" + b.splitKolom() + "), MAX(" + b.splitKolom()
                            + "), COUNT(*) FROM (" + b.select() + ") AS x")) {
                rs.next();
                long count = rs.getLong(3);
                if (count > 50_000) {
                    reader = reader.option("partitionColumn", b.splitKolom())
                            .option("lowerBound", rs.getLong(1))
                            .option("upperBound", rs.getLong(2) + 1)
                            .option("numPartitions", config.partitions());
                }
            }
        }
        return conform(reader.load(), b);
    }

    /** Casts to the declared schema (the JDBC dialect's types vary: SMALLINT, TINYINT, DECIMAL). */
    static Dataset<Row> conform(Dataset<Row> df, Bronnen.Bron b) {
        StructType schema = StructType.fromDDL(b.schema());
        List<Column> cols = new ArrayList<>();
        for (StructField f : schema.fields()) {
            cols.add(col(f.name()).cast(f.dataType()).as(f.name()));
        }
        return df.select(cols.toArray(Column[]::new));
    }

    private String pad(Bronnen.Bron b) {
        return config.lake() + "/" + b.naam();
    }

    static boolean bestaat(Connection c, String tabel) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, tabel, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private long leesTerug(Bronnen.Bron b) {
        try {
            return spark.read().parquet(pad(b)).count();
        } catch (Exception e) { // Spark's AnalysisException is checked in Java's eyes but thrown undeclared
            if (String.valueOf(e.getMessage()).contains("UNABLE_TO_INFER_SCHEMA")) {
                leeg.add(b.naam());
                return 0;
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e);
        }
    }

    /** The sources as read back from the lake (empty with the declared schema when skipped). */
    public Map<String, Dataset<Row>> uitMeer() {
        Map<String, Dataset<Row>> out = new LinkedHashMap<>();
        for (Bronnen.Bron b : Bronnen.ALLE) {
            StructType schema = StructType.fromDDL(b.schema());
            if (overgeslagen.contains(b.naam()) || leeg.contains(b.naam())) {
                out.put(b.naam(), spark.createDataFrame(List.of(), schema));
            } else {
                out.put(b.naam(), conform(spark.read().parquet(pad(b)), b));
            }
        }
        return out;
    }
}
