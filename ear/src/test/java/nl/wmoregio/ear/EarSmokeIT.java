package nl.wmoregio.ear;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Smoke test of the EAR as built ({@code wmo.ear}) on a real Payara Server ({@code payara.home},
 * unpacked by the ear pom in pre-integration-test).
 *
 * <p>The test creates its own domain under {@code target/payara-domains} with port base 28000
 * (admin 28048, HTTP 28080; override with {@code -Dwmo.smoke.portbase}), starts it, deploys the
 * EAR and checks over HTTP: MicroProfile Health with our {@code database} check, the JSF login
 * page, and the REST API with and without HTTP Basic (which needs the EAR's application-scoped
 * datasource, the Flyway migrations with demo data, the EJB module and security).
 *
 * <p>The database is the test JVM's embedded MariaDB (TestDatabaseListener from the web test-jar).
 * Failsafe sets WMO_DB_URL/USER/PASSWORD in this JVM's environment; asadmin and the domain's
 * server JVM inherit it, and the EAR's glassfish-resources.xml reads it with {@code ${ENV=...}}.
 *
 * <p>The domain is always stopped in {@link #stopServer()} (and by a shutdown hook should the JVM
 * be ended early). On a failure the tail of the server log is printed.
 */
class EarSmokeIT {

    private static final String DOMAIN = "wmo-smoke";
    private static final Duration ASADMIN_TIMEOUT = Duration.ofSeconds(150);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HTTP_READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 200;

    private static Path payaraHome;
    private static Path asadmin;
    private static Path ear;
    private static Path domainDir;
    private static int adminPort;
    private static int httpPort;
    private static HttpClient http;
    private static boolean started;
    private static boolean deployed;
    private static Thread shutdownHook;

