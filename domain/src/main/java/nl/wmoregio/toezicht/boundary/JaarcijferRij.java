package nl.wmoregio.toezicht.boundary;

/**
 * One row of the toezicht year figures per gemeente (issue 13 point 11). {@code gemeenteId} null:
 * the region-wide row (onderzoeken without a gemeente). A merged gemeente's figures are under its
 * current successor.
 *
 * @param onderzoekenGemeente   onderzoeken recorded with this gemeente or one of its predecessors
 * @param onderzoekenRegiobreed region-wide onderzoeken of a provider that had clients here in the year (region-wide row: all of them)
 * @param onderzoeken           the sum of both
 * @param maatregelen           measures of all those onderzoeken
 */
public record JaarcijferRij(Long gemeenteId, String cbsCode, String naam, long meldingen, long onderzoekenGemeente,
                            long onderzoekenRegiobreed, long onderzoeken, long maatregelen) {
}
