package nl.wmoregio.toezicht.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Toezicht year figures per gemeente (issue 13 point 11), pure. Two rules live here and only here:
 * <ul>
 * <li><b>Regrouping</b>: a gemeente that went up in another counts under the current gemeente at
 * the end of its chain of mergers (Boxmeer, Cuijk, ... under Land van Cuijk), for every year.</li>
 * <li><b>Region-wide onderzoeken</b> (no gemeente): their own row, and counted for every gemeente
 * they concern, which is every gemeente (regrouped) where the provider had clients in the year,
 * the same reading as the warehouse's findings per gemeente.</li>
 * </ul>
 */
public final class Jaarcijfers {

    private Jaarcijfers() {
    }

    /** An onderzoek of the year: its recorded gemeente (null: region-wide), provider and number of measures. */
    public record Onderzoekfeit(long id, Long gemeenteId, long aanbiederId, long maatregelen) {
    }

    /**
     * One row. {@code gemeenteId} null is the region-wide row: {@code onderzoekenGemeente} 0 and
     * {@code onderzoekenRegiobreed} all region-wide onderzoeken of the year.
     */
    public record Rij(Long gemeenteId, long meldingen, long onderzoekenGemeente, long onderzoekenRegiobreed, long maatregelen) {
        public long onderzoeken() {
            return onderzoekenGemeente + onderzoekenRegiobreed;
        }
    }

    /** The current gemeente: follow the successors to the end (a cycle in bad data stops where it repeats). */
    public static long huidige(long gemeente, Map<Long, Long> opvolgerVan) {
        long huidig = gemeente;
        Set<Long> gezien = new HashSet<>();
        while (opvolgerVan.containsKey(huidig) && gezien.add(huidig)) {
            huidig = opvolgerVan.get(huidig);
        }
        return huidig;
    }

    /**
     * Whether the onderzoek concerns the (current) gemeente: recorded with it or one of its
     * predecessors, or region-wide while the provider had clients there (in {@code gemeentenVanAanbieder},
     * by any gemeente that regroups to it).
     */
    public static boolean betreft(Onderzoekfeit o, long gemeente, Map<Long, Long> opvolgerVan, Map<Long, Set<Long>> gemeentenVanAanbieder) {
        if (o.gemeenteId() != null) {
            return huidige(o.gemeenteId(), opvolgerVan) == gemeente;
        }
        return gemeentenVanAanbieder.getOrDefault(o.aanbiederId(), Set.of()).stream()
                .anyMatch(g -> huidige(g, opvolgerVan) == gemeente);
    }

    /**
     * The rows: one per current gemeente in {@code gemeenten} (in the given order; a predecessor
     * given here is folded into its successor), then the region-wide row.
     *
     * @param meldingenPerGemeente  meldingen of the year by their recorded gemeente
     * @param gemeentenVanAanbieder per provider the gemeenten (as recorded on the indicaties) where it had clients in the year
     */
    public static List<Rij> bereken(List<Long> gemeenten, Map<Long, Long> opvolgerVan, List<Onderzoekfeit> onderzoeken,
                                    Map<Long, Long> meldingenPerGemeente, Map<Long, Set<Long>> gemeentenVanAanbieder) {
        Map<Long, long[]> tellers = new LinkedHashMap<>();
        for (Long g : gemeenten) {
            tellers.computeIfAbsent(huidige(g, opvolgerVan), k -> new long[4]);
        }
        meldingenPerGemeente.forEach((g, n) -> tellers.computeIfAbsent(huidige(g, opvolgerVan), k -> new long[4])[0] += n);
        long regiobreed = 0;
        long regiobredeMaatregelen = 0;
        for (Onderzoekfeit o : onderzoeken) {
            if (o.gemeenteId() != null) {
                long[] t = tellers.computeIfAbsent(huidige(o.gemeenteId(), opvolgerVan), k -> new long[4]);
                t[1]++;
                t[3] += o.maatregelen();
                continue;
            }
            regiobreed++;
            regiobredeMaatregelen += o.maatregelen();
            Set<Long> betrokken = new HashSet<>(); // a provider with clients in two predecessors counts once for the successor
            for (Long g : gemeentenVanAanbieder.getOrDefault(o.aanbiederId(), Set.of())) {
                betrokken.add(huidige(g, opvolgerVan));
            }
            for (Long g : betrokken) {
                long[] t = tellers.computeIfAbsent(g, k -> new long[4]);
                t[2]++;
                t[3] += o.maatregelen();
            }
        }
        List<Rij> rijen = new ArrayList<>();
        tellers.forEach((g, t) -> rijen.add(new Rij(g, t[0], t[1], t[2], t[3])));
        rijen.add(new Rij(null, 0, 0, regiobreed, regiobredeMaatregelen));
        return rijen;
    }
}
