package nl.wmoregio.inkoop.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps a computed dashboard per year for a minute. The figures (contracted providers, clients,
 * concentration) are for steering, not for the minute; computing them scans every indicatie of
 * the year five times, which under load (50 users, region data) took 5.7 s per request
 * (docs/reliability.md). Values older than {@link #GELDIG} are recomputed by the next caller.
 */
@ApplicationScoped
public class DashboardGeheugen {

    public static final Duration GELDIG = Duration.ofSeconds(60);

    private record Waarde(long tot, Object inhoud) {
    }

    private final Map<Integer, Waarde> perJaar = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T voor(int jaar, Supplier<T> bereken) {
        long nu = System.nanoTime();
        Waarde w = perJaar.get(jaar);
        if (w != null && w.tot() - nu > 0) {
            return (T) w.inhoud();
        }
        T inhoud = bereken.get();
        perJaar.put(jaar, new Waarde(nu + GELDIG.toNanos(), inhoud));
        return inhoud;
    }
}
