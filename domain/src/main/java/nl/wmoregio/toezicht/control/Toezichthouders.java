package nl.wmoregio.toezicht.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.wmoregio.gebruiker.boundary.GebruikerService;
import nl.wmoregio.toezicht.boundary.Organisatie;
import nl.wmoregio.toezicht.boundary.OrganisatieGeweigerd;

/** The caller's toezicht organisation, from the user's account (gebruiker.toezicht_organisatie). */
@Dependent
public class Toezichthouders {

    @Inject
    GebruikerService gebruikers;

    public Optional<Organisatie> organisatie(String gebruikersnaam) {
        return gebruikers.toezichtOrganisatie(gebruikersnaam).map(Organisatie::valueOf);
    }

    /** Refuses unless the caller works for the given organisation. */
    public void vereis(Organisatie toegewezen, String gebruikersnaam) {
        Organisatie eigen = organisatie(gebruikersnaam).orElseThrow(() -> new OrganisatieGeweigerd(
                "Uw account hoort bij geen toezichtorganisatie; vraag de beheerder dit in te stellen"));
        if (toegewezen != null && eigen != toegewezen) {
            throw new OrganisatieGeweigerd("Alleen " + toegewezen + " mag dit bewerken; u werkt voor " + eigen);
        }
    }
}
