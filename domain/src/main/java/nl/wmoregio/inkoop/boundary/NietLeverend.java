package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;

/** A deelovereenkomst that on the asked date takes no new clients: suspended or ended (for the continuity list). */
public record NietLeverend(long aanbiederId, String aanbiederNaam, String productCode, String status, LocalDate per,
                           String reden) {
}
