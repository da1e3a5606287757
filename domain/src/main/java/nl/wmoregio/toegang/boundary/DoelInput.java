package nl.wmoregio.toegang.boundary;

/** A goal: leefgebied (ZELFZORG, HUISHOUDEN, WONEN, ...), what and the intended result. */
public record DoelInput(String leefgebied, String omschrijving, String beoogdResultaat) {
}
