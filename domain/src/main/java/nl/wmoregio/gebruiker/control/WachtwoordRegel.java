package nl.wmoregio.gebruiker.control;

import java.util.Locale;
import java.util.Set;
import nl.wmoregio.shared.DomainException;

/**
 * The strength rule for an initial password set by the BEHEERDER (issue 16, L19), after NIST SP
 * 800-63B and OWASP ASVS 2.1: length counts, composition rules do not. At least 12 characters, at
 * most 128 (PBKDF2 cost), not containing the user name, not a known default password (also with
 * digits or signs appended), never containing the demo password, and at least 4 different characters.
 */
public final class WachtwoordRegel {

    public static final int MIN = 12;
    public static final int MAX = 128;
    static final Set<String> BEKEND = Set.of("wmo-demo", "welkom", "wachtwoord", "password", "changeme", "123456789012",
            "qwertyuiopas", "wachtwoord123", "password1234", "welkom123456");

    private WachtwoordRegel() {
    }

    public static void controleer(String wachtwoord, String gebruikersnaam) {
        String veld = "wachtwoord";
        if (wachtwoord == null || wachtwoord.isBlank()) {
            throw new DomainException("WACHTWOORD_VERPLICHT", veld, "Geef een beginwachtwoord");
        }
        if (wachtwoord.codePointCount(0, wachtwoord.length()) < MIN) {
            throw new DomainException("WACHTWOORD_TE_KORT", veld, "Een wachtwoord heeft minstens " + MIN + " tekens");
        }
        if (wachtwoord.length() > MAX) {
            throw new DomainException("WACHTWOORD_TE_LANG", veld, "Een wachtwoord heeft hoogstens " + MAX + " tekens");
        }
        String klein = wachtwoord.toLowerCase(Locale.ROOT);
        if (gebruikersnaam != null && !gebruikersnaam.isBlank() && klein.contains(gebruikersnaam.strip().toLowerCase(Locale.ROOT))) {
            throw new DomainException("WACHTWOORD_BEVAT_NAAM", veld, "Het wachtwoord mag de gebruikersnaam niet bevatten");
        }
        // a known password, also with digits or signs added at the end; the demo password anywhere in it
        String kern = klein.replaceAll("[^\\p{L}]+$", "");
        if (BEKEND.contains(klein) || BEKEND.contains(kern) || klein.contains("wmo-demo") || klein.chars().distinct().count() < 4) {
            throw new DomainException("WACHTWOORD_TE_ZWAK", veld,
                    "Dit wachtwoord is te makkelijk te raden; kies een zin of een reeks woorden");
        }
    }
}
