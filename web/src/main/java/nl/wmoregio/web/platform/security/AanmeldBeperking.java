package nl.wmoregio.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_PER_GEBRUIKER} failed logins for one user
 * name from one address, or {@value #MAX_PER_ADRES} from one address in all, that pair (or
 * address) is refused for {@link #BLOKKADE}. Keyed by name AND address so that someone elsewhere
 * cannot lock a colleague out. Kept in memory: a restart forgets, which is acceptable for a
 * throttle (it is not an account lock).
 *
 * <p>Issue 16, M5: (1) the address is the client's, not the reverse proxy's: behind a proxy listed in
 * {@code WMO_VERTROUWDE_PROXIES} the right-most address of {@code X-Forwarded-For} that is not a
 * trusted proxy counts ({@link #adres}); (2) per account across all addresses a back-off: from the
 * {@value #BACKOFF_VANAF}th failure in the window every further attempt waits 2^(n-{@value #BACKOFF_VANAF})
 * seconds, at most {@link #BACKOFF_MAX} (it slows a distributed guess without a hard lock anyone can
 * trigger); (3) names are compared as the database's {@code utf8mb4_unicode_ci} collation does
 * (case and accents ignored), so {@code Beheérder} and {@code beheerder} count as one.
 */
@ApplicationScoped
public class AanmeldBeperking {

    static final int MAX_PER_GEBRUIKER = 5;
    static final int MAX_PER_ADRES = 50;
    static final Duration VENSTER = Duration.ofMinutes(15);
    static final Duration BLOKKADE = Duration.ofMinutes(5);
    static final int BACKOFF_VANAF = 10;
    static final Duration BACKOFF_MAX = Duration.ofMinutes(5);

    private record Pogingen(int aantal, Instant eerste, Instant geblokkeerdTot) {
    }

    private final Map<String, Pogingen> pogingen = new ConcurrentHashMap<>();
    private final Map<String, Pogingen> perAccount = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();
    private final Set<String> vertrouwdeProxies = proxies(System.getenv("WMO_VERTROUWDE_PROXIES"));

    /** The client's address: the socket address, or behind a trusted proxy the forwarded one. */
    public String adres(String socketAdres, String forwardedFor) {
        return adres(socketAdres, forwardedFor, vertrouwdeProxies);
    }

    static String adres(String socketAdres, String forwardedFor, Set<String> proxies) {
        if (socketAdres == null || !proxies.contains(socketAdres) || forwardedFor == null || forwardedFor.isBlank()) {
            return socketAdres;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.contains(hops.get(i))) {
                return hops.get(i); // the first hop not added by our own proxies; anything left of it the client wrote
            }
        }
        return socketAdres;
    }

    static Set<String> proxies(String lijst) {
        return lijst == null ? Set.of() : Arrays.stream(lijst.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
    public long wachttijd(String gebruiker, String adres) {
        Instant nu = clock.instant();
        return Math.max(Math.max(wacht(sleutel(gebruiker, adres), nu), wacht(adres, nu)), backoff(naam(gebruiker), nu));
    }

    public void mislukt(String gebruiker, String adres) {
        Instant nu = clock.instant();
        tel(sleutel(gebruiker, adres), MAX_PER_GEBRUIKER, nu);
        tel(adres, MAX_PER_ADRES, nu);
        perAccount.compute(naam(gebruiker), (k, p) -> {
            if (p == null || p.eerste().plus(VENSTER).isBefore(nu)) {
                p = new Pogingen(0, nu, Instant.MIN);
            }
            int aantal = p.aantal() + 1;
            long seconden = aantal < BACKOFF_VANAF ? 0 : Math.min(BACKOFF_MAX.toSeconds(), 1L << Math.min(30, aantal - BACKOFF_VANAF));
            return new Pogingen(aantal, p.eerste(), seconden == 0 ? p.geblokkeerdTot() : nu.plusSeconds(seconden));
        });
        if (perAccount.size() > 100_000) {
            perAccount.values().removeIf(p -> p.eerste().plus(VENSTER).isBefore(nu) && !p.geblokkeerdTot().isAfter(nu));
        }
        if (pogingen.size() > 100_000) {
            pogingen.values().removeIf(p -> p.eerste().plus(VENSTER).isBefore(nu) && !p.geblokkeerdTot().isAfter(nu));
        }
    }

    public void gelukt(String gebruiker, String adres) {
        pogingen.remove(sleutel(gebruiker, adres));
        perAccount.remove(naam(gebruiker));
    }

    private long backoff(String naam, Instant nu) {
        Pogingen p = perAccount.get(naam);
        return p == null || !p.geblokkeerdTot().isAfter(nu) ? 0 : Duration.between(nu, p.geblokkeerdTot()).toSeconds() + 1;
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
        return naam(gebruiker) + "@" + adres;
    }

    /** A user name as utf8mb4_unicode_ci compares it: without case, accents and surrounding blanks. */
    static String naam(String gebruiker) {
        if (gebruiker == null) {
            return "";
        }
        return Normalizer.normalize(gebruiker.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
