package nl.wmoregio.warehouse;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
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
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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
    private final Set<String> overgeslagen = java.util.Collections.synchronizedSortedSet(new TreeSet<>());
    /** Sources whose table exists but is empty: Parquet then holds no file to read a schema from. */
    private final Set<String> leeg = java.util.Collections.synchronizedSortedSet(new TreeSet<>());

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

    /**
     * What the extract did with one source: rows in the lake afterwards, how many partitions it
     * re-read of how many, and why (volledig, incrementeel, ongewijzigd).
     */
    public record Resultaat(long rijen, String wijze, int herlezen, int partities, List<String> herlezenPartities) {
        public String samenvatting() {
            return wijze + " " + herlezen + "/" + partities;
        }
    }

    private final Map<String, Resultaat> resultaten = new LinkedHashMap<>();

    /** Per extracted source what was re-read (after {@link #run()}). */
    public Map<String, Resultaat> resultaten() {
        return java.util.Collections.unmodifiableMap(resultaten);
    }

    /**
     * Extracts every chosen source; returns rows in the lake per source (skipped sources absent).
     *
     * <p>Incremental: per source a fingerprint per lake partition is computed in MariaDB (row count
     * and the sum of a CRC32 over all extracted columns of each row, so inserts, deletes and updates
     * of any extracted column show) and compared with the manifest the previous extract left in
     * the lake. Only new or changed partitions are read (JDBC with a WHERE on the partition) and
     * overwritten (dynamic partition overwrite), vanished partitions are deleted, an unchanged source
     * is not read at all. A missing or corrupt manifest, a changed source definition, a missing lake
     * directory or {@code volledig=true} make it a full extract. The manifest is removed before and
     * written after the lake is changed, so an interrupted extract leads to a full one next time.
     */
    public Map<String, Long> run() throws SQLException, IOException {
        Map<String, Long> rijen = new LinkedHashMap<>();
        List<Bronnen.Bron> teDoen = new ArrayList<>();
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
                teDoen.add(b);
            }
        }
        // Sources side by side (each on its own connection): a small source costs a few Spark jobs of
        // fixed overhead, which overlap instead of adding up; the big ones split on their id anyway.
        int threads = Math.max(1, Integer.getInteger("wh.extract.threads", 3));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            Map<String, java.util.concurrent.Future<Resultaat>> futures = new LinkedHashMap<>();
            for (Bronnen.Bron b : teDoen) {
                futures.put(b.naam(), pool.submit(() -> verwerk(b)));
            }
            for (Map.Entry<String, java.util.concurrent.Future<Resultaat>> e : futures.entrySet()) {
                Resultaat r = e.getValue().get();
                resultaten.put(e.getKey(), r);
                rijen.put(e.getKey(), r.rijen());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extract interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof SQLException q) {
                throw q;
            }
            if (t instanceof IOException io) {
                throw io;
            }
            throw t instanceof RuntimeException r ? r : new IllegalStateException(t);
        } finally {
            pool.shutdownNow();
        }
        return rijen;
    }

    /** One source: fingerprint, compare with the manifest, read what changed, write the manifest. */
    private Resultaat verwerk(Bronnen.Bron b) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(config.plainJdbcUrl(), config.user(), config.password())) {
            long t0 = System.nanoTime();
            Manifest nu = vingerafdruk(c, b);
            Manifest oud = config.volledig() ? null : leesManifest(b);
            String reden = config.volledig() ? "volledig=true" : oud == null ? "geen geldig manifest"
                    : !oud.definitie().equals(nu.definitie()) ? "bron gewijzigd" : null;
            Resultaat r;
            if (reden != null) {
                verwijderManifest(b);
                schrijf(lees(c, b, b.select()), b, false);
                long n = leesTerug(b);
                r = new Resultaat(n, "volledig", nu.partities().size(), nu.partities().size(), List.of("*"));
                schrijfManifest(b, nu);
                log.accept(String.format("extract: %s volledig (%s): %d rijen, %d partities in %d ms", b.naam(),
                        reden, n, nu.partities().size(), ms(t0)));
            } else {
                Manifest.Verschil v = oud.verschil(nu);
                if (v.leeg()) {
                    // the manifest's counts are the lake's rows: no need to touch the lake
                    long n = nu.partities().values().stream().mapToLong(f -> Long.parseLong(f.split(":")[0])).sum();
                    if (n == 0) {
                        leeg.add(b.naam());
                    }
                    r = new Resultaat(n, "ongewijzigd", 0, nu.partities().size(), List.of());
                    log.accept(String.format("extract: %s ongewijzigd (%d partities), niet gelezen; %d rijen in %d ms",
                            b.naam(), nu.partities().size(), n, ms(t0)));
                } else {
                    verwijderManifest(b);
                    if (!b.gepartitioneerd()) {
                        schrijf(lees(c, b, b.select()), b, false);
                    } else {
                        if (!v.gewijzigd().isEmpty()) {
                            schrijf(lees(c, b, gefilterd(b, v.gewijzigd())), b, true);
                        }
                        for (String k : v.verdwenen()) {
                            verwijderPartitie(b, k);
                        }
                    }
                    long n = leesTerug(b);
                    List<String> herlezen = new ArrayList<>(v.gewijzigd());
                    v.verdwenen().forEach(k -> herlezen.add("-" + k));
                    r = new Resultaat(n, "incrementeel", v.gewijzigd().size(), nu.partities().size(), herlezen);
                    schrijfManifest(b, nu);
                    log.accept(String.format("extract: %s incrementeel: %d van %d partities herlezen %s%s; %d rijen in %d ms",
                            b.naam(), v.gewijzigd().size(), nu.partities().size(), v.gewijzigd(),
                            v.verdwenen().isEmpty() ? "" : ", verdwenen " + v.verdwenen(), n, ms(t0)));
                }
            }
            return r;
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private void schrijf(Dataset<Row> df, Bronnen.Bron b, boolean alleenDezePartities) {
        if (b.gepartitioneerd()) {
            // one writer per lake partition: without this every JDBC read partition writes a small
            // file into every year/month directory (4 x 36 files for the declarations of a region)
            df = df.repartition(b.partitie().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
        }
        var writer = df.write().mode(SaveMode.Overwrite);
        if (b.gepartitioneerd()) {
            writer = writer.partitionBy(b.partitie().toArray(String[]::new))
                    .option("partitionOverwriteMode", alleenDezePartities ? "dynamic" : "static");
        }
        writer.parquet(pad(b));
    }

    /**
     * The fingerprint per partition, computed in MariaDB: COUNT(*) and SUM(CRC32(all columns)).
     * Only the small result (one row per partition) crosses the network.
     */
    Manifest vingerafdruk(Connection c, Bronnen.Bron b) throws SQLException {
        StructType schema = StructType.fromDDL(b.schema());
        StringBuilder crc = new StringBuilder("CONCAT_WS('|'");
        for (StructField f : schema.fields()) {
            crc.append(", IFNULL(CAST(x.").append(f.name()).append(" AS CHAR), '<null>')");
        }
        crc.append(')');
        String p = b.partitie().stream().map(k -> "x." + k).collect(java.util.stream.Collectors.joining(", "));
        String sql = "SELECT " + (p.isEmpty() ? "" : p + ", ") + "COUNT(*), SUM(CRC32(" + crc + ")) FROM ("
                + b.select() + ") AS x" + (p.isEmpty() ? "" : " GROUP BY " + p);
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = b.partitie().size();
            while (rs.next()) {
                StringBuilder key = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    String v = rs.getString(i);
                    key.append(i > 1 ? "|" : "").append(v == null ? Manifest.NULL : v);
                }
                out.put(n == 0 ? Manifest.ALLES : key.toString(), rs.getLong(n + 1) + ":" + rs.getString(n + 2));
            }
        }
        return new Manifest(Manifest.definitie(b), out);
    }

    /** The source's select restricted to the given partitions. */
    static String gefilterd(Bronnen.Bron b, List<String> partities) {
        StringBuilder where = new StringBuilder();
        for (String key : partities) {
            String[] waarden = key.split("\\|", -1);
            where.append(where.length() == 0 ? "" : " OR ").append('(');
            for (int i = 0; i < b.partitie().size(); i++) {
                String kolom = "x." + b.partitie().get(i);
                where.append(i > 0 ? " AND " : "");
                if (Manifest.NULL.equals(waarden[i])) {
                    where.append(kolom).append(" IS NULL");
                } else if (waarden[i].matches("-?[0-9]+")) {
                    where.append(kolom).append(" = ").append(waarden[i]);
                } else {
                    where.append(kolom).append(" = '").append(waarden[i].replace("\\", "\\\\").replace("'", "''")).append('\'');
                }
            }
            where.append(')');
        }
        return "SELECT * FROM (" + b.select() + ") AS x WHERE " + where;
    }

    private FileSystem fs() throws IOException {
        return new Path(config.lake()).getFileSystem(spark.sparkContext().hadoopConfiguration());
    }

    private Path manifestPad(Bronnen.Bron b) {
        return new Path(config.lake() + "/_manifest/" + b.naam() + ".properties");
    }

    /** The manifest of the source in the lake, null when absent, corrupt or the source's data is gone. */
    Manifest leesManifest(Bronnen.Bron b) {
        try {
            FileSystem fs = fs();
            if (!fs.exists(manifestPad(b)) || !fs.exists(new Path(pad(b)))) {
                return null;
            }
            try (var in = fs.open(manifestPad(b))) {
                return Manifest.lees(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void schrijfManifest(Bronnen.Bron b, Manifest m) throws IOException {
        try (var out = fs().create(manifestPad(b), true)) {
            out.write(m.alsTekst().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private void verwijderManifest(Bronnen.Bron b) throws IOException {
        try {
            FileSystem fs = fs();
            if (fs.exists(manifestPad(b))) {
                fs.delete(manifestPad(b), false);
            }
        } catch (org.apache.hadoop.fs.ParentNotDirectoryException e) {
            // the lake is not a directory: the write that follows fails with the real message
        }
    }

    private void verwijderPartitie(Bronnen.Bron b, String key) throws IOException {
        String[] waarden = key.split("\\|", -1);
        StringBuilder p = new StringBuilder(pad(b));
        for (int i = 0; i < b.partitie().size(); i++) {
            p.append('/').append(b.partitie().get(i)).append('=')
                    .append(Manifest.NULL.equals(waarden[i]) ? "__HIVE_DEFAULT_PARTITION__" : waarden[i]);
        }
        fs().delete(new Path(p.toString()), true);
    }

    private Dataset<Row> lees(Connection c, Bronnen.Bron b, String select) throws SQLException {
        DataFrameReader reader = spark.read().format("jdbc")
                .option("url", config.sparkJdbcUrl())
                .option("driver", "org.mariadb.jdbc.Driver")
                .option("user", config.user())
                .option("password", config.password())
                .option("fetchsize", "10000")
                .option("dbtable", "(" + select + ") AS bron_" + b.naam());
        if (b.splitKolom() != null) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT MIN(" + b.splitKolom() + "), MAX(" + b.splitKolom()
                            + "), COUNT(*) FROM (" + select + ") AS y")) {
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
