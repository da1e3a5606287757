package nl.wmoregio.web.toegang;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Params;
import nl.wmoregio.toegang.boundary.ClientContactService;
import nl.wmoregio.toegang.boundary.ContactInput;
import nl.wmoregio.toegang.boundary.ContactView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A client's contact data (encrypted at rest; every read logged). Roles as the client page. */
@Path("clienten/{id}/contact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Toegang")
public class ClientContactResource {

    @Inject
    ClientContactService service;

    @GET
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE, Rollen.TOEZICHTHOUDER})
    @Operation(summary = "Naam, postcode, huisnummer en telefoon van de cliënt (BEHEERDER, GEMEENTE eigen gemeente, "
            + "TOEZICHTHOUDER met reden); elke inzage wordt gelogd")
    public ContactView lees(@PathParam("id") long id, @jakarta.ws.rs.HeaderParam(Params.REDEN_KOP) String redenKop,
                            @QueryParam("reden") String reden) {
        return service.lees(id, Params.reden(redenKop, reden));
    }

    @PUT
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Contactgegevens vastleggen (BEHEERDER, GEMEENTE eigen gemeente): achternaam plus adres of telefoon")
    public ContactView wijzig(@PathParam("id") long id, ContactInput input) {
        return service.wijzig(id, input);
    }
}
