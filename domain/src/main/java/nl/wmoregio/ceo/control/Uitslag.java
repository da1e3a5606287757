package nl.wmoregio.ceo.control;

import java.util.Collection;

/**
 * The published CEO figure for one question: the share answering (helemaal) eens (or ja) among
 * those who gave an opinion, with a 95% Wilson score interval. Weet niet (9), n.v.t. (8) and blank
 * (null) are no opinion: excluded from n and counted separately.
 *
 * <p>Wilson rather than the normal approximation: it stays inside 0..100% and behaves at small n and
 * at shares near 0 or 100%, where the normal interval collapses or overshoots.
 */
public final class Uitslag {

    public static final double Z95 = 1.959963984540054;
    public static final int WEET_NIET = 9;
    public static final int NVT = 8;
    /** Cells (breakdowns) below this n are suppressed. */
    public static final int MINIMUM_N = 10;

    private Uitslag() {
    }

    /** n with an opinion, how many positive, excluded (no opinion), percentage and Wilson interval in percent. */
    public record Cijfer(int n, int positief, int zonderOordeel, Double percentage, Double ciLaag, Double ciHoog,
                         boolean onderdrukt) {
    }

    public static boolean isPositief(String type, int antwoord) {
        return "JANEE".equals(type) ? antwoord == 1 : antwoord == 4 || antwoord == 5;
    }

    public static boolean heeftOordeel(Integer antwoord) {
        return antwoord != null && antwoord != WEET_NIET && antwoord != NVT;
    }

    /** The figure for one set of answers of one question. */
    public static Cijfer bereken(String type, Collection<Integer> antwoorden) {
        int n = 0;
        int positief = 0;
        int zonder = 0;
        for (Integer a : antwoorden) {
            if (!heeftOordeel(a)) {
                zonder++;
                continue;
            }
            n++;
            if (isPositief(type, a)) {
                positief++;
            }
        }
        return cijfer(n, positief, zonder);
    }

    public static Cijfer cijfer(int n, int positief, int zonderOordeel) {
        if (n == 0) {
            return new Cijfer(0, 0, zonderOordeel, null, null, null, false);
        }
        double[] ci = wilson(positief, n);
        return new Cijfer(n, positief, zonderOordeel, rond(100.0 * positief / n), rond(100 * ci[0]), rond(100 * ci[1]), false);
    }

    /** The same figure for a breakdown cell: suppressed (no percentage, no interval) below {@link #MINIMUM_N}. */
    public static Cijfer cel(int n, int positief, int zonderOordeel) {
        if (n < MINIMUM_N) {
            return new Cijfer(n, 0, zonderOordeel, null, null, null, true);
        }
        return cijfer(n, positief, zonderOordeel);
    }

    /** Wilson score interval (95%) for x successes out of n, as fractions. */
    public static double[] wilson(int x, int n) {
        if (n <= 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("0 <= x <= n and n > 0 required");
        }
        double p = (double) x / n;
        double z2 = Z95 * Z95;
        double noemer = 1 + z2 / n;
        double midden = (p + z2 / (2.0 * n)) / noemer;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / noemer;
        return new double[] {Math.max(0, midden - half), Math.min(1, midden + half)};
    }

    /** One decimal, as published. */
    static double rond(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
