package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.wmoregio.platform.control.DatabaseRechten;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16 M6: the audit trail cannot be undone by the application's own database account, and a
 * deletion or change by someone who can shows in the hash chain. The accounts are made here by the
 * test database's admin account with the production grant code ({@link DatabaseRechten#pasToe},
 * what the server's migration account runs after Flyway), then used as the server would use them.
 * Own data: audit rows with entiteit 'AuditKetenIT'; the accounts are dropped afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditKetenIT {

    static final String WACHTWOORD = "it-Audit16-ww";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http beheerder;
    Http oss;

    @BeforeEach
    void clients() {
        Http anonymous = new Http(base);
        beheerder = anonymous.as("beheerder");
        oss = anonymous.as("gemeente.oss");
    }

    static String naam(String rol) throws SQLException {
        try (Connection c = Database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT DATABASE()")) {
            r.next();
            String n = ("it_" + rol + "_" + r.getString(1)).replaceAll("[^a-zA-Z0-9_]", "_");
            return n.length() > 64 ? n.substring(0, 64) : n;
        }
    }

    /** Creates (or resets) the account and gives it the role's rights as the migration account would. */
    static String account(Connection admin, String user, DatabaseRechten.Rol rol) throws SQLException {
        String account = DatabaseRechten.account(user, "%");
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + WACHTWOORD + "'");
            s.execute("ALTER USER " + account + " IDENTIFIED BY '" + WACHTWOORD + "'");
        }
        assertTrue(DatabaseRechten.pasToe(admin, rol, account) > 10, "grants on the schema's tables");
        return account;
    }

    static Connection als(String user) throws SQLException {
        return DriverManager.getConnection(System.getProperty("wmo.db.url"), user, WACHTWOORD);
    }

    static void geweigerd(Statement s, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        String m = String.valueOf(e.getMessage()).toLowerCase();
        assertTrue(m.contains("denied"), sql + " refused for the right reason (privilege), not: " + e.getMessage());
    }

    @Test
    void theRuntimeAccountCannotTruncateDropTheTriggerOrDeleteAndTheWarehouseWritesOnlyWh() throws Exception {
        String runtime = naam("rt");
        String warehouse = naam("wh");
        try (Connection admin = Database.connect()) {
            String rtAccount = account(admin, runtime, DatabaseRechten.Rol.RUNTIME);
            String whAccount = account(admin, warehouse, DatabaseRechten.Rol.WAREHOUSE);
            try {
                try (Connection c = als(runtime); Statement s = c.createStatement()) {
                    // what the application needs still works
                    assertEquals(1, s.executeUpdate("INSERT INTO audit_entry (tijdstip, actor, actie, entiteit, entiteit_id) "
                            + "VALUES (UTC_TIMESTAMP(3), 'it', 'TEST', 'AuditKetenIT', 'runtime')"));
                    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE entiteit = 'AuditKetenIT'")) {
                        assertTrue(r.next() && r.getLong(1) >= 1);
                    }
                    assertEquals(0, s.executeUpdate("UPDATE gemeente SET naam = naam WHERE id = -1"), "DML on operational tables");
                    // and what would undo the audit trail does not
                    geweigerd(s, "TRUNCATE TABLE audit_entry");
                    geweigerd(s, "DROP TRIGGER audit_entry_geen_delete");
                    geweigerd(s, "DELETE FROM audit_entry WHERE entiteit = 'AuditKetenIT'");
                    geweigerd(s, "UPDATE audit_entry SET details = 'x' WHERE entiteit = 'AuditKetenIT'");
                    geweigerd(s, "TRUNCATE TABLE audit_keten");
                    geweigerd(s, "DELETE FROM audit_keten WHERE volgnummer = 1");
                    geweigerd(s, "TRUNCATE TABLE client_inzage");
                    geweigerd(s, "ALTER TABLE audit_entry ADD COLUMN x INT");
                    geweigerd(s, "DROP TABLE gemeente");
                    geweigerd(s, "CREATE TRIGGER it_x BEFORE INSERT ON audit_entry FOR EACH ROW SET NEW.details = 'x'");
                }
                try (Connection c = als(warehouse); Statement s = c.createStatement()) {
                    try (ResultSet r = s.executeQuery("SELECT id, pseudoniem, geboortejaar FROM client LIMIT 1")) {
                        r.next();
                    }
                    assertEquals(0, s.executeUpdate("UPDATE wh_run SET status = status WHERE id = -1"), "writes wh_*");
                    geweigerd(s, "SELECT bsn_versleuteld FROM client LIMIT 1");
                    geweigerd(s, "SELECT * FROM audit_entry LIMIT 1");
                    geweigerd(s, "SELECT * FROM gebruiker LIMIT 1");
                    geweigerd(s, "INSERT INTO audit_entry (tijdstip, actor, actie, entiteit, entiteit_id) "
                            + "VALUES (UTC_TIMESTAMP(3), 'it', 'TEST', 'AuditKetenIT', 'wh')");
                    geweigerd(s, "UPDATE indicatie SET version = version WHERE id = -1");
                    geweigerd(s, "TRUNCATE TABLE wh_run");
                }
                try (Statement s = admin.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.triggers "
                        + "WHERE trigger_schema = DATABASE() AND event_object_table = 'audit_entry'")) {
                    assertTrue(r.next());
                    assertEquals(2, r.getLong(1), "the append-only triggers are still there");
                }
            } finally {
                try (Statement s = admin.createStatement()) {
                    s.execute("DROP USER IF EXISTS " + rtAccount);
                    s.execute("DROP USER IF EXISTS " + whAccount);
                }
            }
        }
    }

    static long audit(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (tijdstip, actor, actie, entiteit, entiteit_id, details) "
                + "VALUES (UTC_TIMESTAMP(3), 'it', 'TEST', 'AuditKetenIT', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, id);
            ps.setString(2, "regel " + id);
            ps.executeUpdate();
            try (ResultSet r = ps.getGeneratedKeys()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    JsonObject controle(long vanaf) {
        long t0 = System.nanoTime();
        Http.Response r = beheerder.get("api/v1/beheer/auditketen" + (vanaf > 1 ? "?vanaf=" + vanaf : ""));
        assertEquals(200, r.status(), r.body());
        JsonObject o = r.json();
        System.out.printf("[timing] auditketen vanaf %d: %d ms, %d gecontroleerd, %d verzegeld, intact %s%n", vanaf,
                (System.nanoTime() - t0) / 1_000_000, o.getJsonNumber("gecontroleerd").longValue(),
                o.getJsonNumber("verzegeld").longValue(), o.getBoolean("intact"));
        return o;
    }

    static final String TRIGGER_DELETE = "CREATE TRIGGER audit_entry_geen_delete BEFORE DELETE ON audit_entry FOR EACH ROW "
            + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: DELETE refused'";
    static final String TRIGGER_UPDATE = "CREATE TRIGGER audit_entry_geen_update BEFORE UPDATE ON audit_entry FOR EACH ROW "
            + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: UPDATE refused'";

    @Test
    void aDeletedMiddleRowAndAChangedRowAreFoundByTheChainCheck() throws Exception {
        assertEquals(403, oss.get("api/v1/beheer/auditketen").status(), "BEHEERDER only");
        long kop = controle(1).getJsonNumber("kopVolgnummer").longValue();
        long eerste;
        long midden;
        long derde;
        String stempel = Long.toString(System.nanoTime());
        try (Connection c = Database.connect()) {
            eerste = audit(c, stempel + "-1");
            midden = audit(c, stempel + "-2");
            derde = audit(c, stempel + "-3");
        }
        JsonObject voor = controle(kop + 1);
        assertTrue(voor.getBoolean("intact"), voor.toString());
        assertTrue(voor.getJsonNumber("gecontroleerd").longValue() >= 3, voor.toString());
        for (long id : List.of(eerste, midden, derde)) {
            assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_keten WHERE audit_id = ?", id), "sealed once: " + id);
        }

        // someone with DDL rights (not the runtime account, see above) gets past the triggers
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_entry_geen_delete");
            s.execute("DROP TRIGGER audit_entry_geen_update");
            try {
                assertEquals(1, s.executeUpdate("DELETE FROM audit_entry WHERE id = " + midden));
                assertEquals(1, s.executeUpdate("UPDATE audit_entry SET details = 'anders' WHERE id = " + derde));
            } finally {
                s.execute(TRIGGER_DELETE);
                s.execute(TRIGGER_UPDATE);
            }
        }
        JsonObject na = controle(kop + 1);
        assertFalse(na.getBoolean("intact"), na.toString());
        List<String> fouten = new ArrayList<>();
        na.getJsonArray("fouten").getValuesAs(JsonObject.class)
                .forEach(f -> fouten.add(f.getString("soort") + ":" + f.getJsonNumber("auditId").longValue()));
        assertTrue(fouten.contains("VERWIJDERD:" + midden), fouten.toString());
        assertTrue(fouten.contains("GEWIJZIGD:" + derde), fouten.toString());
        assertFalse(fouten.stream().anyMatch(f -> f.endsWith(":" + eerste)), "the untouched row is fine: " + fouten);
    }

    /** Concurrent audit writers and concurrent checks: every row sealed exactly once, the chain has no gap or fork. */
    @Test
    void concurrentWritersAndCheckersKeepTheChainConsistent() throws Exception {
        // start after the rows the deletion test broke (it may have run first on this database)
        long kop = controle(1).getJsonNumber("kopVolgnummer").longValue();
        String stempel = "p" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> taken = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int draad = t;
            taken.add(pool.submit(() -> {
                try (Connection c = Database.connect()) {
                    for (int i = 0; i < 40; i++) {
                        audit(c, stempel + "-" + draad + "-" + i);
                    }
                }
                return null;
            }));
        }
        for (int t = 0; t < 2; t++) {
            taken.add(pool.submit(() -> {
                for (int i = 0; i < 3; i++) {
                    controle(kop + 1);
                }
                return null;
            }));
        }
        for (Future<?> f : taken) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        JsonObject eind = controle(kop + 1);
        assertTrue(eind.getBoolean("intact"), eind.toString());
        assertEquals(240, Database.number("SELECT COUNT(*) FROM audit_keten k JOIN audit_entry a ON a.id = k.audit_id "
                + "WHERE a.entiteit = 'AuditKetenIT' AND a.entiteit_id LIKE ?", stempel + "-%"), "every row sealed exactly once");
        assertEquals(0, Database.number("SELECT COUNT(*) FROM audit_entry a WHERE a.entiteit = 'AuditKetenIT' AND a.entiteit_id LIKE ? "
                + "AND NOT EXISTS (SELECT 1 FROM audit_keten k WHERE k.audit_id = a.id)", stempel + "-%"));
    }
}
