package nl.wmoregio.iwmo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BsnTest {

    @Test
    void elfproef() {
        assertTrue(Bsn.elfproef("123456782"));
        assertTrue(Bsn.elfproef("111222333"));
        assertFalse(Bsn.elfproef("123456789"), "checksum wrong");
        assertFalse(Bsn.elfproef("12345678"), "too short");
        assertFalse(Bsn.elfproef("12345678a"), "not digits");
        assertFalse(Bsn.elfproef("000000000"), "all zeros");
        assertFalse(Bsn.elfproef(null));
    }

    @Test
    void maskedShowsOnlyTheLastThreeDigits() {
        assertEquals("******782", Bsn.gemaskeerd("123456782"));
    }

    @Test
    void demoTestBsnsPassTheElfproefAndAreUnique() {
        java.util.Set<String> gezien = new java.util.HashSet<>();
        for (long id = 0; id < 30_000; id++) {
            String bsn = DemoBsnBron.testBsn(id);
            assertTrue(Bsn.elfproef(bsn), bsn);
            assertTrue(gezien.add(bsn), "unique: " + bsn);
        }
        assertTrue(Bsn.elfproef(DemoBsnBron.testBsn(1_999_999)));
        assertEquals(null, DemoBsnBron.testBsn(2_000_000));
    }
}
