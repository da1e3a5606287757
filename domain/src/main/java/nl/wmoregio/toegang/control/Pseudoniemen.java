package nl.wmoregio.toegang.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client's pseudonym: HMAC-SHA256(pseudonym key, BSN) in hex. Stable for one key, so an exact
 * BSN search is a pseudonym lookup; without the key the pseudonym cannot be traced to the BSN.
 */
public final class Pseudoniemen {

    private final SecretKeySpec sleutel;

    public Pseudoniemen(byte[] sleutel) {
        if (sleutel == null || sleutel.length < 32) {
            throw new IllegalArgumentException("wmo.pseudoniem-sleutel moet minstens 32 bytes zijn (base64)");
        }
        this.sleutel = new SecretKeySpec(sleutel, "HmacSHA256");
    }

    public String van(String bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            return HexFormat.of().formatHex(mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isPseudoniem(String s) {
        return s != null && s.length() == 64 && s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
