package nl.wmoregio.warehouse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark settings of the job in ONE place (issue 20), used by {@link Main}, the benchmark's
 * LakePass and the cluster test, so every way of running measures the same engine:
 * <ul>
 * <li>adaptive query execution on: shuffle partitions start at {@code wh.shuffle} (default 2 per
 * core, at least 4) and are coalesced to ~16 MB each at run time, so a small region gets a few
 * tasks per stage and a national run gets more;</li>
 * <li>dimensions (gemeente, aanbieder, product) and other small sides are broadcast (up to 64 MB),
 * so the facts are never shuffled to meet them;</li>
 * <li>whole-stage code generation on (the default, set explicitly: the unit tests switch it off for
 * their tiny data);</li>
 * <li>Parquet: snappy, 128 MB row groups, files of at most 2M records, and a split size of 64 MB
 * when reading the lake;</li>
 * <li>the event log when {@code wh.eventlog} names a directory (stage timings per result set, see
 * docs/warehouse.md "Where the time goes").</li>
 * </ul>
 * Every key can be overridden with a system property of the same name ({@code -Dspark.…}); under
 * spark-submit the {@code --conf} values win (they are system properties by then).
 */
public final class SparkConfig {

    private SparkConfig() {
    }

    /** The settings, for the given number of cores (the local master's, or the cluster's default parallelism). */
    public static Map<String, String> instellingen(int cores) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("spark.ui.enabled", "false");
        m.put("spark.sql.shuffle.partitions", System.getProperty("wh.shuffle", String.valueOf(Math.max(4, 2 * cores))));
        m.put("spark.sql.adaptive.enabled", "true");
        m.put("spark.sql.adaptive.coalescePartitions.enabled", "true");
        m.put("spark.sql.adaptive.advisoryPartitionSizeInBytes", "16m");
        m.put("spark.sql.adaptive.coalescePartitions.minPartitionSize", "1m");
        m.put("spark.sql.adaptive.skewJoin.enabled", "true");
        m.put("spark.sql.autoBroadcastJoinThreshold", "64m");
        m.put("spark.sql.adaptive.autoBroadcastJoinThreshold", "64m");
        m.put("spark.sql.codegen.wholeStage", "true");
        m.put("spark.sql.parquet.compression.codec", "snappy");
        m.put("spark.sql.files.maxPartitionBytes", "64m");
        m.put("spark.sql.files.maxRecordsPerFile", "2000000");
        m.put("parquet.block.size", String.valueOf(128 * 1024 * 1024));
        m.put("spark.sql.sources.partitionOverwriteMode", "static");
        // a local run: no need to spill shuffle files over the network stack's defaults
        m.put("spark.shuffle.compress", "true");
        String eventLog = System.getProperty("wh.eventlog");
        if (eventLog != null && !eventLog.isBlank()) {
            m.put("spark.eventLog.enabled", "true");
            m.put("spark.eventLog.dir", eventLog);
            // one plain JSON file per application (Spark 4 otherwise rolls and compresses with zstd)
            m.put("spark.eventLog.rolling.enabled", "false");
            m.put("spark.eventLog.compress", "false");
        }
        return m;
    }

    /**
     * A session builder with {@link #instellingen}; the master is set only when spark-submit did not
     * set one ({@code spark.master} system property).
     */
    public static SparkSession.Builder builder(String appName, String master) {
        SparkSession.Builder b = SparkSession.builder().appName(appName);
        String gezet = System.getProperty("spark.master");
        String m = gezet != null ? gezet : master;
        for (Map.Entry<String, String> e : instellingen(cores(m)).entrySet()) {
            if (System.getProperty(e.getKey()) == null) {
                b = b.config(e.getKey(), e.getValue());
            }
        }
        return gezet == null ? b.master(master) : b;
    }

    /** Cores of a local master ({@code local[n]}, {@code local[*]}); for a cluster the JVM's (the driver's guess). */
    static int cores(String master) {
        if (master != null && master.startsWith("local[") && master.endsWith("]")) {
            String n = master.substring(6, master.length() - 1).split(",")[0];
            if (!"*".equals(n)) {
                try {
                    return Math.max(1, Integer.parseInt(n));
                } catch (NumberFormatException e) {
                    // fall through
                }
            }
        }
        if ("local".equals(master)) {
            return 1;
        }
        return Runtime.getRuntime().availableProcessors();
    }
}
