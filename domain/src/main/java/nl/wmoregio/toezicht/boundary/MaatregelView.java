package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;

/** A maatregel; verlopen: open and past its deadline. */
public record MaatregelView(long id, long onderzoekId, String onderzoekNummer, long aanbiederId, String aanbiederNaam, String type, String omschrijving, LocalDate deadline, String status, String opvolging, LocalDate afgerondOp, boolean verlopen, long version) {
}
