package nl.wmoregio.toegang.boundary;

/** List filter: gemeente (GEMEENTE users: only their own), segment, and a pseudonym prefix. */
public record ClientFilter(Long gemeenteId, String segment, String pseudoniem) {
}
