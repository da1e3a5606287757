package nl.wmoregio.gebruiker.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A short-lived memory of successful password checks (ADR 0005), so that HTTP Basic does not pay a
 * PBKDF2 verification (210,000 iterations) on every API request.
 * <p>
 * Never holds a clear password: an entry is SHA-256(per-process random salt, stored PBKDF2 hash,
 * password). Because the stored hash is part of the digest, a changed password (a new stored hash)
 * no longer matches at once; the caller still reads the user row on every login, so a deactivated
 * user or changed roles take effect at once too. Entries live {@link #TTL}; the map holds at most
 * {@link #MAX} users. Only successes are remembered: a wrong password always pays the full PBKDF2
 * price and is counted by the login throttle.
 */
@ApplicationScoped
public class Aanmeldgeheugen {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX = 10_000;

    private record Vermelding(byte[] digest, long verlooptOpNanos) {
    }

    private final byte[] zout = new byte[32];
    private final Map<String, Vermelding> vermeldingen = new ConcurrentHashMap<>();
    private LongSupplier klok = System::nanoTime;

    public Aanmeldgeheugen() {
        new SecureRandom().nextBytes(zout);
    }

    /** True when this name, password and stored hash were verified less than {@link #TTL} ago. */
    public boolean bekend(String gebruikersnaam, char[] wachtwoord, String opgeslagenHash) {
        Vermelding v = vermeldingen.get(gebruikersnaam);
        if (v == null) {
            return false;
        }
        if (klok.getAsLong() - v.verlooptOpNanos() >= 0) {
            vermeldingen.remove(gebruikersnaam, v);
            return false;
        }
        return MessageDigest.isEqual(v.digest(), digest(wachtwoord, opgeslagenHash));
    }

    /** Remember a check that succeeded (call only after a full PBKDF2 verification said yes). */
    public void onthoud(String gebruikersnaam, char[] wachtwoord, String opgeslagenHash) {
        long nu = klok.getAsLong();
        if (vermeldingen.size() >= MAX && !vermeldingen.containsKey(gebruikersnaam)) {
            vermeldingen.values().removeIf(v -> nu - v.verlooptOpNanos() >= 0);
            if (vermeldingen.size() >= MAX) {
                vermeldingen.clear(); // bounded: worst case everyone pays PBKDF2 once more
            }
        }
        vermeldingen.put(gebruikersnaam, new Vermelding(digest(wachtwoord, opgeslagenHash), nu + TTL.toNanos()));
    }

    /** Forget a user, e.g. after a password, role or active-flag change made through the application. */
    public void vergeet(String gebruikersnaam) {
        vermeldingen.remove(gebruikersnaam);
    }

    int grootte() {
        return vermeldingen.size();
    }

    void setKlok(LongSupplier klok) {
        this.klok = klok;
    }

    private byte[] digest(char[] wachtwoord, String opgeslagenHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(zout);
            sha.update(opgeslagenHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(wachtwoord));
            byte[] plain = new byte[bytes.remaining()];
            bytes.get(plain);
            sha.update(plain);
            Arrays.fill(plain, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
