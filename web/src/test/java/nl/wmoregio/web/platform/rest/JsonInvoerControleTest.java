package nl.wmoregio.web.platform.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import nl.wmoregio.shared.DomainException;
import org.junit.jupiter.api.Test;

class JsonInvoerControleTest {

    private static String code(String json) {
        // The check walks every token and never skips (parsson#23 loops forever in skipArray at EOF).
        return assertThrows(DomainException.class, () -> JsonInvoerControle.controleer(json.getBytes(StandardCharsets.UTF_8))).code();
    }

    @Test
    void truncatedBodiesThatWouldHangTheBinderAreRefused() {
        assertEquals("JSON_ONGELDIG", code("{\"onbekend\": [1, 2"));
        assertEquals("JSON_ONGELDIG", code("{\"onbekend\": {\"a\": 1"));
        assertEquals("JSON_ONGELDIG", code("{\"a\":"));
        assertEquals("JSON_ONGELDIG", code("{\"a\" 1}"));
    }

    @Test
    void deepNestingIsRefusedAndNormalBodiesPass() {
        assertEquals("JSON_TE_DIEP", code("[".repeat(10_000) + "]".repeat(10_000)));
        assertEquals("JSON_TE_DIEP", code("{\"a\":".repeat(65) + "1" + "}".repeat(65)));
        assertDoesNotThrow(() -> JsonInvoerControle.controleer("{\"a\":".repeat(63) .concat("1").concat("}".repeat(63))
                .getBytes(StandardCharsets.UTF_8)));
        assertDoesNotThrow(() -> JsonInvoerControle.controleer("{\"naam\":\"Oss 😀\",\"lijst\":[1,2,{\"x\":null}]}"
                .getBytes(StandardCharsets.UTF_8)));
    }
}
