package nl.wmoregio.iwmo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
