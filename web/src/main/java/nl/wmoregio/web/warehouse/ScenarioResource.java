package nl.wmoregio.web.warehouse;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.sturing.boundary.ScenarioInput;
import nl.wmoregio.sturing.boundary.ScenarioService;
import nl.wmoregio.sturing.boundary.ScenarioView;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Risk scenarios of the warehouse (controllers only). */
@Path("warehouse/scenarios")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Warehouse")
@RolesAllowed(Rollen.CONTROLLER)
public class ScenarioResource {

    @Inject
    ScenarioService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Alle scenario's")
    public List<ScenarioView> lijst() {
        return service.lijst();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén scenario; de ETag is de versie")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    public Response get(@PathParam("id") long id) {
        ScenarioView s = service.get(id);
        return Etags.ok(s, s.version()).build();
    }

    @POST
    @Operation(summary = "Scenario toevoegen")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    public Response create(ScenarioInput input) {
        ScenarioView s = service.create(Bodies.required(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(s.id())).build()).entity(s)
                .tag(Etags.of(s.version())).build();
    }

    @POST
    @Path("{id}/kopie")
    @Operation(summary = "Kopie van een scenario (bijv. een sjabloon van een risico) om te bewerken; 201 met de kopie")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    public Response kopieer(@PathParam("id") long id) {
        ScenarioView s = service.kopieer(id);
        return Response.created(uriInfo.getBaseUriBuilder().path("warehouse/scenarios").path(Long.toString(s.id())).build())
                .entity(s).tag(Etags.of(s.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Scenario wijzigen; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ScenarioInput input) {
        ScenarioView s = service.update(id, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(s, s.version()).build();
    }
}
