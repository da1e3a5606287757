package nl.wmoregio.web.inkoop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmoregio.inkoop.boundary.GesprekInput;
import nl.wmoregio.inkoop.boundary.GesprekService;
import nl.wmoregio.inkoop.boundary.GesprekView;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contract management conversations with a provider and their follow-up actions. */
@Path("aanbieders/{aanbiederId}/gesprekken")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inkoop")
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER})
public class GesprekResource {

    @Inject
    GesprekService service;

    @GET
    @Operation(summary = "Gesprekken met de aanbieder, nieuwste eerst")
    public List<GesprekView> gesprekken(@PathParam("aanbiederId") long aanbiederId) {
        return service.vanAanbieder(aanbiederId);
    }

    @POST
    @RolesAllowed({Rollen.CONTRACTMANAGER, Rollen.INKOOP})
    @Operation(summary = "Gesprek vastleggen met afspraken en een vervolgactie met datum")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = GesprekView.class)))
    public Response leg(@PathParam("aanbiederId") long aanbiederId, GesprekInput input) {
        GesprekView gesprek = service.leg(aanbiederId, Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(gesprek).tag(Etags.of(gesprek.version())).build();
    }

    @POST
    @Path("{gesprekId}/afronding")
    @RolesAllowed({Rollen.CONTRACTMANAGER, Rollen.INKOOP})
    @Operation(summary = "De vervolgactie van een gesprek afronden; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = GesprekView.class)))
    public Response rondAf(@PathParam("aanbiederId") long aanbiederId, @PathParam("gesprekId") long gesprekId,
                           @HeaderParam("If-Match") String ifMatch) {
        GesprekView gesprek = service.rondActieAf(aanbiederId, gesprekId, Etags.requiredVersion(ifMatch));
        return Etags.ok(gesprek, gesprek.version()).build();
    }
}
