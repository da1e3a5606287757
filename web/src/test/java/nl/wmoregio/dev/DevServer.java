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
 * Payara Micro with the WAR and demo data at http://localhost:8080/. Ctrl-C stops both.
 */
public final class DevServer {

    static final String DEV_DB_URL = "jdbc:mariadb://127.0.0.1:3317/wmo";
    static final String DEV_DB_USER = "wmo";
    static final String DEV_DB_PASSWORD = "wmo-dev";

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        int port = Integer.getInteger("wmo.http.port", 8080);
        String url = System.getenv("WMO_DB_URL");
        String user = System.getenv().getOrDefault("WMO_DB_USER", DEV_DB_USER);
        String password = System.getenv().getOrDefault("WMO_DB_PASSWORD", DEV_DB_PASSWORD);
        EmbeddedMariaDb db = null;
        if (url == null || url.isBlank()) {
            url = DEV_DB_URL;
            user = DEV_DB_USER;
            password = DEV_DB_PASSWORD;
            Path dataDir = Path.of(System.getProperty("wmo.data.dir", ".data/mariadb"));
            System.out.println("[wmo] No WMO_DB_URL given: starting a private MariaDB on port 3317, data in " + dataDir);
            db = EmbeddedMariaDb.startIfAbsent(url, dataDir, false);
            if (db == null) {
                System.out.println("[wmo] Something already listens on port 3317: using it as the database.");
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
        env.putIfAbsent("WMO_DEMO_DATA", "true");
        devSleutels(env);
        Process micro = builder.start();

        final EmbeddedMariaDb database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[wmo] Stopping...");
            micro.destroy();
            try {
                micro.waitFor();
                if (database != null) {
                    database.close();
                }
            } catch (Exception e) {
                System.err.println("[wmo] " + e);
            }
        }));

        String root = "http://localhost:" + port + "/";
        String base = root + "wmo/";
        if (waitForLoginPage(base + "login.xhtml", micro)) {
            System.out.printf("%n[wmo] ================================================================%n");
            System.out.printf("[wmo]  Wmo Regio runs at %s (%s forwards there)  ready after %d s%n", base, root,
                    (System.nanoTime() - start) / 1_000_000_000);
            System.out.printf("[wmo]  Demo logins, password 'wmo-demo' for all:%n");
            System.out.printf("[wmo]    beheerder, inkoop, contractmanager, toezichthouder, controller,%n");
            System.out.printf("[wmo]    gemeente.oss, gemeente.bernheze (role GEMEENTE)%n");
            System.out.printf("[wmo]  API: %sapi/v1/gemeenten   OpenAPI: %sopenapi   Health: %shealth%n", base, root, root);
            System.out.printf("[wmo]  Stop with Ctrl-C.%n");
            System.out.printf("[wmo] ================================================================%n%n");
        } else {
            System.err.println("[wmo] The application did not come up; see the log above. Stopping.");
            System.exit(1);
        }
        System.exit(micro.waitFor());
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
