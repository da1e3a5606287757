package nl.wmoregio.sturing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 16 L5/M6: what the warehouse process started by the server gets in its environment. */
class RunStarterTest {

    @Test
    void theWarehouseProcessGetsNoClientKeysAndNoMigrationAccount() {
        Map<String, String> env = new HashMap<>(Map.of("WMO_BSN_SLEUTEL", "a", "WMO_PSEUDONIEM_SLEUTEL", "b",
                "WMO_DB_MIGRATION_USER", "wmo", "WMO_DB_MIGRATION_PASSWORD", "m",
                "WMO_DB_URL", "jdbc:mariadb://db/wmo", "WMO_DB_USER", "wmo_app", "WMO_DB_PASSWORD", "r", "PATH", "/bin"));
        RunStarter.omgevingVoorWarehouse(env);
        for (String weg : RunStarter.NIET_VOOR_WAREHOUSE) {
            assertFalse(env.containsKey(weg), weg);
        }
        assertEquals("wmo_app", env.get("WMO_DB_USER"), "one account configured: the warehouse uses it (fallback)");
        assertEquals("/bin", env.get("PATH"));
        assertEquals("jdbc:mariadb://db/wmo", env.get("WMO_DB_URL"));
    }

    @Test
    void aConfiguredWarehouseAccountReplacesTheRuntimeAccount() {
        Map<String, String> env = new HashMap<>(Map.of("WMO_DB_USER", "wmo_app", "WMO_DB_PASSWORD", "r",
                "WMO_WAREHOUSE_DB_USER", "wmo_warehouse", "WMO_WAREHOUSE_DB_PASSWORD", "w"));
        RunStarter.omgevingVoorWarehouse(env);
        assertEquals("wmo_warehouse", env.get("WMO_DB_USER"));
        assertEquals("w", env.get("WMO_DB_PASSWORD"), "the runtime password is not passed on");
    }
}
