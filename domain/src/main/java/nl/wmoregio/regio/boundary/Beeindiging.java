package nl.wmoregio.regio.boundary;

import java.time.LocalDate;

/**
 * Ends a gemeente (never a hard delete).
 *
 * @param opvolgerCbsCode the gemeente it merged into, if any (e.g. GM1982 Land van Cuijk)
 */
public record Beeindiging(LocalDate geldigTot, String reden, String opvolgerCbsCode) {
}
