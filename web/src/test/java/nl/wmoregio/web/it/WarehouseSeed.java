package nl.wmoregio.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Results of one warehouse run, written straight into the wh_ tables (the Spark job itself is
 * tested in the warehouse module): two demo gemeenten (Oss, Bernheze) in the year 2031, which
 * no other test uses, and for the merger view in 2060 a gemeente that merged into Oss
 * ("Oud-Oss", a snapshot id that exists only in the warehouse). Idempotent per database; a
 * REAL run (WarehouseSchermenIT starts one) replaces the active results, so {@link #ensure()}
 * puts the seeded run back in place when it is no longer the active one.
 */
final class WarehouseSeed {

    static long oss;
    static long bernheze;
    static long aanbieder1;
    static long aanbieder2;
    static long run;
    /**
     * The merged gemeente of the 2060 rows: a warehouse snapshot id, not in the gemeente table. Not
     * 11-proef-valid (990000060 was, and the data-class check of the role matrix rightly took it for a BSN).
     */
    static final long OUD_OSS = 990_000_061L;
    /** Every table the seed writes. */
    private static final String[] TABELLEN = {"wh_dim_gemeente", "wh_dim_aanbieder", "wh_dim_product", "wh_indicator",
        "wh_maand", "wh_aanbieder", "wh_doorstroom", "wh_projectie_budget"};

    private WarehouseSeed() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("wmo.db.url"), System.getProperty("wmo.db.user"),
                System.getProperty("wmo.db.password"));
    }

    static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static synchronized void ensure() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            oss = one(s, "SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
            bernheze = one(s, "SELECT id FROM gemeente WHERE cbs_code = 'GM1721'");
            aanbieder1 = one(s, "SELECT MIN(id) FROM aanbieder");
            aanbieder2 = one(s, "SELECT MIN(id) FROM aanbieder WHERE id > " + aanbieder1);
            if (one(s, "SELECT COUNT(*) FROM wh_run WHERE aangevraagd_door = 'it-seed'") == 0) {
                s.executeUpdate("INSERT INTO wh_run (status, aangevraagd_door, aangevraagd_op, gestart_op, klaar_op,"
                        + " duur_extract_ms, duur_transform_ms, duur_load_ms, log) VALUES ('KLAAR', 'it-seed', NOW(3), NOW(3),"
                        + " NOW(3), 1000, 2000, 300, 'run door de web-IT klaargezet\n')");
            }
            run = one(s, "SELECT MAX(id) FROM wh_run WHERE aangevraagd_door = 'it-seed'");
            long r = run;
            boolean actief = one(s, "SELECT COALESCE(run_id, 0) FROM wh_actief WHERE id = 1") == r;
            if (actief && one(s, "SELECT COUNT(*) FROM wh_indicator WHERE run_id = " + r + " AND jaar IN (2031, 2060)") == 4) {
                return;
            }
            for (String tabel : TABELLEN) {
                s.executeUpdate("DELETE FROM " + tabel + " WHERE run_id = " + r);
            }
            s.executeUpdate("UPDATE wh_actief SET run_id = " + r + " WHERE id = 1");
            s.executeUpdate("INSERT INTO wh_dim_gemeente VALUES (" + r + ", " + oss + ", 'GM0828', 'Oss', NULL, NULL, " + oss
                    + "), (" + r + ", " + bernheze + ", 'GM1721', 'Bernheze', NULL, NULL, " + bernheze + "), (" + r + ", " + OUD_OSS
                    + ", 'GM9960', 'Oud-Oss', '2000-01-01', '2059-12-31', " + oss + ")");
            s.executeUpdate("INSERT INTO wh_dim_aanbieder SELECT " + r + ", id, naam, status FROM aanbieder WHERE id IN ("
                    + aanbieder1 + ", " + aanbieder2 + ")");
            s.executeUpdate("INSERT INTO wh_dim_product VALUES (" + r + ", 'X01', 'Huishoudelijke hulp', 'HV',"
                    + " 'Huishoudelijke verzorging', '01', 'OUTPUT'), (" + r + ", 'X02', 'Begeleiding', 'BI',"
                    + " 'Begeleiding individueel', '02', 'INSPANNING')");
            s.executeUpdate("INSERT INTO wh_indicator VALUES (" + r + ", 2031, " + oss + ", " + aanbieder1
                    + ", 'HV', '1A', 10, 12, 3, 2, 200.0, 500000, 50000, 4, 3, 0.75, " + oss + "), (" + r + ", 2031, " + bernheze + ", "
                    + aanbieder2 + ", 'BI', '2', 5, 5, 1, 1, 100.0, 300000, 60000, 2, 1, 0.5, " + bernheze + ")");
            // merger view (2060): Oss 4 clients / 200000 cent, Oud-Oss (merged into Oss) 6 clients / 400000 cent
            s.executeUpdate("INSERT INTO wh_indicator VALUES (" + r + ", 2060, " + oss + ", " + aanbieder1
                    + ", 'HV', '1A', 4, 4, 1, 1, 100.0, 200000, 50000, 2, 1, 0.5, " + oss + "), (" + r + ", 2060, " + OUD_OSS + ", "
                    + aanbieder1 + ", 'HV', '1A', 6, 6, 2, 3, 200.0, 400000, 66667, 2, 2, 1.0, " + oss + ")");
            s.executeUpdate("INSERT INTO wh_maand VALUES (" + r + ", 2031, 1, " + oss + ", 'HV', 10, 40, 40000, " + oss + "), (" + r
                    + ", 2031, 2, " + oss + ", 'HV', 10, 40, 42000, " + oss + "), (" + r + ", 2031, 1, " + bernheze
                    + ", 'BI', 5, 20, 25000, " + bernheze + ")");
            s.executeUpdate("INSERT INTO wh_aanbieder VALUES (" + r + ", 2031, " + oss + ", " + aanbieder1
                    + ", 10, 500000, 50000, 4, 3, 0.75, 12, 80.0, 1, 10.00, 2, 20.00, 72.5, " + oss + "), (" + r + ", 2031, " + bernheze
                    + ", " + aanbieder2 + ", 5, 300000, 60000, 2, 1, 0.5, 3, NULL, 0, 0, 0, 0, NULL, " + bernheze + ")");
            s.executeUpdate("INSERT INTO wh_doorstroom VALUES (" + r + ", 2031, " + oss + ", 'HV', 'BI', 'ZWAARDER', 2)");
            s.executeUpdate("INSERT INTO wh_projectie_budget (run_id, scenario_id, scenario_naam, gemeente_id, jaar, kosten_cent,"
                    + " laag_cent, hoog_cent, budget_cent, verschil_cent) VALUES (" + r + ", NULL, 'Basis (trend)', " + oss
                    + ", 2032, 6000000, 5000000, 7000000, 6500000, 500000), (" + r + ", NULL, 'Basis (trend)', " + bernheze
                    + ", 2032, 3000000, 2500000, 3500000, NULL, NULL)");
        }
    }

    /**
     * Ends the open runs so the next request is allowed again. The IT server starts the real job
     * for every request (WMO_WAREHOUSE_COMMAND), so a run may already be BEZIG: requested runs
     * end as MISLUKT (the job then refuses to claim them), a busy run started in the last half
     * hour is waited for (at most 5 minutes: it would otherwise switch the active run under the
     * next test), older or longer ones are marked MISLUKT.
     */
    static void sluitOpenRuns() throws SQLException, InterruptedException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE wh_run SET status = 'MISLUKT' WHERE status = 'AANGEVRAAGD'");
            long tot = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
            while (one(s, "SELECT COUNT(*) FROM wh_run WHERE status = 'BEZIG' AND gestart_op > NOW(3) - INTERVAL 30 MINUTE") > 0
                    && System.nanoTime() < tot) {
                Thread.sleep(2000);
            }
            s.executeUpdate("UPDATE wh_run SET status = 'MISLUKT' WHERE status IN ('AANGEVRAAGD', 'BEZIG')");
        }
    }
}
