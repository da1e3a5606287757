package nl.wmoregio.regio.boundary;

import java.time.LocalDate;

/**
 * A merger fact: gemeente {@code gemeenteId} was dissolved after {@code datum - 1} and went up in
 * {@code opvolgerId}; {@code datum} (the day after its geldigTot) is the first day of the successor's
 * responsibility. The successor may itself have been merged later: follow the chain for "current".
 */
public record Fusie(long gemeenteId, String cbsCode, String naam, long opvolgerId, String opvolgerCbsCode, String opvolgerNaam,
                    LocalDate datum) {
}
