package nl.wmoregio.testsupport;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the integration tests' MariaDB once per test JVM (failsafe sets wmo.it=true) and stops
 * it at the end. With an external database configured (WMO_TEST_DB_URL), that one is used as is.
 */
public class TestDatabaseListener implements LauncherSessionListener {

    private EmbeddedMariaDb db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("wmo.it")) {
            return;
        }
        try {
            String logs = System.getProperty("wmo.it.logs");
            if (logs != null) { // Payara Micro's logs of this run (arquillian.xml), fresh for ZzBsnGrepIT
                EmbeddedMariaDb.deleteRecursively(Path.of(logs));
                java.nio.file.Files.createDirectories(Path.of(logs));
            }
            db = EmbeddedMariaDb.startIfAbsent(System.getProperty("wmo.db.url"),
                    Path.of(System.getProperty("wmo.data.dir")), true);
            if (db != null) {
                // issue 16 M6: account checking on, so AuditKetenIT tries real database rights
                db.accounts(System.getProperty("wmo.db.user"), System.getProperty("wmo.db.password"), java.util.Map.of());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("Could not stop the test database: " + e);
            }
        }
    }
}
