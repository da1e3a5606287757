package nl.wmoregio.warehouse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** One local SparkSession for every test class in the JVM (session start costs seconds). */
final class SparkTests {

    private static SparkSession spark;

    private SparkTests() {
    }

    static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("wh-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "1")
                    .config("spark.default.parallelism", "1")
                    // tiny data: compiling generated code costs more than it saves
                    .config("spark.sql.codegen.wholeStage", "false")
                    .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                    .config("spark.sql.adaptive.enabled", "false")
                    .getOrCreate();
        }
        return spark;
    }

    static Dataset<Row> df(String ddl, Object[]... rows) {
        List<Row> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(RowFactory.create(r));
        }
        return spark().createDataFrame(list, StructType.fromDDL(ddl));
    }

    /** The rows of the given columns as "a|b|c", sorted: easy to compare with hand-computed rows. */
    static List<String> rows(Dataset<Row> ds, String... cols) {
        Dataset<Row> sel = cols.length == 0 ? ds : ds.selectExpr(cols);
        return sel.collectAsList().stream()
                .map(r -> Arrays.stream(toArray(r)).map(String::valueOf).collect(Collectors.joining("|")))
                .sorted().toList();
    }

    private static Object[] toArray(Row r) {
        Object[] out = new Object[r.length()];
        for (int i = 0; i < r.length(); i++) {
            out[i] = r.get(i);
        }
        return out;
    }

    static java.sql.Date d(String iso) {
        return java.sql.Date.valueOf(iso);
    }
}
