package nl.wmoregio.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Issue 16 M6: the chain hash of one audit row (the chain on MariaDB: AuditKetenIT). */
class AuditKetenTest {

    @Test
    void theHashCoversThePreviousHashAndEveryFieldUnambiguously() {
        String h = AuditKeten.hash(AuditKeten.BEGIN, "1", "2026-12-02 10:00:00.000000", "beheerder", "GEWIJZIGD", "Contract", "7", "x", null);
        assertEquals(64, h.length());
        assertEquals(h, AuditKeten.hash(AuditKeten.BEGIN, "1", "2026-12-02 10:00:00.000000", "beheerder", "GEWIJZIGD", "Contract", "7", "x", null));
        assertNotEquals(h, AuditKeten.hash("1".repeat(64), "1", "2026-12-02 10:00:00.000000", "beheerder", "GEWIJZIGD", "Contract", "7", "x", null),
                "another previous row");
        assertNotEquals(h, AuditKeten.hash(AuditKeten.BEGIN, "1", "2026-12-02 10:00:00.000000", "beheerder", "GEWIJZIGD", "Contract", "7", "y", null),
                "changed details");
        assertNotEquals(h, AuditKeten.hash(AuditKeten.BEGIN, "1", "2026-12-02 10:00:00.000000", "beheerder", "GEWIJZIGD", "Contract", "7", "x", ""),
                "null is not empty");
        assertNotEquals(AuditKeten.hash(AuditKeten.BEGIN, "ab", "c"), AuditKeten.hash(AuditKeten.BEGIN, "a", "bc"), "field boundaries count");
    }
}
