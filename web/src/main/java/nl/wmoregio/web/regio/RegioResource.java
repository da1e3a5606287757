package nl.wmoregio.web.regio;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wmoregio.regio.boundary.RegioInput;
import nl.wmoregio.regio.boundary.RegioService;
import nl.wmoregio.regio.boundary.RegioView;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The centrumregeling: name, centrumgemeente and period. */
@Path("regio")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Regio")
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER, Rollen.GEMEENTE})
public class RegioResource {

    @Inject
    RegioService regioService;

    @GET
    @Operation(summary = "De regio (centrumregeling); de ETag is de versie")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = RegioView.class)))
    public Response regio() {
        RegioView regio = regioService.regio();
        return Etags.ok(regio, regio.version()).build();
    }

    @PUT
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Regio wijzigen; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = RegioView.class)))
    public Response update(@HeaderParam("If-Match") String ifMatch, RegioInput input) {
        RegioView regio = regioService.update(Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(regio, regio.version()).build();
    }
}
