package nl.wmoregio.warehouse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;

/**
 * The long-lived warehouse worker ({@code warehouse/bin/warehouse-worker [key=value...]}): one
 * Spark session kept warm for the whole life of the process; it polls {@code wh_run} every
 * {@code wh.poll.ms} (default 1000 ms) for the oldest AANGEVRAAGD run and runs it at once, one at
 * a time ({@link Main#run}, with the same run lock as the one-off job, so a worker and a
 * {@code bin/warehouse run=next} never overlap). A failed run is marked MISLUKT and the worker goes
 * on; a lost database is retried every few seconds. SIGTERM / Ctrl-C: no new run is claimed, a
 * run in progress is cancelled (Spark jobs cancelled) and marked MISLUKT, then the session stops.
 *
 * <p>While it lives the worker holds the MariaDB lock {@link #LUISTERT}{@code <database>} on a
 * connection of its own, so the web application can tell the user a requested run is picked up
 * at once. With {@code eersteRun=<url>} (the run command) the worker waits until that URL answers
 * 200 (the application and its demo data are up) and then requests one run itself when there is
 * no KLAAR run and no open request yet, so the screens show figures without anyone doing anything.
 */
public final class Worker {

    /** Lock held while a worker listens; the database name is appended. */
    public static final String LUISTERT = "wmo_warehouse_worker.";
    /** The requester of the worker's own first run. */
    public static final String EERSTE_RUN_DOOR = "worker (eerste start)";

    private final Config config;
    private final SparkSession spark;
    private final long pollMs;
    private final String eersteRunUrl;
    private volatile boolean stop;
    private volatile boolean eersteRunGedaan;
    private volatile Long bezig;
    private volatile RunStore bezigStore;
    private volatile String nietGeclaimd;
    private final CountDownLatch gestopt = new CountDownLatch(1);
    private Connection luistert;

    Worker(Config config, SparkSession spark, long pollMs, String eersteRunUrl) {
        this.config = config;
        this.spark = spark;
        this.pollMs = pollMs;
        this.eersteRunUrl = eersteRunUrl == null || eersteRunUrl.isBlank() ? null : eersteRunUrl;
        this.eersteRunGedaan = this.eersteRunUrl == null;
    }

    public static void main(String[] args) {
        java.util.List<String> rest = new java.util.ArrayList<>();
        String eersteRun = null;
        for (String a : args) {
            String k = a.startsWith("--") ? a.substring(2) : a;
            if (k.startsWith("eersteRun=")) {
                eersteRun = k.substring("eersteRun=".length());
            } else {
                rest.add(a);
            }
        }
        Config config = Config.parse(rest.toArray(String[]::new));
        long t0 = System.nanoTime();
        SparkSession spark = Main.sessie(config);
        System.out.printf("warehouse-worker: Spark-sessie warm in %d ms; poll elke %d ms%n",
                (System.nanoTime() - t0) / 1_000_000, Long.getLong("wh.poll.ms", 1000));
        Worker worker = new Worker(config, spark, Long.getLong("wh.poll.ms", 1000), eersteRun);
        Runtime.getRuntime().addShutdownHook(new Thread(worker::stop, "warehouse-worker-stop"));
        worker.loop();
        spark.stop();
        System.out.println("warehouse-worker: gestopt");
    }

    /**
     * Asks the loop to end (shutdown hook): cancels the Spark jobs of a run in progress, waits up
     * to 60 s until that run is marked MISLUKT and the loop has ended.
     */
    void stop() {
        stop = true;
        try {
            long eind = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < eind && !gestopt.await(200, TimeUnit.MILLISECONDS)) {
                RunStore store = bezigStore;
                if (store != null) {
                    // between phases the run ends at its next phase change; within one its Spark jobs are cancelled
                    store.breekAf("de worker stopt");
                    spark.sparkContext().cancelAllJobs();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs until {@link #stop()}: poll, claim, run; never ends on a failed run or a lost database. */
    void loop() {
        try {
            while (!stop) {
                long wacht = pollMs;
                try {
                    luister();
                    eersteRun();
                    wacht = !stop && volgende() ? 0 : pollMs;
                } catch (SQLException | RuntimeException e) {
                    System.err.println("warehouse-worker: " + e.getMessage() + " (opnieuw over 5 s)");
                    sluitLuistert();
                    wacht = 5000;
                }
                slaap(wacht);
            }
        } finally {
            sluitLuistert();
            gestopt.countDown();
        }
    }

    /** Claims and runs the oldest requested run; false when there was none. */
    boolean volgende() throws SQLException {
        RunStore kijk = new RunStore(config);
        Long id = kijk.oudsteAanvraag();
        if (id == null) {
            return false;
        }
        Config run = config.withRunId(id);
        RunStore store = new RunStore(run);
        long runId;
        try {
            runId = store.start();
        } catch (IllegalStateException e) {
            // another process claimed it first, or holds the run lock: look again later (logged once)
            String melding = "run " + id + " niet geclaimd: " + e.getMessage();
            if (!melding.equals(nietGeclaimd)) {
                System.out.println("warehouse-worker: " + melding);
                nietGeclaimd = melding;
            }
            slaap(Math.max(pollMs, 1000));
            return false;
        }
        nietGeclaimd = null;
        bezig = runId;
        bezigStore = store;
        if (stop) {
            store.breekAf("de worker stopt");
        }
        try {
            long t0 = System.nanoTime();
            boolean ok = Main.run(spark, run, store, runId);
            System.out.printf("warehouse-worker: run %d %s in %d ms%n", runId, ok ? "KLAAR" : "MISLUKT",
                    (System.nanoTime() - t0) / 1_000_000);
        } finally {
            bezig = null;
            bezigStore = null;
            store.close();
        }
        return true;
    }

    /** The run command's first start: one run when none is KLAAR or open, once the application is up. */
    private void eersteRun() throws SQLException {
        if (eersteRunGedaan || !bereikbaar(eersteRunUrl)) {
            return;
        }
        try (Connection c = new RunStore(config).connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT run_id FROM wh_actief WHERE id = 1 FOR UPDATE").close();
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM wh_run WHERE status IN ('KLAAR', 'AANGEVRAAGD', 'BEZIG')")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO wh_run (status, aangevraagd_door,"
                                + " aangevraagd_op) VALUES ('AANGEVRAAGD', ?, ?)")) {
                            ps.setString(1, EERSTE_RUN_DOOR);
                            ps.setTimestamp(2, Timestamp.from(Instant.now()));
                            ps.executeUpdate();
                        }
                        System.out.println("warehouse-worker: eerste start: run aangevraagd");
                    }
                }
            }
            c.commit();
        }
        eersteRunGedaan = true;
    }

    private static boolean bereikbaar(String url) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Takes (once, again after a lost connection) the lock that tells the application a worker listens. */
    private void luister() throws SQLException {
        if (luistert != null && luistert.isValid(2)) {
            return;
        }
        sluitLuistert();
        Connection c = new RunStore(config).connect();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT GET_LOCK(CONCAT('" + LUISTERT + "', DATABASE()), 0)")) {
            rs.next();
            if (rs.getInt(1) != 1) {
                System.out.println("warehouse-worker: er luistert al een andere worker; deze pakt ook runs op");
            }
        }
        luistert = c;
    }

    private void sluitLuistert() {
        if (luistert != null) {
            try {
                luistert.close();
            } catch (SQLException e) {
                // gone already
            }
            luistert = null;
        }
    }

    private void slaap(long ms) {
        long eind = System.currentTimeMillis() + ms;
        while (!stop && System.currentTimeMillis() < eind) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, eind - System.currentTimeMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
