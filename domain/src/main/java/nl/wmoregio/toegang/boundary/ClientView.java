package nl.wmoregio.toegang.boundary;

/**
 * A client as lists and pages show it. {@code bsnGemaskeerd} is ******123 and null where the
 * caller may not see identity; the full BSN never leaves the service.
 */
public record ClientView(long id, String pseudoniem, String bsnGemaskeerd, int geboortejaar, String leeftijdsklasse,
                         long gemeenteId, String gemeenteNaam, String segment, long aantalIndicaties, long version) {
}
