package nl.wmoregio.toegang.boundary;

/** A new client or a change. The BSN is only read when creating; a client's BSN never changes. */
public record ClientInput(String bsn, Integer geboortejaar, Long gemeenteId, String segment) {
}
