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
 * AES-256-GCM for the BSN at rest: a random 12-byte IV per value, stored as base64(iv || ciphertext+tag).
 * The key comes from configuration (wmo.bsn-sleutel), never from the repository.
 */
public final class BsnVersleuteling {

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

    public String versleutel(String bsn) {
        return versleutelBytes(bsn.getBytes(StandardCharsets.US_ASCII), "BSN");
    }

    /**
     * Any text (client contact data: name, postcode, huisnummer, phone) with the same key and
     * scheme as the BSN; UTF-8, so names with diacritics survive. Null stays null.
     */
    public String versleutelTekst(String tekst) {
        return tekst == null ? null : versleutelBytes(tekst.getBytes(StandardCharsets.UTF_8), "Tekst");
    }

    /** The reverse of {@link #versleutelTekst}; null stays null. */
    public String ontsleutelTekst(String opgeslagen) {
        return opgeslagen == null ? null : new String(ontsleutelBytes(opgeslagen, "Tekst"), StandardCharsets.UTF_8);
    }

    /** Throws when the value was made with another key or was altered (GCM authenticates). */
    public String ontsleutel(String opgeslagen) {
        return new String(ontsleutelBytes(opgeslagen, "BSN"), StandardCharsets.US_ASCII);
    }

    /** AES-GCM with a fresh random IV, stored as base64(iv || ciphertext+tag): one scheme for BSN and text. */
    private String versleutelBytes(byte[] klaar, String wat) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, iv));
            byte[] versleuteld = cipher.doFinal(klaar);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + versleuteld.length)
                    .put(iv).put(versleuteld).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(wat + " kon niet worden versleuteld", e);
        }
    }

    private byte[] ontsleutelBytes(String opgeslagen, String wat) {
        try {
            byte[] alles = Base64.getDecoder().decode(opgeslagen);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, alles, 0, IV_BYTES));
            return cipher.doFinal(alles, IV_BYTES, alles.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(wat + " kon niet worden ontsleuteld (andere sleutel of gewijzigde waarde)");
        }
    }
}
