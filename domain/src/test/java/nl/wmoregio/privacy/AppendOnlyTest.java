package nl.wmoregio.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.wmoregio.audit.entity.AuditEntry;
import nl.wmoregio.toegang.entity.ClientInzage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The access log and the audit trail are append-only in the application: the entities have no
 * method that changes a field, every column is insert-only for JPA, and the migration puts
 * triggers on both tables that refuse UPDATE and DELETE (proved against MariaDB in PrivacyApiIT).
 */
class AppendOnlyTest {

    @ParameterizedTest
    @ValueSource(classes = {ClientInzage.class, AuditEntry.class})
    void everyColumnIsInsertOnlyAndNoMethodChangesAField(Class<?> entity) {
        int kolommen = 0;
        for (Field f : entity.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(Id.class)) {
                continue;
            }
            Column c = f.getAnnotation(Column.class);
            assertTrue(c != null && !c.updatable(), entity.getSimpleName() + "." + f.getName() + " must be @Column(updatable = false)");
            kolommen++;
        }
        assertTrue(kolommen >= 6, "columns found: " + kolommen);
        List<String> publiek = Arrays.stream(entity.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).toList();
        assertFalse(publiek.isEmpty());
        publiek.forEach(m -> assertTrue(m.startsWith("get") && methodHasNoParameters(entity, m),
                entity.getSimpleName() + "." + m + " is not a plain getter"));
    }

    private static boolean methodHasNoParameters(Class<?> entity, String name) {
        return Arrays.stream(entity.getDeclaredMethods()).filter(m -> m.getName().equals(name)).allMatch(m -> m.getParameterCount() == 0);
    }

    @Test
    void theMigrationRefusesUpdateAndDeleteOnBothLogTables() throws Exception {
        String v13 = Files.readString(Path.of("src/main/resources/db/migration/V13__privacy.sql"));
        for (String tabel : List.of("client_inzage", "audit_entry")) {
            for (String actie : List.of("UPDATE", "DELETE")) {
                assertTrue(v13.contains("BEFORE " + actie + " ON " + tabel + " FOR EACH ROW\n  SIGNAL SQLSTATE '45000'"),
                        tabel + " " + actie);
            }
        }
        assertEquals(4, v13.split("CREATE TRIGGER").length - 1);
    }
}
