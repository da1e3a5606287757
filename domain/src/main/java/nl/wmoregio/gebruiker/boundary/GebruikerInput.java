package nl.wmoregio.gebruiker.boundary;

import java.util.List;

/**
 * Create or change a user. {@code gebruikersnaam} and {@code wachtwoord} count on create; on a change
 * the name stays and a non-empty {@code wachtwoord} sets a new initial password. {@code reden} (why)
 * is required and goes to the audit trail.
 */
public record GebruikerInput(String gebruikersnaam, String volledigeNaam, String wachtwoord, List<String> rollen,
                             Long gemeenteId, String toezichtOrganisatie, Long aanbiederId, String reden) {
}
