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

    static final String P = "a".repeat(64);
    static final String Q = "b".repeat(64);

    @Test
    void encryptionRoundTripsAndNeverShowsTheBsn() {
        BsnVersleuteling aes = new BsnVersleuteling(SLEUTEL_A);
        String versleuteld = aes.versleutel("111222333", P);
        assertFalse(versleuteld.contains("111222333"));
        assertTrue(versleuteld.startsWith("v1:"), versleuteld);
        assertTrue(versleuteld.length() <= 120, "fits client.bsn_versleuteld: " + versleuteld.length());
        assertEquals("111222333", aes.ontsleutel(versleuteld, P));
        assertNotEquals(versleuteld, aes.versleutel("111222333", P), "a fresh IV each time");
        String naam = aes.versleutelTekst("Çelik-Ünal", "achternaam_versleuteld", P);
        assertTrue(naam.length() <= 512);
        assertEquals("Çelik-Ünal", aes.ontsleutelTekst(naam, "achternaam_versleuteld", P));
    }

    @Test
    void anotherKeyOrATamperedValueCannotBeDecrypted() {
        String versleuteld = new BsnVersleuteling(SLEUTEL_A).versleutel("111222333", P);
        assertThrows(IllegalStateException.class, () -> new BsnVersleuteling(SLEUTEL_B).ontsleutel(versleuteld, P));
        byte[] raw = Base64.getDecoder().decode(versleuteld.substring(3));
        raw[raw.length - 1] ^= 1;
        String gewijzigd = "v1:" + Base64.getEncoder().encodeToString(raw);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new BsnVersleuteling(SLEUTEL_A).ontsleutel(gewijzigd, P));
        assertFalse(e.getMessage().contains("111222333"));
        assertThrows(IllegalArgumentException.class, () -> new BsnVersleuteling(new byte[16]));
    }

    /** L16 (issue 16): a ciphertext copied to another client's row or another column does not open. */
    @Test
    void aCiphertextOpensOnlyOnTheRowAndColumnItWasWrittenFor() {
        BsnVersleuteling aes = new BsnVersleuteling(SLEUTEL_A);
        String bsnVanP = aes.versleutel("111222333", P);
        assertThrows(IllegalStateException.class, () -> aes.ontsleutel(bsnVanP, Q), "copied onto another client");
        String telefoon = aes.versleutelTekst("0612345678", "telefoon_versleuteld", P);
        assertThrows(IllegalStateException.class, () -> aes.ontsleutelTekst(telefoon, "achternaam_versleuteld", P),
                "moved into another column");
        assertThrows(IllegalStateException.class, () -> aes.ontsleutelTekst(telefoon, "telefoon_versleuteld", Q));
        // stripping the version prefix (to fall back to the scheme without associated data) fails too
        assertThrows(IllegalStateException.class, () -> aes.ontsleutel(bsnVanP.substring(3), P));
        assertThrows(IllegalArgumentException.class, () -> aes.versleutel("111222333", null), "never bound to nothing");
    }

    /** Values stored before L16 (base64, no prefix, no associated data) still decrypt. */
    @Test
    void aValueStoredBeforeAssociatedDataStillDecrypts() throws Exception {
        byte[] iv = new byte[12];
        iv[3] = 7;
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        c.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(SLEUTEL_A, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] ct = c.doFinal("111222333".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] alles = new byte[iv.length + ct.length];
        System.arraycopy(iv, 0, alles, 0, iv.length);
        System.arraycopy(ct, 0, alles, iv.length, ct.length);
        String oud = Base64.getEncoder().encodeToString(alles);
        BsnVersleuteling aes = new BsnVersleuteling(SLEUTEL_A);
        assertEquals("111222333", aes.ontsleutel(oud, P));
        assertEquals("111222333", aes.ontsleutelTekst(oud, "achternaam_versleuteld", Q));
        assertThrows(IllegalStateException.class, () -> new BsnVersleuteling(SLEUTEL_B).ontsleutel(oud, P));
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
