package nl.wmoregio.toegang.boundary;

/**
 * What one generator run wrote: counts per table, the sum of the declared amounts (eurocents) and
 * the time it took. The same preset and seed on the same reference data give the same numbers.
 */
public record GeneratorResultaat(String preset, long seed, long clienten, long indicaties, long verlengingen,
                                 long beeindigd, long doelen, long evaluaties, long declaratieRegels, long bedragCent,
                                 long millis, long overigeRijen, long eersteClientId) {

    /** Every row written: the toegang rows plus CEO, toezicht, kwaliteit and budget rows ({@code overigeRijen}). */
    public long rijen() {
        return clienten + indicaties + doelen + evaluaties + declaratieRegels + overigeRijen;
    }

    public long rijenPerSeconde() {
        return millis == 0 ? rijen() : rijen() * 1000 / millis;
    }
}
