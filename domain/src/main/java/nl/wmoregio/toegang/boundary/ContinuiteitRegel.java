package nl.wmoregio.toegang.boundary;

import java.time.LocalDate;

/**
 * One open indicatie at a provider whose deelovereenkomst for the product is suspended or ended
 * (continuity list, seed 004 overgangsrecht). {@code clientId} and {@code pseudoniem} only for
 * roles that may see clients (BEHEERDER, GEMEENTE); contract management sees the rest.
 */
public record ContinuiteitRegel(long indicatieId, long version, Long clientId, String pseudoniem, long gemeenteId,
                                String gemeenteNaam, String productCode, String productNaam, long aanbiederId,
                                String aanbiederNaam, String contractstatus, LocalDate per, String reden, LocalDate van,
                                LocalDate tot) {
}
