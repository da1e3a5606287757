package nl.wmoregio.gebruiker.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.wmoregio.shared.DomainException;
import org.junit.jupiter.api.Test;

class WachtwoordRegelTest {

    private static String code(String wachtwoord, String naam) {
        DomainException e = assertThrows(DomainException.class, () -> WachtwoordRegel.controleer(wachtwoord, naam));
        assertEquals("wachtwoord", e.field());
        return e.code();
    }

    @Test
    void weakPasswordsAreRefusedNamingTheField() {
        assertEquals("WACHTWOORD_VERPLICHT", code(null, "p.jansen"));
        assertEquals("WACHTWOORD_VERPLICHT", code("   ", "p.jansen"));
        assertEquals("WACHTWOORD_TE_KORT", code("kort-maar-1", "p.jansen"));
        assertEquals("WACHTWOORD_TE_LANG", code("x".repeat(129), "p.jansen"));
        assertEquals("WACHTWOORD_BEVAT_NAAM", code("P.Jansen-in-de-zomer", "p.jansen"));
        assertEquals("WACHTWOORD_TE_ZWAK", code("wmo-demo-wmo-demo", "p.jansen"));
        assertEquals("WACHTWOORD_TE_ZWAK", code("aaaaaaaaaaaaaaaa", "p.jansen"));
        assertEquals("WACHTWOORD_TE_ZWAK", code("ababababababab", "p.jansen"));
        assertEquals("WACHTWOORD_TE_ZWAK", code("Wachtwoord123!", "p.jansen"));
        assertEquals("WACHTWOORD_TE_ZWAK", code("welkom123456", "p.jansen"));
    }

    @Test
    void aLongPassphraseIsAccepted() {
        assertDoesNotThrow(() -> WachtwoordRegel.controleer("paard batterij nietje correct", "p.jansen"));
        assertDoesNotThrow(() -> WachtwoordRegel.controleer("mijn wachtwoord is een lange zin", "p.jansen"));
    }

    @Test
    void hashesWithFewerIterationsAreOutdatedOthersNot() {
        assertTrue(Wachtwoorden.verouderd("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA=="));
        assertTrue(Wachtwoorden.verouderd("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA=="));
        assertFalse(Wachtwoorden.verouderd("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="));
        assertFalse(Wachtwoorden.verouderd("iets anders"));
        assertFalse(Wachtwoorden.verouderd(null));
        assertEquals(600_000, Wachtwoorden.ITERATIES);
    }
}
