package nl.wmoregio.toegang.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** AES-GCM of the BSN and the HMAC pseudonym, with throw-away test keys. */
class ClientSleutelsTest {

    static final byte[] SLEUTEL_A = sleutel(1);
    static final byte[] SLEUTEL_B = sleutel(2);

    static byte[] sleutel(int vulling) {
        byte[] b = new byte[32];
        Arrays.fill(b, (byte) vulling);
        b[0] = 42;
        return b;
    }

    @Test
    void encryptionRoundTripsAndNeverShowsTheBsn() {
        BsnVersleuteling aes = new BsnVersleuteling(SLEUTEL_A);
        String versleuteld = aes.versleutel("111222333");
        assertFalse(versleuteld.contains("111222333"));
        assertTrue(versleuteld.length() <= 120, "fits client.bsn_versleuteld: " + versleuteld.length());
        assertEquals("111222333", aes.ontsleutel(versleuteld));
        assertNotEquals(versleuteld, aes.versleutel("111222333"), "a fresh IV each time");
    }

    @Test
    void anotherKeyOrATamperedValueCannotBeDecrypted() {
        String versleuteld = new BsnVersleuteling(SLEUTEL_A).versleutel("111222333");
        assertThrows(IllegalStateException.class, () -> new BsnVersleuteling(SLEUTEL_B).ontsleutel(versleuteld));
        byte[] raw = Base64.getDecoder().decode(versleuteld);
        raw[raw.length - 1] ^= 1;
        String gewijzigd = Base64.getEncoder().encodeToString(raw);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new BsnVersleuteling(SLEUTEL_A).ontsleutel(gewijzigd));
        assertFalse(e.getMessage().contains("111222333"));
        assertThrows(IllegalArgumentException.class, () -> new BsnVersleuteling(new byte[16]));
    }

    @Test
    void pseudonymIsStablePerKeyAndDiffersBetweenKeys() {
        Pseudoniemen a = new Pseudoniemen(SLEUTEL_A);
        String p = a.van("111222333");
        assertEquals(64, p.length());
        assertTrue(Pseudoniemen.isPseudoniem(p));
        assertEquals(p, new Pseudoniemen(SLEUTEL_A).van("111222333"), "same key, same pseudonym");
        assertNotEquals(p, new Pseudoniemen(SLEUTEL_B).van("111222333"), "other key, other pseudonym");
        assertNotEquals(p, a.van("123456782"), "other BSN, other pseudonym");
        assertFalse(p.contains("111222333"));
    }

    /**
     * Stable across runs, JVMs and releases, not only within one process: known answers computed
     * outside Java (Python's hmac/hashlib, HMAC-SHA256 over the ASCII BSN). A change of algorithm,
     * encoding or key handling would re-key every client and break every BSN search.
     */
    @Test
    void pseudonymMatchesKnownAnswersPerKey() {
        assertEquals("9aa625f0ecb52e6189391b25db50a897a5bbb1f0aa57a25b452cf6da7d1dc78d",
                new Pseudoniemen(SLEUTEL_A).van("111222333"));
        assertEquals("990746b501df4fdcf836d2bb0e75f922fb7e3f567d8414faaff6035ff3d9f4b8",
                new Pseudoniemen(SLEUTEL_B).van("111222333"));
    }
}
