package nl.wmoregio.toegang.boundary;

/**
 * CDI event: an indicatie (toewijzing) was created, changed or ended, fired inside the
 * transaction of the change, after the flush. Toegang knows nothing of its listeners: the iwmo
 * component observes it to put the WMO301 for that client and provider in its outbox (issue 15,
 * point 6), so the dependency stays iwmo → toegang. {@code vorigeAanbiederId}: the provider before
 * the change when it changed (that provider's toewijzingen of the client changed too), else null.
 */
public record IndicatieGewijzigd(long indicatieId, long clientId, long gemeenteId, long aanbiederId, Long vorigeAanbiederId,
                                 String soort) {
    public static final String AANGEMAAKT = "AANGEMAAKT";
    public static final String GEWIJZIGD = "GEWIJZIGD";
    public static final String BEEINDIGD = "BEEINDIGD";
}
