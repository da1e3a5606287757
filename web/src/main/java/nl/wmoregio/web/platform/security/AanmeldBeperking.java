package nl.wmoregio.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_PER_GEBRUIKER} failed logins for one user
 * name from one address, or {@value #MAX_PER_ADRES} from one address in all, that pair (or
 * address) is refused for {@link #BLOKKADE}. Keyed by name AND address so that someone elsewhere
 * cannot lock a colleague out. Kept in memory: a restart forgets, which is acceptable for a
 * throttle (it is not an account lock).
 */
@ApplicationScoped
public class AanmeldBeperking {

    static final int MAX_PER_GEBRUIKER = 5;
    static final int MAX_PER_ADRES = 50;
    static final Duration VENSTER = Duration.ofMinutes(15);
    static final Duration BLOKKADE = Duration.ofMinutes(5);

    private record Pogingen(int aantal, Instant eerste, Instant geblokkeerdTot) {
    }

    private final Map<String, Pogingen> pogingen = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
    public long wachttijd(String gebruiker, String adres) {
        Instant nu = clock.instant();
        return Math.max(wacht(sleutel(gebruiker, adres), nu), wacht(adres, nu));
    }

    public void mislukt(String gebruiker, String adres) {
        Instant nu = clock.instant();
        tel(sleutel(gebruiker, adres), MAX_PER_GEBRUIKER, nu);
        tel(adres, MAX_PER_ADRES, nu);
        if (pogingen.size() > 100_000) {
            pogingen.values().removeIf(p -> p.eerste().plus(VENSTER).isBefore(nu) && !p.geblokkeerdTot().isAfter(nu));
        }
    }

    public void gelukt(String gebruiker, String adres) {
        pogingen.remove(sleutel(gebruiker, adres));
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }

    private long wacht(String key, Instant nu) {
        Pogingen p = pogingen.get(key);
        return p == null || !p.geblokkeerdTot().isAfter(nu) ? 0 : Duration.between(nu, p.geblokkeerdTot()).toSeconds() + 1;
    }

    private void tel(String key, int max, Instant nu) {
        pogingen.compute(key, (k, p) -> {
            if (p == null || p.eerste().plus(VENSTER).isBefore(nu)) {
                p = new Pogingen(0, nu, Instant.MIN);
            }
            int aantal = p.aantal() + 1;
            return new Pogingen(aantal, p.eerste(), aantal >= max ? nu.plus(BLOKKADE) : p.geblokkeerdTot());
        });
    }

    private static String sleutel(String gebruiker, String adres) {
        return (gebruiker == null ? "" : gebruiker.strip().toLowerCase(Locale.ROOT)) + "@" + adres;
    }
}
