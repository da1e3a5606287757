package nl.wmoregio.gebruiker.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 hashing through Jakarta Security's standard {@link Pbkdf2PasswordHash}.
 * <p>
 * Issue 16, L7: {@value #ITERATIES} iterations of PBKDF2-HMAC-SHA256, the OWASP Password Storage
 * Cheat Sheet figure (2023). A stored hash names its own iteration count, so hashes made with the
 * earlier 210,000 keep verifying; {@link #verouderd} tells the login to store a fresh hash after a
 * successful check. The cost is paid once per login and once a minute per Basic-auth client: the
 * verified-credential memory (ADR 0005) skips PBKDF2 for a repeat of a recent successful login.
 */
@ApplicationScoped
public class Wachtwoorden {

    static final int ITERATIES = 600_000;

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIES),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash hash;

    private String dummyHash;

    @PostConstruct
    void init() {
        hash.initialize(PARAMETERS);
        dummyHash = hash.generate("niet-een-echt-wachtwoord".toCharArray());
    }

    public String hash(char[] wachtwoord) {
        return hash.generate(wachtwoord);
    }

    public boolean verify(char[] wachtwoord, String opgeslagen) {
        return hash.verify(wachtwoord, opgeslagen);
    }

    public void verifyAgainstDummy(char[] wachtwoord) {
        hash.verify(wachtwoord, dummyHash);
    }

    /**
     * True when a stored hash was made with other parameters than today's (fewer iterations, another
     * algorithm): after a successful login it is replaced. Stored form: {@code algorithm:iterations:salt:hash}.
     */
    public static boolean verouderd(String opgeslagen) {
        if (opgeslagen == null) {
            return false;
        }
        String[] delen = opgeslagen.split(":");
        if (delen.length != 4) {
            return false; // not a hash we can read: leave it, verification decides
        }
        try {
            return !"PBKDF2WithHmacSHA256".equals(delen[0]) || Integer.parseInt(delen[1]) < ITERATIES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