    /** Prints the server log when a test fails, so CI shows why. */
    @RegisterExtension
    static final TestWatcher SERVER_LOG_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            printServerLogTail("test " + context.getDisplayName() + " failed: " + cause);
        }
    };

    @BeforeAll
    static void startServerAndDeploy() throws Exception {
        long begin = System.nanoTime();
        payaraHome = Path.of(required("payara.home"));
        ear = Path.of(required("wmo.ear"));
        asadmin = payaraHome.resolve("bin/asadmin");
        if (!Files.isRegularFile(asadmin)) {
            fail("No Payara Server at " + payaraHome + " (the ear pom unpacks it in pre-integration-test; run mvn verify)");
        }
        if (!Files.isRegularFile(ear)) {
            fail("No EAR at " + ear + " (build it first: mvn -DskipTests install)");
        }
        makeExecutable(payaraHome.resolve("bin"));
        makeExecutable(payaraHome.resolve("glassfish/bin"));

        int portBase = Integer.getInteger("wmo.smoke.portbase", 28000);
        adminPort = portBase + 48;
        httpPort = portBase + 80;
        domainDir = ear.getParent().resolve("payara-domains");
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        removeLeftoverDomain();
        assertPortFree(adminPort, "admin");
        assertPortFree(httpPort, "HTTP");

        try {
            Files.createDirectories(domainDir);
            step("create-domain", () -> asadmin(ASADMIN_TIMEOUT, "create-domain", "--nopassword=true",
                    "--portbase", Integer.toString(portBase), "--domaindir", domainDir.toString(), DOMAIN));

            // Even if start-domain fails half-way, a server may be running: stop it in @AfterAll.
            started = true;
            shutdownHook = new Thread(EarSmokeIT::killDomainProcess, "stop-" + DOMAIN);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            step("start-domain", () -> asadmin(ASADMIN_TIMEOUT, "start-domain", "--domaindir", domainDir.toString(), DOMAIN));

            // No outbound calls to payara.fish from test runs (there is no network here anyway).
            step("disable-phone-home", () -> remote(ASADMIN_TIMEOUT, "disable-phone-home"));

            deployed = true;
            step("deploy", () -> remote(ASADMIN_TIMEOUT, "deploy", "--name", "wmo", "--force=true", ear.toString()));

            // deploy returns once the application has started; poll anyway, bounded.
            step("wait for HTTP", () -> awaitStatus("/wmo/login.xhtml", 200, HTTP_READY_TIMEOUT));
        } catch (Throwable e) {
            printServerLogTail("setup failed: " + e);
            throw e;
        }
        System.out.printf("[ear-smoke] Payara Server ready with the EAR deployed after %d s (admin %d, HTTP %d)%n",
                seconds(begin), adminPort, httpPort);
    }

    @AfterAll
    static void stopServer() {
        if (!started) {
            return;
        }
        long begin = System.nanoTime();
        if (deployed) {
            try {
                remote(Duration.ofSeconds(60), "undeploy", "wmo");
            } catch (Throwable e) {
                System.out.println("[ear-smoke] undeploy failed (ignored): " + e.getMessage());
            }
        }
        try {
            asadmin(STOP_TIMEOUT, "stop-domain", "--domaindir", domainDir.toString(), DOMAIN);
        } catch (Throwable e) {
            System.out.println("[ear-smoke] stop-domain failed, killing the domain: " + e.getMessage());
            try {
                asadmin(STOP_TIMEOUT, "stop-domain", "--kill=true", "--domaindir", domainDir.toString(), DOMAIN);
            } catch (Throwable ignored) {
                // the pid below is the last resort
            }
        }
        killDomainProcess();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
        started = false;
        System.out.printf("[ear-smoke] domain stopped in %d s%n", seconds(begin));
    }

    @Test
    void healthIsUpAndIncludesTheDatabaseCheck() {
        Response health = get("/health", null);
        assertEquals(200, health.status(), "GET /health: " + health.body());
        assertTrue(health.body().contains("\"database\""), "GET /health has no database check: " + health.body());
        assertTrue(health.body().contains("\"UP\""), health.body());
    }

    @Test
    void theLoginPageIsServed() {
        Response login = get("/wmo/login.xhtml", null);
        assertEquals(200, login.status(), "GET /wmo/login.xhtml: " + login.body());
        assertTrue(login.body().contains("<html"), login.body());
    }

    @Test
    void theApiListsTheDemoGemeentenForTheBeheerder() {
        Response gemeenten = get("/wmo/api/v1/gemeenten", "beheerder:wmo-demo");
        assertEquals(200, gemeenten.status(), "GET /wmo/api/v1/gemeenten as beheerder: " + gemeenten.body());
        assertTrue(gemeenten.body().contains("\"Oss\""), "Oss from the demo data: " + gemeenten.body());
    }

    @Test
    void theApiRefusesAnonymousRequests() {
        Response anonymous = get("/wmo/api/v1/gemeenten", null);
        assertEquals(401, anonymous.status(), "GET /wmo/api/v1/gemeenten without credentials: " + anonymous.body());
    }

    // ---------------------------------------------------------------------------------- HTTP

    record Response(int status, String body) {
    }

    private static Response get(String path, String basicCredentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (basicCredentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basicCredentials.getBytes(UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitStatus(String path, int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                Response response = get(path, null);
                if (response.status() == expected) {
                    return;
                }
                last = "HTTP " + response.status();
            } catch (UncheckedIOException e) {
                last = String.valueOf(e.getCause());
            }
            Thread.sleep(1000);
        }
        fail("GET " + path + " did not answer " + expected + " within " + timeout.toSeconds() + " s; last: " + last);
    }

    // ------------------------------------------------------------------------------- asadmin

    /** A remote command to our domain's admin port. */
    private static String remote(Duration timeout, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", Integer.toString(adminPort)));
        args.addAll(List.of(command));
        return asadmin(timeout, args.toArray(String[]::new));
    }

    /**
     * Runs asadmin non-interactively, output to a file (start-domain leaves a server process
     * behind, so pipes could stay open), and fails with that output on a non-zero exit or timeout.
     */
    private static String asadmin(Duration timeout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(asadmin.toString(), "--interactive=false"));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("asadmin-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(domainDir.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            // The environment (WMO_DB_*) is inherited; pin the JDK to the one running the tests.
            String javaHome = System.getProperty("java.home");
            builder.environment().put("AS_JAVA", javaHome);
            builder.environment().put("JAVA_HOME", javaHome);
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            String text = Files.readString(output);
            if (!finished) {
                throw new IllegalStateException("asadmin " + String.join(" ", args) + " timed out after "
                        + timeout.toSeconds() + " s:\n" + text);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed (exit "
                        + process.exitValue() + "):\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    // ------------------------------------------------------------------------------ helpers

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private static void step(String name, Step step) throws Exception {
        long begin = System.nanoTime();
        step.run();
        System.out.printf("[ear-smoke] %s: %d s%n", name, seconds(begin));
    }

    private static long seconds(long beginNanos) {
        return Math.round((System.nanoTime() - beginNanos) / 1e9);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            fail("System property " + property + " is not set (run through maven-failsafe in the ear module)");
        }
        return value;
    }

    private static void makeExecutable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".bat"))
                    .forEach(f -> f.toFile().setExecutable(true, false));
        }
    }

    private static void assertPortFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            fail("The domain's " + what + " port " + port + " is in use by another process; "
                    + "choose another port base with -Dwmo.smoke.portbase=<n>");
        }
    }

    /** A domain from an earlier, aborted run of this test: stop it (it is ours) and start clean. */
    private static void removeLeftoverDomain() throws Exception {
        Path domain = domainDir.resolve(DOMAIN);
        if (!Files.exists(domain)) {
            return;
        }
        try {
            asadmin(STOP_TIMEOUT, "stop-domain", "--kill=true", "--domaindir", domainDir.toString(), DOMAIN);
        } catch (Throwable e) {
            // not running: the normal case
        }
        killDomainProcess();
        try (Stream<Path> paths = Files.walk(domain)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Last resort: end the server JVM of our domain by the pid Payara wrote, if still alive. */
    private static void killDomainProcess() {
        domainProcess().ifPresent(process -> {
            System.out.println("[ear-smoke] ending domain process " + process.pid());
            process.destroy();
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
    }

    private static Optional<ProcessHandle> domainProcess() {
        if (domainDir == null) {
            return Optional.empty();
        }
        Path pidFile = domainDir.resolve(DOMAIN).resolve("config/pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // Only a process that really is our domain's server (pids get reused).
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(domainDir.resolve(DOMAIN).toString())).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void printServerLogTail(String reason) {
        if (domainDir == null) {
            return;
        }
        Path log = domainDir.resolve(DOMAIN).resolve("logs/server.log");
        StringBuilder out = new StringBuilder()
                .append("[ear-smoke] ").append(reason).append('\n')
                .append("[ear-smoke] ---- last ").append(LOG_TAIL_LINES).append(" lines of ").append(log).append(" ----\n");
        try {
            List<String> lines = new String(Files.readAllBytes(log), UTF_8).lines().toList();
            lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()).forEach(l -> out.append(l).append('\n'));
        } catch (IOException e) {
            out.append("(cannot read the server log: ").append(e).append(")\n");
        }
        out.append("[ear-smoke] ---- end of server log ----");
        System.out.println(out);
    }
}
