package nl.wmoregio.gebruiker.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AanmeldgeheugenTest {

    private final AtomicLong nu = new AtomicLong(1_000);
    private final Aanmeldgeheugen geheugen = new Aanmeldgeheugen();

    {
        geheugen.setKlok(nu::get);
    }

    @Test
    void remembersOnlyTheExactNamePasswordAndStoredHash() {
        assertFalse(geheugen.bekend("ann", "geheim".toCharArray(), "hash-1"), "nothing before a success");
        geheugen.onthoud("ann", "geheim".toCharArray(), "hash-1");
        assertTrue(geheugen.bekend("ann", "geheim".toCharArray(), "hash-1"));
        assertFalse(geheugen.bekend("ann", "geheim!".toCharArray(), "hash-1"), "another password");
        assertFalse(geheugen.bekend("ann", "geheim".toCharArray(), "hash-2"), "the password was changed: new stored hash");
        assertFalse(geheugen.bekend("bob", "geheim".toCharArray(), "hash-1"), "another user");
    }

    @Test
    void forgetsAfterTheTtlAndOnRequest() {
        geheugen.onthoud("ann", "geheim".toCharArray(), "hash-1");
        nu.addAndGet(Aanmeldgeheugen.TTL.toNanos() - 1);
        assertTrue(geheugen.bekend("ann", "geheim".toCharArray(), "hash-1"));
        nu.addAndGet(1);
        assertFalse(geheugen.bekend("ann", "geheim".toCharArray(), "hash-1"), "expired");
        geheugen.onthoud("ann", "geheim".toCharArray(), "hash-1");
        geheugen.vergeet("ann");
        assertFalse(geheugen.bekend("ann", "geheim".toCharArray(), "hash-1"), "forgotten");
    }

    @Test
    void staysBounded() {
        for (int i = 0; i < Aanmeldgeheugen.MAX + 50; i++) {
            geheugen.onthoud("gebruiker" + i, "x".toCharArray(), "h");
        }
        assertTrue(geheugen.grootte() <= Aanmeldgeheugen.MAX, "size " + geheugen.grootte());
        assertTrue(geheugen.bekend("gebruiker" + (Aanmeldgeheugen.MAX + 49), "x".toCharArray(), "h"));
    }
}
