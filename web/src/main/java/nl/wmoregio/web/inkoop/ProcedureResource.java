package nl.wmoregio.web.inkoop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.time.LocalDate;
import nl.wmoregio.inkoop.boundary.ProcedureInput;
import nl.wmoregio.inkoop.boundary.ProcedureService;
import nl.wmoregio.inkoop.boundary.ProcedureView;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Procurement procedures with their toetredingsmomenten and requirements. */
@Path("procedures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inkoop")
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER, Rollen.GEMEENTE})
public class ProcedureResource {

    @Inject
    ProcedureService service;

    @GET
    @Operation(summary = "Alle inkoopprocedures (open house, beperkt, gesloten)")
    public List<ProcedureView> procedures() {
        return service.procedures();
    }

    @POST
    @RolesAllowed(Rollen.INKOOP)
    @Operation(summary = "Inkoopprocedure aankondigen met toetredingsmomenten en eisen; één per productgroep per periode")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response create(ProcedureInput input) {
        ProcedureView procedure = service.create(Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(procedure).build();
    }

    @POST
    @Path("{id}/toetredingsmomenten")
    @RolesAllowed(Rollen.INKOOP)
    @Operation(summary = "Extra toetredingsmoment aankondigen (open house), binnen de contractperiode")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response moment(@PathParam("id") long id, Moment moment) {
        return Response.status(Response.Status.CREATED).entity(service.voegMomentToe(id, Bodies.required(moment).datum())).build();
    }

    public record Moment(LocalDate datum) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén inkoopprocedure")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response get(@PathParam("id") long id) {
        return Response.ok(service.get(id)).build();
    }
}
