package nl.wmoregio.gebruiker.boundary;

import java.util.List;

/** A user as the beheer screen and REST show it: never the password hash. */
public record GebruikerView(long id, String gebruikersnaam, String volledigeNaam, List<String> rollen, Long gemeenteId,
                            String toezichtOrganisatie, Long aanbiederId, boolean actief, long version) {
}
