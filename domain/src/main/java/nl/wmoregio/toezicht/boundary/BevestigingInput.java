package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;

/**
 * Confirms a measure "opschorting" or "beëindiging": inkoop changes the deelovereenkomst of
 * {@code productCode} (null or blank: the whole raamovereenkomst) from {@code per} (today when absent).
 */
public record BevestigingInput(String productCode, LocalDate per) {
}
