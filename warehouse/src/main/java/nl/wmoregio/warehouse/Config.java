package nl.wmoregio.warehouse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job's configuration, parsed once in {@link Main}. Sources, in order of precedence:
 * arguments ({@code --key=value} or {@code key=value}), system properties {@code wh.<key>},
 * environment ({@code WMO_DB_URL}, {@code WMO_DB_USER}, {@code WMO_DB_PASSWORD}), defaults.
 * The password is best passed through the environment (not visible in the process list).
 *
 * @param jdbcUrl     MariaDB URL, {@code jdbc:mariadb://host:port/db} (also accepted: jdbc:mysql)
 * @param lake        lake directory or URI (local path, hdfs://, s3a://)
 * @param master      Spark master; ignored when already set by spark-submit
 * @param scenarios   scenario ids to compute, empty = all active
 * @param runId       an AANGEVRAAGD run (requested from the web app) to execute, or null = new run
 * @param partitions  JDBC read partitions per large table
 * @param peildatum   reference date: indicaties ending after it are not uitstroom yet
 * @param tables      source tables to extract (names of {@link Bronnen}); empty = all
 * @param volledig    true: extract every source in full (ignore the lake's manifests); false:
 *                    re-read only the partitions whose fingerprint changed (see {@link Extract})
 */
public record Config(String jdbcUrl, String user, String password, String lake, String master,
        List<Long> scenarios, Long runId, int partitions, LocalDate peildatum, List<String> tables,
        String requestedBy, boolean volledig) {

    public static Config parse(String[] args) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String arg : args) {
            String a = arg.startsWith("--") ? arg.substring(2) : arg;
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Expected key=value, got: " + arg);
            }
            map.put(a.substring(0, eq), a.substring(eq + 1));
        }
        String url = value(map, "jdbc.url", "WMO_DB_URL", "jdbc:mariadb://127.0.0.1:3317/wmo");
        return new Config(url,
                // issue 16 M6: the warehouse's own account (reads operational tables, writes wh_*) when
                // configured; else the application's (one account for everything, as before)
                value(map, "jdbc.user", "WMO_WAREHOUSE_DB_USER", value(map, "jdbc.user", "WMO_DB_USER", "wmo")),
                value(map, "jdbc.password", "WMO_WAREHOUSE_DB_PASSWORD", value(map, "jdbc.password", "WMO_DB_PASSWORD", "wmo-dev")),
                value(map, "lake", "WH_LAKE", ".data/lake"),
                value(map, "master", "WH_MASTER", "local[*]"),
                ids(value(map, "scenarios", null, "")),
                runId(value(map, "run", null, "")),
                Integer.parseInt(value(map, "partitions", null, "4")),
                LocalDate.parse(value(map, "peildatum", null, LocalDate.now().toString())),
                list(value(map, "tables", null, "")),
                value(map, "requestedBy", "USER", "cli"),
                Boolean.parseBoolean(value(map, "volledig", "WH_VOLLEDIG", "false")));
    }

    private static String value(Map<String, String> args, String key, String env, String dflt) {
        if (args.containsKey(key)) {
            return args.get(key);
        }
        String prop = System.getProperty("wh." + key);
        if (prop != null) {
            return prop;
        }
        if (env != null && System.getenv(env) != null && !System.getenv(env).isBlank()) {
            return System.getenv(env);
        }
        return dflt;
    }

    /** Run id; {@code next} = pick up the oldest AANGEVRAAGD run ({@link #VOLGENDE}). */
    private static Long runId(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return "next".equals(s) ? VOLGENDE : Long.valueOf(s);
    }

    public static final long VOLGENDE = -1L;

    public Config withRunId(Long id) {
        return new Config(jdbcUrl, user, password, lake, master, scenarios, id, partitions, peildatum, tables,
                requestedBy, volledig);
    }

    private static List<Long> ids(String s) {
        List<Long> out = new ArrayList<>();
        for (String part : list(s)) {
            out.add(Long.valueOf(part));
        }
        return List.copyOf(out);
    }

    private static List<String> list(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /** The URL Spark gets: MySQL scheme (Spark's MySQL dialect) served by the MariaDB driver. */
    public String sparkJdbcUrl() {
        String rest = jdbcUrl.replaceFirst("^jdbc:(mariadb|mysql):", "");
        String sep = rest.contains("?") ? "&" : "?";
        return "jdbc:mysql:" + rest + (rest.contains("permitMysqlScheme") ? "" : sep + "permitMysqlScheme");
    }

    /** The URL for plain JDBC (run history, switch): the MariaDB scheme. */
    public String plainJdbcUrl() {
        return jdbcUrl.replaceFirst("^jdbc:mysql:", "jdbc:mariadb:").replaceAll("[?&]permitMysqlScheme", "");
    }

    /** The parameters as JSON for the run history: never the password. */
    public String toJson() {
        return "{\"jdbcUrl\":\"" + plainJdbcUrl().replace("\"", "") + "\",\"lake\":\"" + lake.replace("\"", "")
                + "\",\"master\":\"" + master + "\",\"scenarios\":" + scenarios + ",\"partitions\":" + partitions
                + ",\"peildatum\":\"" + peildatum + "\",\"tables\":\"" + String.join(",", tables) + "\",\"volledig\":" + volledig + "}";
    }
}
