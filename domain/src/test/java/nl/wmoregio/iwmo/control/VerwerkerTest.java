package nl.wmoregio.iwmo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.wmoregio.iwmo.boundary.Retourcode;
import org.junit.jupiter.api.Test;

class VerwerkerTest {

    @Test
    void redenBeeindigingMapsToTheUitstroomReason() {
        assertEquals("OVERLEDEN", Verwerker.redenEinde("02"));
        assertEquals("DOEL_BEREIKT", Verwerker.redenEinde("19"));
        assertEquals("VERHUISD", Verwerker.redenEinde("31"));
        assertEquals("ANDERS", Verwerker.redenEinde("38"));
        assertEquals("ANDERS", Verwerker.redenEinde(null));
    }

    /** L17 (issue 16): a BSN that no source can check (no key) is refused, not accepted unchecked. */
    @Test
    void aBsnThatCannotBeCheckedIsRefused() {
        Retourcode onbekend = Verwerker.bsnControle(null).orElseThrow();
        assertEquals("WR10", onbekend.regel());
        assertEquals("8187", onbekend.code());
        assertTrue(onbekend.reden().contains("WMO_BSN_SLEUTEL"), onbekend.reden());
        assertEquals("TR304", Verwerker.bsnControle(false).orElseThrow().regel());
        assertTrue(Verwerker.bsnControle(true).isEmpty());
    }
}
