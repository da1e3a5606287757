package nl.wmoregio.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.wmoregio.platform.boundary.DatabaseMigrator;
import org.junit.jupiter.api.Test;

/** Issue 16 M6: what each database account is granted (the effect on MariaDB: AuditKetenIT). */
class DatabaseRechtenTest {

    static final List<DatabaseRechten.Tabel> TABELLEN = List.of(
            new DatabaseRechten.Tabel("audit_entry", List.of("id", "details")),
            new DatabaseRechten.Tabel("client", List.of("id", "pseudoniem", "bsn_versleuteld", "bsn_laatste", "telefoon_versleuteld")),
            new DatabaseRechten.Tabel("client_inzage", List.of("id")),
            new DatabaseRechten.Tabel("gebruiker", List.of("id", "wachtwoord_hash")),
            new DatabaseRechten.Tabel("wh_run", List.of("id")));

    @Test
    void theRuntimeAccountGetsDmlAndOnlyInsertAndSelectOnTheLogs() {
        List<String> g = DatabaseRechten.grants(DatabaseRechten.Rol.RUNTIME, "wmo", "'app'@'%'", TABELLEN);
        assertTrue(g.contains("GRANT SELECT, INSERT ON `wmo`.`audit_entry` TO 'app'@'%'"), g.toString());
        assertTrue(g.contains("GRANT SELECT, INSERT ON `wmo`.`client_inzage` TO 'app'@'%'"), g.toString());
        assertTrue(g.contains("GRANT SELECT, INSERT, UPDATE, DELETE ON `wmo`.`client` TO 'app'@'%'"), g.toString());
        g.forEach(s -> assertFalse(s.matches(".*\\b(ALL|DROP|ALTER|CREATE|TRIGGER|INDEX|GRANT OPTION)\\b.*ON.*"), s));
    }

    @Test
    void theWarehouseReadsOperationalTablesWithoutEncryptedColumnsAndWritesOnlyWh() {
        List<String> g = DatabaseRechten.grants(DatabaseRechten.Rol.WAREHOUSE, "wmo", "'wh'@'%'", TABELLEN);
        assertEquals(List.of("GRANT SELECT (`id`, `pseudoniem`) ON `wmo`.`client` TO 'wh'@'%'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `wmo`.`wh_run` TO 'wh'@'%'"), g);
    }

    @Test
    void accountNamesAreQuoted() {
        assertEquals("'o''brien'@'%'", DatabaseRechten.account("o'brien", "%"));
    }

    @Test
    void oneConfiguredAccountMeansNoSeparation() {
        assertFalse(DatabaseMigrator.Accounts.uitOmgeving(Map.of("WMO_DB_URL", "jdbc:mariadb://h/db", "WMO_DB_USER", "wmo")).gescheiden());
        assertFalse(DatabaseMigrator.Accounts.uitOmgeving(Map.of("WMO_DB_URL", "u", "WMO_DB_USER", "wmo",
                "WMO_DB_MIGRATION_USER", "wmo")).gescheiden(), "the same account twice");
        DatabaseMigrator.Accounts a = DatabaseMigrator.Accounts.uitOmgeving(Map.of("WMO_DB_URL", "u", "WMO_DB_USER", "wmo_app",
                "WMO_DB_MIGRATION_USER", "wmo", "WMO_WAREHOUSE_DB_USER", "wmo_warehouse"));
        assertTrue(a.gescheiden());
        assertEquals("%", a.host());
        assertEquals("wmo_warehouse", a.warehouseUser());
    }
}
