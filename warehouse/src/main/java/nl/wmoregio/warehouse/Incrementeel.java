package nl.wmoregio.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Incremental transforms (issue 20 point 2): when the extract re-read only year partitions of
 * sources whose partition year is the year of every result row they feed (a new month of
 * declarations, new CEO answers, meldingen, findings or quality scores), only those years and the
 * peildatum's year are transformed ({@link Job#transformeer(Map, LocalDate, Set)}); the rows of every
 * other year are copied from the active run into the new run in MariaDB ({@link #kopieer}), and the
 * usual switch ({@code RunStore.klaar}) then swaps the whole new run in atomically. Everything else
 * (an indicatie, client, goal evaluation or dimension changed, another peildatum year, no usable
 * previous run, {@code volledig=true}) is a full transform.
 *
 * <p>Why these sources only: an indicatie counts in every year it runs and a goal in the year of its
 * LAST evaluation, so a change there can move figures between years; the sources below feed only
 * the year of their own partition. The peildatum's year is always recomputed: indicaties running
 * "up to the peildatum" and uitstroom "ended on or before it" change with the date in that year only.
 */
public final class Incrementeel {

    /** Version of the transform definitions: a previous run by another version is never reused. */
    public static final String VERSIE = "transformversie 2026-12-02.2";

    /** Sources whose lake partition year is the result year of every row they feed. */
    public static final Set<String> JAARBRONNEN = Set.of("declaratie_regel", "ceo_antwoord", "melding", "bevinding",
            "kwaliteit_score");

    /** Result tables with a jaar column, whose other years are copied from the previous run. */
    public static final List<String> PER_JAAR = List.of("wh_indicator", "wh_aanbieder", "wh_maand", "wh_uitstroom",
            "wh_doorstroom", "wh_ceo", "wh_concentratie", "wh_zonder_clienten", "wh_clienten");

    /** What to transform: everything ({@code jaren} null) or only some years on top of {@code vorigeRun}. */
    public record Bereik(Long vorigeRun, Set<Integer> jaren, String reden) {
        public boolean volledig() {
            return jaren == null;
        }

        static Bereik volledig(String reden) {
            return new Bereik(null, null, reden);
        }
    }

    private Incrementeel() {
    }

    /**
     * The pure decision from what the extract did and the previous run.
     *
     * @param extract         per source what the extract re-read ({@link Extract#resultaten()})
     * @param vorigeRun       the active run, or null
     * @param vorigeVersie    whether the active run was made by this {@link #VERSIE}
     * @param vorigePeildatum the active run's peildatum, or null
     */
    public static Bereik bereik(boolean volledigGevraagd, Map<String, Extract.Resultaat> extract, Long vorigeRun,
            boolean vorigeVersie, LocalDate vorigePeildatum, LocalDate peildatum) {
        if (volledigGevraagd) {
            return Bereik.volledig("volledig=true");
        }
        if (vorigeRun == null || !vorigeVersie || vorigePeildatum == null) {
            return Bereik.volledig("geen bruikbare vorige run");
        }
        if (vorigePeildatum.getYear() != peildatum.getYear() || vorigePeildatum.isAfter(peildatum)) {
            return Bereik.volledig("peildatum in een ander jaar dan de vorige run");
        }
        Set<Integer> jaren = new TreeSet<>();
        jaren.add(peildatum.getYear());
        for (Map.Entry<String, Extract.Resultaat> e : extract.entrySet()) {
            Extract.Resultaat r = e.getValue();
            if ("ongewijzigd".equals(r.wijze())) {
                continue;
            }
            if (!"incrementeel".equals(r.wijze()) || !JAARBRONNEN.contains(e.getKey())) {
                return Bereik.volledig(e.getKey() + " " + r.wijze());
            }
            for (String key : r.herlezenPartities()) {
                String jaar = (key.startsWith("-") ? key.substring(1) : key).split("\\|", -1)[0];
                if (!jaar.matches("[0-9]{4}")) {
                    return Bereik.volledig(e.getKey() + " partitie zonder jaar");
                }
                jaren.add(Integer.valueOf(jaar));
            }
        }
        return new Bereik(vorigeRun, jaren, "alleen jaren " + jaren);
    }

    /** {@link #bereik} for this run: reads the active run (id, peildatum, version) from wh_run. */
    public static Bereik bereik(Config config, Map<String, Extract.Resultaat> extract) throws SQLException {
        try (Connection c = connect(config); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT r.id, r.parameters, r.log FROM wh_actief a JOIN wh_run r"
                        + " ON r.id = a.run_id WHERE a.id = 1 AND r.status = 'KLAAR'")) {
            if (!rs.next()) {
                return bereik(config.volledig(), extract, null, false, null, config.peildatum());
            }
            Matcher m = Pattern.compile("\"peildatum\":\"([0-9-]{10})\"").matcher(String.valueOf(rs.getString(2)));
            LocalDate peil = m.find() ? LocalDate.parse(m.group(1)) : null;
            boolean versie = String.valueOf(rs.getString(3)).contains(VERSIE);
            return bereik(config.volledig(), extract, rs.getLong(1), versie, peil, config.peildatum());
        }
    }

    /**
     * The scenario series of the years NOT transformed, from the previous run's wh_maand on the
     * current indeling (its huidige_gemeente_id), in the columns {@code Main.maandkosten} reads.
     */
    public static Dataset<Row> scenarioMaand(SparkSession spark, Config config, Bereik b) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = connect(config); PreparedStatement ps = c.prepareStatement("SELECT jaar, maand,"
                + " huidige_gemeente_id, productgroep_code, CAST(SUM(clienten) AS SIGNED), CAST(SUM(volume) AS SIGNED),"
                + " CAST(SUM(kosten_cent) AS SIGNED) FROM wh_maand WHERE run_id = ? AND jaar NOT IN (" + lijst(b.jaren())
                + ") GROUP BY jaar, maand, huidige_gemeente_id, productgroep_code")) {
            ps.setLong(1, b.vorigeRun());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(RowFactory.create(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7)));
                }
            }
        }
        return spark.createDataFrame(rows, StructType.fromDDL("jaar INT, maand INT, gemeente_id BIGINT,"
                + " productgroep_code STRING, clienten BIGINT, volume BIGINT, kosten_cent BIGINT"));
    }

    /**
     * Copies the rows of every year not transformed from the previous run into run {@code runId}
     * (server-side INSERT ... SELECT, one transaction), before the switch. Returns rows copied.
     */
    public static long kopieer(Config config, Bereik b, long runId) throws SQLException {
        if (b.volledig()) {
            return 0;
        }
        long n = 0;
        try (Connection c = connect(config)) {
            c.setAutoCommit(false);
            for (String t : PER_JAAR) {
                List<String> kolommen = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND table_name = ? AND column_name <> 'run_id'"
                        + " ORDER BY ordinal_position")) {
                    ps.setString(1, t);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            kolommen.add(rs.getString(1));
                        }
                    }
                }
                String k = String.join(", ", kolommen);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + " (run_id, " + k + ") SELECT ?, " + k
                        + " FROM " + t + " WHERE run_id = ? AND jaar NOT IN (" + lijst(b.jaren()) + ")")) {
                    ps.setLong(1, runId);
                    ps.setLong(2, b.vorigeRun());
                    n += ps.executeUpdate();
                }
            }
            c.commit();
        }
        return n;
    }

    private static String lijst(Set<Integer> jaren) {
        return jaren.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Connection connect(Config config) throws SQLException {
        return DriverManager.getConnection(config.plainJdbcUrl(), config.user(), config.password());
    }
}
