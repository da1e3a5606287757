package nl.wmoregio.web.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmoregio.privacy.boundary.BewaartermijnInput;
import nl.wmoregio.privacy.boundary.BewaartermijnService;
import nl.wmoregio.privacy.boundary.BewaartermijnView;
import nl.wmoregio.privacy.boundary.BewaringResultaat;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data retention per kind of record (BEHEERDER): the settings, a change (If-Match) and a run now. */
@Path("beheer/bewaartermijnen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Rollen.BEHEERDER)
@Tag(name = "Bewaartermijnen")
public class BewaartermijnResource {

    @Inject
    BewaartermijnService service;

    @GET
    @Operation(summary = "Bewaartermijnen per soort gegevens (maanden), met het laatste tijdstip van toepassen")
    public List<BewaartermijnView> termijnen() {
        return service.termijnen();
    }

    @PUT
    @Path("{soort}")
    @Operation(summary = "Bewaartermijn wijzigen (maanden 1-600, actief); vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = BewaartermijnView.class)))
    public Response wijzig(@PathParam("soort") String soort, @HeaderParam("If-Match") String ifMatch, BewaartermijnInput input) {
        BewaartermijnView t = service.wijzig(soort, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(t, t.version()).build();
    }

    @POST
    @Path("toepassen")
    @Operation(summary = "Bewaartermijnen nu toepassen (anders dagelijks om 03:17); de aantallen komen in het auditlog")
    public BewaringResultaat toepassen() {
        return service.pasToe();
    }
}
