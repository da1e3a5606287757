package nl.wmoregio.web.inkoop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wmoregio.inkoop.boundary.Besluit;
import nl.wmoregio.inkoop.boundary.EisBeoordeling;
import nl.wmoregio.inkoop.boundary.ToetredingDetail;
import nl.wmoregio.inkoop.boundary.ToetredingInput;
import nl.wmoregio.inkoop.boundary.ToetredingService;
import nl.wmoregio.inkoop.boundary.ToetredingView;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import nl.wmoregio.web.platform.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Applications to enter a procedure: submit, assess the checklist, decide. */
@Path("toetredingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inkoop")
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER, Rollen.GEMEENTE})
public class ToetredingResource {

    @Inject
    ToetredingService service;

    @GET
    @Operation(summary = "Aanvragen zoeken op status (INGEDIEND, TOEGELATEN, AFGEWEZEN) en aanbieder")
    public Page<ToetredingView> zoek(@BeanParam PageParams page, @QueryParam("status") String status,
                                     @QueryParam("aanbiederId") Long aanbiederId) {
        return service.zoek(status, aanbiederId, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Aanvraag met de checklist van eisen; de ETag is de versie")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ToetredingDetail.class)))
    public Response get(@PathParam("id") long id) {
        ToetredingDetail detail = service.get(id);
        return Etags.ok(detail, detail.toetreding().version()).build();
    }

    @POST
    @RolesAllowed(Rollen.INKOOP)
    @Operation(summary = "Aanvraag indienen voor producten van één procedure op een toetredingsmoment")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = ToetredingDetail.class)))
    public Response dienIn(ToetredingInput input) {
        ToetredingDetail detail = service.dienIn(Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(detail).tag(Etags.of(detail.toetreding().version())).build();
    }

    @PUT
    @Path("{id}/eisen/{eisId}")
    @RolesAllowed(Rollen.INKOOP)
    @Operation(summary = "Eén eis beoordelen: voldaan of niet, met metadata van het bewijsstuk en een notitie")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ToetredingDetail.class)))
    public Response beoordeel(@PathParam("id") long id, @PathParam("eisId") long eisId, EisBeoordeling beoordeling) {
        ToetredingDetail detail = service.beoordeelEis(id, eisId, Bodies.required(beoordeling));
        return Etags.ok(detail, detail.toetreding().version()).build();
    }

    @POST
    @Path("{id}/besluit")
    @RolesAllowed(Rollen.INKOOP)
    @Operation(summary = "Toelaten (maakt of verlengt het contract) of afwijzen, met motivering; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ToetredingDetail.class)))
    public Response besluit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Besluit besluit) {
        ToetredingDetail detail = service.besluit(id, Etags.requiredVersion(ifMatch), Bodies.required(besluit));
        return Etags.ok(detail, detail.toetreding().version()).build();
    }
}
