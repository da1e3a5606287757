package nl.wmoregio.toegang.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import nl.wmoregio.shared.DomainException;
import org.junit.jupiter.api.Test;

class BsnTest {

    @Test
    void validNumbersPassTheElevenTest() {
        assertTrue(Bsn.isGeldig("111222333"));
        assertTrue(Bsn.isGeldig("123456782"));
        assertTrue(Bsn.isGeldig("1234.56.782"), "dots are ignored");
        assertTrue(Bsn.isGeldig("12345672"), "8 digits: leading zero implied (012345672)");
        assertEquals("123456782", Bsn.of(" 123 456 782 ", "bsn").waarde());
    }

    @Test
    void invalidNumbersAreRefusedWithCs002NamingTheField() {
        assertFalse(Bsn.isGeldig("123456789"));
        assertFalse(Bsn.isGeldig("000000000"));
        assertFalse(Bsn.isGeldig("12345678A"));
        assertFalse(Bsn.isGeldig("1234567820"));
        assertFalse(Bsn.isGeldig(null));
        DomainException e = assertThrows(DomainException.class, () -> Bsn.of("123456789", "bsn"));
        assertEquals("CS002", e.code());
        assertEquals("bsn", e.field());
        assertTrue(e.getMessage().contains("11-proef"), e.getMessage());
        assertFalse(e.getMessage().contains("123456789"), "the refused number is not echoed");
        assertEquals("BSN_VERPLICHT", assertThrows(DomainException.class, () -> Bsn.of(" ", "bsn")).code());
    }

    @Test
    void toStringIsMaskedSoABsnNeverReachesALog() {
        Bsn bsn = Bsn.of("111222333", "bsn");
        assertEquals("******333", bsn.toString());
        assertEquals("333", bsn.laatsteDrie());
        assertFalse(bsn.toString().contains("111222"));
    }

    @Test
    void syntheticNumbersAreValidAndDistinct() {
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String bsn = Bsn.synthetisch(2_000_000 + i * 7);
            assertTrue(Bsn.isGeldig(bsn), bsn);
            assertTrue(gezien.add(bsn), "distinct: " + bsn);
        }
        assertEquals(Bsn.synthetisch(1_234_567), Bsn.synthetisch(1_234_567), "deterministic");
    }
}
