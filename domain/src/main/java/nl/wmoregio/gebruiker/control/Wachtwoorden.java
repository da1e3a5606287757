package nl.wmoregio.gebruiker.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2 hashing through Jakarta Security's standard {@link Pbkdf2PasswordHash}. */
@ApplicationScoped
public class Wachtwoorden {

    /** OWASP (2023) advises at least 600,000 for SHA-256; 210,000 keeps an HTTP Basic call around 0.1 s here. */
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
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
}
