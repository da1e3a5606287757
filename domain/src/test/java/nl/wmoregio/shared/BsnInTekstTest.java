package nl.wmoregio.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BsnInTekstTest {

    // 111222333 and 123456782 pass the 11-proef (9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3-3 = 66; the textbook 123456782)
    @Test
    void elfProefValidNumbersAreReplacedWhereverTheyStand() {
        assertTrue(BsnInTekst.elfProef("111222333"));
        assertTrue(BsnInTekst.elfProef("123456782"));
        assertEquals("inzage voor [BSN verwijderd] op verzoek", BsnInTekst.verwijder("inzage voor 111222333 op verzoek"));
        assertEquals("[BSN verwijderd]", BsnInTekst.verwijder("123456782"));
        assertEquals("bsn=[BSN verwijderd];", BsnInTekst.verwijder("bsn=123456782;"));
        assertEquals("a [BSN verwijderd] en b [BSN verwijderd]", BsnInTekst.verwijder("a 123 456 782 en b 123.456.782"));
    }

    @Test
    void otherNumbersStayReadable() {
        assertFalse(BsnInTekst.elfProef("123456789"));
        String tekst = "zaak OZ2023-D002, melding 123456789, kvk 12345678, bedrag 1234567890, datum 2026-12-02, 000000000";
        assertEquals(tekst, BsnInTekst.verwijder(tekst));
        // a valid BSN inside a longer run of digits is not a BSN on its own
        assertEquals("11122233345", BsnInTekst.verwijder("11122233345"));
        assertNull(BsnInTekst.verwijder(null));
        assertEquals("kort", BsnInTekst.verwijder("kort"));
    }
}
