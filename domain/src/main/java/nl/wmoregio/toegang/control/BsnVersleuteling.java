package nl.wmoregio.toegang.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for the BSN and contact data at rest: a random 12-byte IV per value. The key comes
 * from configuration (wmo.bsn-sleutel), never from the repository.
 *
 * <p>Stored forms (issue 16 L16):
 * <ul>
 *   <li>{@code v1:} + base64(iv || ciphertext+tag), with GCM associated data
 *       {@code client.<kolom>:<pseudoniem>}: the value opens only in the column and on the row (the
 *       client's pseudonym) it was written for, so a ciphertext copied onto another client or into
 *       another column fails authentication instead of showing one client's BSN on another.</li>
 *   <li>base64(iv || ciphertext+tag) without prefix and without associated data: values written
 *       before v1. They are still read (':' is not a base64 character, so the forms cannot be
 *       confused) and become v1 the next time they are written.</li>
 * </ul>
 */
public final class BsnVersleuteling {

    static final String V1 = "v1:";
    public static final String KOLOM_BSN = "bsn_versleuteld";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec sleutel;
    private final SecureRandom random;

    public BsnVersleuteling(byte[] sleutel) {
        this(sleutel, new SecureRandom());
    }

    /** With a given random source: the generator uses a seeded one so its output is repeatable. */
    public BsnVersleuteling(byte[] sleutel, SecureRandom random) {
        if (sleutel == null || sleutel.length != 32) {
            throw new IllegalArgumentException("wmo.bsn-sleutel moet 32 bytes zijn (base64)");
        }
        this.sleutel = new SecretKeySpec(sleutel, "AES");
        this.random = random;
    }

    /** The BSN of the client with this pseudonym, for client.bsn_versleuteld. */
    public String versleutel(String bsn, String pseudoniem) {
        return versleutelBytes(bsn.getBytes(StandardCharsets.US_ASCII), aad(KOLOM_BSN, pseudoniem), "BSN");
    }

    /** Throws when the value was made with another key, for another client, or was altered (GCM authenticates). */
    public String ontsleutel(String opgeslagen, String pseudoniem) {
        return new String(ontsleutelBytes(opgeslagen, aad(KOLOM_BSN, pseudoniem), "BSN"), StandardCharsets.US_ASCII);
    }

    /**
     * Any text (client contact data: name, postcode, huisnummer, phone) with the same key and
     * scheme as the BSN, bound to the column and the client's pseudonym; UTF-8, so names with
     * diacritics survive. Null stays null.
     */
    public String versleutelTekst(String tekst, String kolom, String pseudoniem) {
        return tekst == null ? null : versleutelBytes(tekst.getBytes(StandardCharsets.UTF_8), aad(kolom, pseudoniem), "Tekst");
    }

    /** The reverse of {@link #versleutelTekst}; null stays null. */
    public String ontsleutelTekst(String opgeslagen, String kolom, String pseudoniem) {
        return opgeslagen == null ? null
                : new String(ontsleutelBytes(opgeslagen, aad(kolom, pseudoniem), "Tekst"), StandardCharsets.UTF_8);
    }

    static byte[] aad(String kolom, String pseudoniem) {
        if (kolom == null || kolom.isBlank() || pseudoniem == null || pseudoniem.isBlank()) {
            // fail closed: a value bound to nothing could be moved anywhere
            throw new IllegalArgumentException("kolom en pseudoniem zijn nodig om te versleutelen");
        }
        return ("client." + kolom + ":" + pseudoniem).getBytes(StandardCharsets.UTF_8);
    }

    /** AES-GCM with a fresh random IV and associated data, stored as v1:base64(iv || ciphertext+tag). */
    private String versleutelBytes(byte[] klaar, byte[] aad, String wat) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            byte[] versleuteld = cipher.doFinal(klaar);
            return V1 + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + versleuteld.length)
                    .put(iv).put(versleuteld).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(wat + " kon niet worden versleuteld", e);
        }
    }

    private byte[] ontsleutelBytes(String opgeslagen, byte[] aad, String wat) {
        try {
            boolean v1 = opgeslagen.startsWith(V1);
            byte[] alles = Base64.getDecoder().decode(v1 ? opgeslagen.substring(V1.length()) : opgeslagen);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, alles, 0, IV_BYTES));
            if (v1) {
                cipher.updateAAD(aad);
            }
            return cipher.doFinal(alles, IV_BYTES, alles.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(wat + " kon niet worden ontsleuteld (andere sleutel, andere cliënt of gewijzigde waarde)");
        }
    }
}
