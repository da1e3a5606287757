package nl.wmoregio.gebruiker.boundary;

import java.util.Set;

/**
 * A successful login: who, in which roles, and for GEMEENTE users the one gemeente they may see.
 */
public record Aanmelding(String gebruikersnaam, String volledigeNaam, Set<String> rollen, Long gemeenteId) {
}
