package nl.wmoregio.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Run history and the atomic switch, with plain JDBC (wh_run, wh_actief of Flyway V10). One run
 * at a time: a running job holds the MariaDB user lock {@link #SLOT} on a connection of its own
 * for its whole life. The server releases that lock when the process dies (kill -9, crash), so a
 * run still BEZIG while the lock is free was broken off: the next run marks it MISLUKT instead of
 * waiting for it forever. The web application checks the same lock (RunService).
 */
public final class RunStore implements AutoCloseable {

    /** Lock name; the database name is appended so two databases on one server don't block each other. */
    public static final String SLOT = "wmo_warehouse_run.";

    /** Every table the job writes (all have run_id). */
    public static final List<String> RESULTATEN = List.of("wh_dim_gemeente", "wh_dim_aanbieder", "wh_dim_product",
            "wh_dim_periode", "wh_indicator", "wh_aanbieder", "wh_maand", "wh_uitstroom", "wh_doorstroom", "wh_ceo",
            "wh_concentratie", "wh_zonder_clienten", "wh_projectie", "wh_projectie_budget",
            "wh_clienten", "wh_wachttijd"); // wh_clienten, wh_wachttijd: Flyway V50

    /** Results of this many runs (the newest KLAAR ones, the active one included) are kept; default 5. */
    public static final String BEWAAR = "WH_BEWAAR_RUNS";

    private final Config config;
    /** Holds the run lock while this job runs; closed (lock released) by klaar/mislukt/close. */
    private Connection slot;
    /** The server's id of {@link #slot}: the switch checks the lock is still held by it. */
    private long slotVerbinding = -1;

    public RunStore(Config config) {
        this.config = config;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(config.plainJdbcUrl(), config.user(), config.password());
    }

    /** Claims the requested run (config.runId) or creates one; fails when another run is busy. */
    public long start() throws SQLException {
        neemSlot();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT run_id FROM wh_actief WHERE id = 1 FOR UPDATE").close();
                // We hold the lock, so no other job lives: a run still BEZIG lost its process.
                s.executeUpdate("UPDATE wh_run SET status = 'MISLUKT', fase = NULL, klaar_op = NOW(3),"
                        + " log = CONCAT(COALESCE(log, ''), 'MISLUKT: afgebroken (het proces van deze run leeft niet meer)\\n'),"
                        + " version = version + 1 WHERE status = 'BEZIG'");
            }
            long id;
            Timestamp nu = Timestamp.from(Instant.now());
            if (config.runId() != null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE wh_run SET status = 'BEZIG', gestart_op = ?,"
                        + " parameters = ?, version = version + 1 WHERE id = ? AND status = 'AANGEVRAAGD'")) {
                    ps.setTimestamp(1, nu);
                    ps.setString(2, config.toJson());
                    ps.setLong(3, config.runId());
                    if (ps.executeUpdate() != 1) {
                        c.rollback();
                        throw new IllegalStateException("Run " + config.runId() + " is not AANGEVRAAGD");
                    }
                }
                id = config.runId();
            } else {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO wh_run (status, aangevraagd_door,"
                        + " aangevraagd_op, gestart_op, scenario_ids, parameters) VALUES ('BEZIG', ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, config.requestedBy());
                    ps.setTimestamp(2, nu);
                    ps.setTimestamp(3, nu);
                    ps.setString(4, config.scenarios().isEmpty() ? null : String.join(",",
                            config.scenarios().stream().map(String::valueOf).toList()));
                    ps.setString(5, config.toJson());
                    ps.executeUpdate();
                    try (ResultSet rs = ps.getGeneratedKeys()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
            }
            c.commit();
            return id;
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void neemSlot() throws SQLException {
        slot = connect();
        try (Statement s = slot.createStatement();
                ResultSet rs = s.executeQuery("SELECT GET_LOCK(CONCAT('" + SLOT + "', DATABASE()), 0), CONNECTION_ID()")) {
            if (rs.next() && rs.getInt(1) == 1) {
                slotVerbinding = rs.getLong(2);
                return;
            }
        }
        close();
        throw new IllegalStateException("Another warehouse run is still running; one run at a time");
    }

    /** Releases the run lock (idempotent); the process ending releases it too. */
    @Override
    public void close() {
        if (slot != null) {
            try {
                slot.close();
            } catch (SQLException e) {
                System.err.println("run lock connection not closed: " + e.getMessage());
            }
            slot = null;
            slotVerbinding = -1;
        }
    }

    /** How many runs keep their results: {@code wh.bewaar} / {@value #BEWAAR}, at least 1, default 5. */
    public static int bewaarRuns() {
        String v = System.getProperty("wh.bewaar", System.getenv(BEWAAR));
        try {
            return v == null || v.isBlank() ? 5 : Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    /** Oldest AANGEVRAAGD run, or null (the CLI's pick-up mode). */
    public Long oudsteAanvraag() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM wh_run WHERE status = 'AANGEVRAAGD' ORDER BY id LIMIT 1")) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /** Set by a stopping worker: the next phase change ends the run (MISLUKT) instead of going on. */
    private volatile String afgebroken;

    /** Ends the run at its next phase change (a stopping worker; Spark jobs are cancelled meanwhile). */
    public void breekAf(String reden) {
        afgebroken = reden;
    }

    public void fase(long runId, String fase, String logregel) {
        if (afgebroken != null) {
            throw new IllegalStateException("afgebroken: " + afgebroken);
        }
        update(runId, "UPDATE wh_run SET fase = ?, log = CONCAT(COALESCE(log, ''), ?) WHERE id = ?", fase, logregel);
    }

    public void log(long runId, String logregel) {
        update(runId, "UPDATE wh_run SET log = CONCAT(COALESCE(log, ''), ?) WHERE id = ?", null, logregel);
    }

    private void update(long runId, String sql, String fase, String regel) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (fase != null) {
                ps.setString(i++, fase);
            }
            ps.setString(i++, regel + "\n");
            ps.setLong(i, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            System.err.println("run log not written: " + e.getMessage());
        }
    }

    /**
     * The switch: in ONE transaction the active run becomes this run and the run KLAAR; the rows
     * of runs other than the newest {@link #bewaarRuns()} KLAAR runs (this one included) are
     * removed. Readers see either the old or the new results. Refused (nothing changes) unless
     * the run is still BEZIG and this store still holds the run lock on its own connection: after
     * a lost lock connection another run may have started, and two runs must never both switch.
     */
    public void klaar(long runId, String invoerJson, long extractMs, long transformMs, long loadMs) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT run_id FROM wh_actief WHERE id = 1 FOR UPDATE").close();
                controleerSlot(c, runId);
                s.executeUpdate("UPDATE wh_actief SET run_id = " + runId + " WHERE id = 1");
                List<Long> bewaar = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT id FROM wh_run WHERE status = 'KLAAR' OR id = " + runId
                        + " ORDER BY id DESC LIMIT " + bewaarRuns())) {
                    while (rs.next()) {
                        bewaar.add(rs.getLong(1));
                    }
                }
                String in = String.join(",", bewaar.stream().map(String::valueOf).toList());
                for (String t : RESULTATEN) {
                    s.executeUpdate("DELETE FROM " + t + " WHERE run_id NOT IN (" + in + ")");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE wh_run SET status = 'KLAAR', fase = NULL,"
                    + " klaar_op = NOW(3), invoer_rijen = ?, duur_extract_ms = ?, duur_transform_ms = ?,"
                    + " duur_load_ms = ?, version = version + 1 WHERE id = ?")) {
                ps.setString(1, invoerJson);
                ps.setLong(2, extractMs);
                ps.setLong(3, transformMs);
                ps.setLong(4, loadMs);
                ps.setLong(5, runId);
                ps.executeUpdate();
            }
            c.commit();
        } finally {
            close();
        }
    }

    /** Issue 16 L1: the run is BEZIG (row locked until the switch commits) and its lock is still ours. */
    private void controleerSlot(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status, IS_USED_LOCK(CONCAT('" + SLOT
                + "', DATABASE())) FROM wh_run WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                String status = rs.next() ? rs.getString(1) : null;
                if (!"BEZIG".equals(status)) {
                    c.rollback();
                    throw new IllegalStateException("Run " + runId + " is not BEZIG any more (status " + status
                            + "): results not switched");
                }
                long houder = rs.getLong(2);
                if (slot == null || rs.wasNull() || houder != slotVerbinding) {
                    c.rollback();
                    throw new IllegalStateException("Run " + runId + " lost its run lock (connection lost):"
                            + " results not switched");
                }
            }
        }
    }

    /** A failed run: its rows go, the previous results stay active. */
    public void mislukt(long runId, String melding) {
        if (afgebroken != null && !melding.startsWith("afgebroken")) {
            melding = "afgebroken: " + afgebroken + " (" + melding + ")";
        }
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String t : RESULTATEN) {
                    s.executeUpdate("DELETE FROM " + t + " WHERE run_id = " + runId);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE wh_run SET status = 'MISLUKT', klaar_op = NOW(3),"
                    + " log = CONCAT(COALESCE(log, ''), ?), version = version + 1 WHERE id = ?")) {
                ps.setString(1, "MISLUKT: " + melding + "\n");
                ps.setLong(2, runId);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            System.err.println("could not mark run " + runId + " as failed: " + e.getMessage());
        } finally {
            close();
        }
    }

    /** Scenarios to compute: the given ids, or all active ones (with their risks and budget key). */
    public List<Scenarios.Scenario> scenarios(List<Long> ids) throws SQLException {
        List<Scenarios.Scenario> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            Map<Long, Map<Long, Double>> sleutels = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT scenario_id, gemeente_id, aandeel FROM wh_verdeelsleutel")) {
                while (rs.next()) {
                    sleutels.computeIfAbsent(rs.getLong(1), x -> new HashMap<>()).put(rs.getLong(2), rs.getDouble(3));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, naam, horizon_jaren, groei_18_64_pct, groei_65_74_pct,"
                    + " groei_75_84_pct, groei_85_plus_pct, abonnement_hv_pct, reele_kostprijs_hv_pct,"
                    + " cao_indexatie_pct, doordecentralisatie_bw_pct, extramuralisering_pct,"
                    + " jongeren_dagbesteding_pct, actief, vergrijzing_prognose, verdeelmodel_ingroei_pct,"
                    + " verdeelmodel_regio_pct, wlz_uitstroom_bw_pct, wlz_korting_bw_pct, capaciteit_groei_pct,"
                    + " extra_vraag_pct, resultaat_uren_pct FROM wh_scenario ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (ids.isEmpty() ? !rs.getBoolean(14) : !ids.contains(id)) {
                        continue;
                    }
                    double cap = rs.getDouble(20);
                    Double capaciteit = rs.wasNull() ? null : cap;
                    Scenarios.Risicos risicos = new Scenarios.Risicos(rs.getBoolean(15), rs.getDouble(16), rs.getDouble(17),
                            sleutels.getOrDefault(id, Map.of()), rs.getDouble(18), rs.getDouble(19), capaciteit,
                            rs.getDouble(21), rs.getDouble(22));
                    out.add(new Scenarios.Scenario(id, rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getDouble(5),
                            rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10),
                            rs.getDouble(11), rs.getDouble(12), rs.getDouble(13), risicos));
                }
            }
        }
        return out;
    }

    /** The population prognosis (wh_bevolking) per gemeente, year and band. */
    public Scenarios.Prognose prognose() throws SQLException {
        Map<Long, NavigableMap<Integer, Map<String, Long>>> out = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT gemeente_id, jaar, leeftijdsklasse, inwoners FROM wh_bevolking")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), x -> new TreeMap<>()).computeIfAbsent(rs.getInt(2), x -> new HashMap<>())
                        .put(rs.getString(3), rs.getLong(4));
            }
        }
        return new Scenarios.Prognose(out);
    }

    /** The scenario ids stored with a (requested) run; empty = all active. */
    public List<Long> gevraagdeScenarios(long runId) throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement("SELECT scenario_ids FROM wh_run WHERE id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Long> out = new ArrayList<>();
                if (rs.next() && rs.getString(1) != null) {
                    for (String p : rs.getString(1).split(",")) {
                        if (!p.isBlank()) {
                            out.add(Long.valueOf(p.strip()));
                        }
                    }
                }
                return out;
            }
        }
    }

    public Map<Long, NavigableMap<Integer, Long>> budgetten() throws SQLException {
        Map<Long, NavigableMap<Integer, Long>> out = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT gemeente_id, jaar, budget_cent FROM wh_budget")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), x -> new TreeMap<>()).put(rs.getInt(2), rs.getLong(3));
            }
        }
        return out;
    }
}
