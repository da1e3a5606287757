package nl.wmoregio.dev;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoregio.testsupport.EmbeddedMariaDb;

/**
 * The run command's launcher: a database (WMO_DB_URL, or a private MariaDB under .data/), then
 * Payara Micro with the WAR and demo data at http://localhost:8080/, and beside it the warehouse
 * worker (warehouse/bin/warehouse-worker: a warm Spark session that picks up every run requested
 * on the screen; at the first start it requests one run itself once the application is up).
 * Ctrl-C stops all of them. {@code -Dwmo.warehouse.worker=false} leaves the worker out.
 */
public final class DevServer {

    static final String DEV_DB_URL = "jdbc:mariadb://127.0.0.1:3317/wmo";
    static final String DEV_DB_USER = "wmo";
    static final String DEV_DB_PASSWORD = "wmo-dev";
    /** Issue 16 M6: the private database's runtime and warehouse accounts (DEV_DB_USER migrates and grants). */
    static final String DEV_APP_USER = "wmo_app";
    static final String DEV_APP_PASSWORD = "wmo-app-dev";
    static final String DEV_WAREHOUSE_USER = "wmo_warehouse";
    static final String DEV_WAREHOUSE_PASSWORD = "wmo-warehouse-dev";

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        int port = Integer.getInteger("wmo.http.port", 8080);
        String url = System.getenv("WMO_DB_URL");
        String user = System.getenv().getOrDefault("WMO_DB_USER", DEV_DB_USER);
        String password = System.getenv().getOrDefault("WMO_DB_PASSWORD", DEV_DB_PASSWORD);
        EmbeddedMariaDb db = null;
        // Issue 16 M6: the accounts. Given: as configured (WMO_DB_MIGRATION_USER/PASSWORD,
        // WMO_WAREHOUSE_DB_USER/PASSWORD pass through the environment). The private database: three.
        Map<String, String> accounts = new java.util.LinkedHashMap<>();
        String warehouseUser = System.getenv("WMO_WAREHOUSE_DB_USER");
        String warehousePassword = System.getenv().getOrDefault("WMO_WAREHOUSE_DB_PASSWORD", "");
        if (url == null || url.isBlank()) {
            url = DEV_DB_URL;
            user = DEV_DB_USER;
            password = DEV_DB_PASSWORD;
            warehouseUser = null;
            Path dataDir = Path.of(System.getProperty("wmo.data.dir", ".data/mariadb"));
            System.out.println("[wmo] No WMO_DB_URL given: starting a private MariaDB on port 3317, data in " + dataDir);
            db = EmbeddedMariaDb.startIfAbsent(url, dataDir, false);
            if (db == null) {
                System.out.println("[wmo] Something already listens on port 3317: using it as the database, with one account.");
            } else {
                db.accounts(DEV_DB_USER, DEV_DB_PASSWORD, Map.of(DEV_APP_USER, DEV_APP_PASSWORD,
                        DEV_WAREHOUSE_USER, DEV_WAREHOUSE_PASSWORD));
                accounts.put("WMO_DB_MIGRATION_USER", DEV_DB_USER);
                accounts.put("WMO_DB_MIGRATION_PASSWORD", DEV_DB_PASSWORD);
                user = DEV_APP_USER;
                password = DEV_APP_PASSWORD;
                warehouseUser = DEV_WAREHOUSE_USER;
                warehousePassword = DEV_WAREHOUSE_PASSWORD;
                accounts.put("WMO_WAREHOUSE_DB_USER", warehouseUser);
                accounts.put("WMO_WAREHOUSE_DB_PASSWORD", warehousePassword);
                System.out.println("[wmo] Database accounts: wmo (migration, at start only), wmo_app (application: DML, "
                        + "audit tables insert/select only), wmo_warehouse (reads, writes wh_* only)");
            }
        }

