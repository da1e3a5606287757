package nl.wmoregio.kwaliteit.control;

/**
 * When two scores may be laid side by side: only when they were given on the same indicator of
 * the same method version, or when one indicator is explicitly mapped to the other (a newer
 * method version states "this indicator measures the same as that one"). Mapping is followed one
 * step in either direction, never transitively: a chain v1 -> v2 -> v3 needs its own mapping
 * v3 -> v1 to compare v1 with v3, so every comparison rests on a decision someone made.
 */
public final class Vergelijkbaarheid {

    private Vergelijkbaarheid() {
    }

    /**
     * @param indicatorId   the indicator
     * @param methodeId     its method version
     * @param gekoppeldAan  the indicator of another method version it is mapped to, or null
     */
    public record Indicator(long indicatorId, long methodeId, Long gekoppeldAan) {
    }

    public static boolean vergelijkbaar(Indicator a, Indicator b) {
        if (a.methodeId() == b.methodeId()) {
            return a.indicatorId() == b.indicatorId();
        }
        return (a.gekoppeldAan() != null && a.gekoppeldAan() == b.indicatorId())
                || (b.gekoppeldAan() != null && b.gekoppeldAan() == a.indicatorId());
    }
}
