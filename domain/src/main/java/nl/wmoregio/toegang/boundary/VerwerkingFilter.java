package nl.wmoregio.toegang.boundary;

import java.time.LocalDate;

/**
 * Filter of the access log export: one client (pseudonym, for an AVG inzageverzoek), one user
 * (who did what), a period (van/tot inclusive) and an action; every part optional.
 */
public record VerwerkingFilter(String pseudoniem, String gebruiker, LocalDate van, LocalDate tot, String actie) {
}
