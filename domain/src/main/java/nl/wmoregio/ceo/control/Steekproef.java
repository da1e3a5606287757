package nl.wmoregio.ceo.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Draws the survey sample: stratified by product group with proportional allocation (largest
 * remainder, so the strata add up to the requested size), random within a stratum. The same
 * population, size and seed always give the same sample: the population is put in a fixed order
 * (by pseudonym) before the seeded shuffle, so database row order does not matter.
 */
public final class Steekproef {

    private Steekproef() {
    }

    /** One client of the population: pseudonym, the product group it is counted under, its provider. */
    public record Kandidaat(String pseudoniem, String productgroep, Long aanbiederId) {
    }

    public static List<Kandidaat> trek(List<Kandidaat> populatie, int omvang, long seed) {
        if (omvang < 1) {
            throw new IllegalArgumentException("omvang must be positive");
        }
        if (omvang >= populatie.size()) {
            List<Kandidaat> alle = new ArrayList<>(populatie);
            alle.sort(Comparator.comparing(Kandidaat::pseudoniem));
            return alle;
        }
        Map<String, List<Kandidaat>> strata = new TreeMap<>();
        for (Kandidaat k : populatie) {
            strata.computeIfAbsent(k.productgroep(), g -> new ArrayList<>()).add(k);
        }
        Map<String, Integer> toewijzing = verdeel(strata, populatie.size(), omvang);
        Random random = new Random(seed);
        List<Kandidaat> gekozen = new ArrayList<>(omvang);
        for (Map.Entry<String, List<Kandidaat>> stratum : strata.entrySet()) {
            List<Kandidaat> leden = new ArrayList<>(stratum.getValue());
            leden.sort(Comparator.comparing(Kandidaat::pseudoniem));
            int nodig = toewijzing.get(stratum.getKey());
            // Partial Fisher-Yates: the first 'nodig' positions become a uniform random subset.
            for (int i = 0; i < nodig; i++) {
                int j = i + random.nextInt(leden.size() - i);
                Kandidaat t = leden.get(i);
                leden.set(i, leden.get(j));
                leden.set(j, t);
            }
            gekozen.addAll(leden.subList(0, nodig));
        }
        return gekozen;
    }

    /** Proportional allocation per stratum with the largest-remainder method (ties: stratum name). */
    static Map<String, Integer> verdeel(Map<String, List<Kandidaat>> strata, int totaal, int omvang) {
        Map<String, Integer> toewijzing = new TreeMap<>();
        List<Map.Entry<String, Double>> resten = new ArrayList<>();
        int verdeeld = 0;
        for (Map.Entry<String, List<Kandidaat>> s : strata.entrySet()) {
            double exact = (double) omvang * s.getValue().size() / totaal;
            int heel = (int) Math.floor(exact);
            toewijzing.put(s.getKey(), heel);
            verdeeld += heel;
            resten.add(Map.entry(s.getKey(), exact - heel));
        }
        resten.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; verdeeld < omvang; i++) {
            String key = resten.get(i % resten.size()).getKey();
            if (toewijzing.get(key) < strata.get(key).size()) {
                toewijzing.merge(key, 1, Integer::sum);
                verdeeld++;
            }
        }
        return toewijzing;
    }
}