        Path rootDir = Path.of(System.getProperty("wmo.payara.dir", ".data/payara")).toAbsolutePath();
        // A fresh runtime directory every start: after a kill -9, Payara Micro redeploys the previous
        // run's exploded application next to --deploy and once served a half-deployed WAR (404,
        // ClassNotFoundException; docs/reliability.md). Nothing in it needs to survive a restart.
        EmbeddedMariaDb.deleteRecursively(rootDir);
        writeRootRedirect(rootDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC",
                "-jar", System.getProperty("payara.microJar"),
                "--rootdir", rootDir.toString(),
                "--deploy", System.getProperty("wmo.war"),
                "--port", Integer.toString(port),
                "--nohazelcast", "--disablephonehome"));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("WMO_DB_URL", url);
        env.put("WMO_DB_USER", user);
        env.put("WMO_DB_PASSWORD", password);
        env.putAll(accounts);
        env.putIfAbsent("WMO_DEMO_DATA", "true");
        devSleutels(env);
        Process micro = builder.start();
        String root = "http://localhost:" + port + "/";
        String base = root + "wmo/";
        Process worker = warehouseUser == null || warehouseUser.isBlank()
                ? startWorker(url, user, password, base + "login.xhtml")
                : startWorker(url, warehouseUser, warehousePassword, base + "login.xhtml");

        final EmbeddedMariaDb database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[wmo] Stopping...");
            if (worker != null) {
                worker.destroy(); // SIGTERM: the worker marks a run in progress MISLUKT and stops its Spark session
            }
            micro.destroy();
            try {
                if (worker != null && !worker.waitFor(70, java.util.concurrent.TimeUnit.SECONDS)) {
                    worker.destroyForcibly();
                }
                micro.waitFor();
                if (database != null) {
                    database.close();
                }
            } catch (Exception e) {
                System.err.println("[wmo] " + e);
            }
        }));

        if (waitForLoginPage(base + "login.xhtml", micro)) {
            System.out.printf("%n[wmo] ================================================================%n");
            System.out.printf("[wmo]  Wmo Regio runs at %s (%s forwards there)  ready after %d s%n", base, root,
                    (System.nanoTime() - start) / 1_000_000_000);
            System.out.printf("[wmo]  Demo logins, password 'wmo-demo' for all:%n");
            System.out.printf("[wmo]    beheerder, inkoop, contractmanager, toezichthouder, controller,%n");
            System.out.printf("[wmo]    gemeente.oss, gemeente.bernheze (role GEMEENTE)%n");
            System.out.printf("[wmo]  API: %sapi/v1/gemeenten   OpenAPI: %sapi/v1/openapi.json   Health: %shealth%n", base, base, root);
            if (worker != null) {
                System.out.printf("[wmo]  Warehouse worker runs beside it (log: %s); Sturing shows figures after its first run.%n",
                        workerLog());
            }
            System.out.printf("[wmo]  Stop with Ctrl-C.%n");
            System.out.printf("[wmo] ================================================================%n%n");
        } else {
            System.err.println("[wmo] The application did not come up; see the log above. Stopping.");
            System.exit(1);
        }
        System.exit(micro.waitFor());
    }

    private static Path workerLog() {
        return Path.of(System.getProperty("wmo.lake.dir", ".data/lake")).toAbsolutePath().getParent()
                .resolve("warehouse-worker.log");
    }

    /**
     * Starts warehouse/bin/warehouse-worker's java command (the build of the warehouse module, which
     * the run profile builds with -am) with the database of the application. Its full output goes to
     * .data/warehouse-worker.log; its own lines ("warehouse...") also to the console. Null when off
     * or not built.
     */
    private static Process startWorker(String url, String user, String password, String loginUrl) throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("wmo.warehouse.worker", "true"))) {
            return null;
        }
        Path dir = Path.of(System.getProperty("wmo.warehouse.dir", "warehouse")).toAbsolutePath().normalize();
        Path cp = dir.resolve("target/classpath.txt");
        if (!Files.exists(cp)) {
            System.out.println("[wmo] No warehouse build (" + cp + "): no warehouse worker. Build it with"
                    + " mvn -pl warehouse -am package -DskipTests");
            return null;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String opts = System.getenv().getOrDefault("WH_JAVA_OPTS", "-Xmx1g -XX:+UseSerialGC");
        for (String o : opts.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                command.add(o);
            }
        }
        command.add("@" + dir.resolve("spark-java17.args"));
        command.add("-cp");
        command.add(dir.resolve("target/classes") + java.io.File.pathSeparator + Files.readString(cp).strip());
        command.add("nl.wmoregio.warehouse.Worker");
        command.add("lake=" + Path.of(System.getProperty("wmo.lake.dir", ".data/lake")).toAbsolutePath());
        command.add("eersteRun=" + loginUrl);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // issue 16 L5/M6: no client keys and no migration account for the warehouse, whatever this JVM has
        // (the same list as RunStarter.NIET_VOOR_WAREHOUSE, which the server uses for WMO_WAREHOUSE_COMMAND)
        for (String weg : List.of("WMO_BSN_SLEUTEL", "WMO_PSEUDONIEM_SLEUTEL", "WMO_DB_MIGRATION_USER", "WMO_DB_MIGRATION_PASSWORD")) {
            builder.environment().remove(weg);
        }
        builder.environment().remove("WMO_WAREHOUSE_DB_USER");
        builder.environment().remove("WMO_WAREHOUSE_DB_PASSWORD");
        builder.environment().put("WMO_DB_URL", url);
        builder.environment().put("WMO_DB_USER", user);
        builder.environment().put("WMO_DB_PASSWORD", password);
        Process worker = builder.start();
        Path log = workerLog();
        Files.createDirectories(log.getParent());
        Thread pump = new Thread(() -> {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(worker.getInputStream()));
                    var out = Files.newBufferedWriter(log)) {
                for (String line; (line = in.readLine()) != null;) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                    if (line.startsWith("warehouse")) {
                        System.out.println("[wmo] " + line);
                    }
                }
            } catch (Exception e) {
                // the worker ended
            }
        }, "warehouse-worker-log");
        pump.setDaemon(true);
        pump.start();
        System.out.println("[wmo] Warehouse worker started (pid " + worker.pid() + ", log " + log + ")");
        return worker;
    }

    /**
     * The client keys (ADR 0008) for the dev run: from the environment when given, else from
     * .data/sleutels.properties, created once with random keys. Never in the repository.
     */
    private static void devSleutels(Map<String, String> env) throws Exception {
        if (env.containsKey("WMO_BSN_SLEUTEL") && env.containsKey("WMO_PSEUDONIEM_SLEUTEL")) {
            return;
        }
        Path file = Path.of(System.getProperty("wmo.sleutels", ".data/sleutels.properties"));
        java.util.Properties sleutels = new java.util.Properties();
        if (Files.exists(file)) {
            try (var in = Files.newInputStream(file)) {
                sleutels.load(in);
            }
        } else {
            java.security.SecureRandom random = new java.security.SecureRandom();
            for (String naam : List.of("WMO_BSN_SLEUTEL", "WMO_PSEUDONIEM_SLEUTEL")) {
                byte[] sleutel = new byte[32];
                random.nextBytes(sleutel);
                sleutels.setProperty(naam, java.util.Base64.getEncoder().encodeToString(sleutel));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (var out = Files.newOutputStream(file)) {
                sleutels.store(out, "Dev-only client keys (BSN encryption, pseudonym); keep with the dev database");
            }
            System.out.println("[wmo] Created random client keys in " + file);
        }
        env.putIfAbsent("WMO_BSN_SLEUTEL", sleutels.getProperty("WMO_BSN_SLEUTEL"));
        env.putIfAbsent("WMO_PSEUDONIEM_SLEUTEL", sleutels.getProperty("WMO_PSEUDONIEM_SLEUTEL"));
    }

    /**
     * The application lives at /wmo: an application at "/" would shadow Payara's own /health and
     * /openapi (Payara issues 2710, 5247). The server's docroot forwards "/" to it.
     */
    private static void writeRootRedirect(Path rootDir) throws Exception {
        Path docroot = Files.createDirectories(rootDir.resolve("docroot"));
        Files.writeString(docroot.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/wmo/">
                <title>Wmo Regio</title></head>
                <body><p><a href="/wmo/">Naar Wmo Regio</a></p></body></html>
                """);
    }

    private static boolean waitForLoginPage(String url, Process micro) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline && micro.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (Exception e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        return false;
    }
}
