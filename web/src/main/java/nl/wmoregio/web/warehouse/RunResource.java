package nl.wmoregio.web.warehouse;

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
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.sturing.boundary.RunService;
import nl.wmoregio.sturing.boundary.RunView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Warehouse runs: request one (controllers), follow its phase and log. */
@Path("warehouse/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Warehouse")
@RolesAllowed(Rollen.CONTROLLER)
public class RunResource {

    @Inject
    RunService service;

    @GET
    @Operation(summary = "De laatste runs, nieuwste eerst")
    public List<RunView> lijst() {
        return service.lijst(50);
    }

    @Inject
    nl.wmoregio.sturing.boundary.SturingService sturing;

    @GET
    @Path("vergelijking")
    @Operation(summary = "Twee runs naast elkaar: cliënten, kosten en doelbereik per jaar x gemeente x productgroep"
            + " (beide runs moeten hun resultaten nog hebben: de laatste WH_BEWAAR_RUNS); 400 zonder a of b")
    public List<nl.wmoregio.sturing.boundary.Sturing.Vergelijking> vergelijking(@jakarta.ws.rs.QueryParam("a") Long a,
            @jakarta.ws.rs.QueryParam("b") Long b, @jakarta.ws.rs.QueryParam("jaar") Integer jaar,
            @jakarta.ws.rs.QueryParam("gemeenteId") Long gemeenteId) {
        if (a == null || b == null) {
            throw new nl.wmoregio.shared.DomainException("RUN_VERPLICHT", a == null ? "a" : "b",
                    "Kies twee runs om te vergelijken");
        }
        return sturing.vergelijk(a, b, jaar, gemeenteId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén run met fase en log")
    public RunView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Run aanvragen (alle actieve of de gekozen scenario's); 400 RUN_LOOPT als er al een loopt")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    public Response vraagAan(RunAanvraag aanvraag) {
        RunView run = service.vraagAan(aanvraag == null ? List.of() : aanvraag.scenarioIds());
        return Response.status(Response.Status.CREATED).entity(run).build();
    }

    public record RunAanvraag(List<Long> scenarioIds) {
    }
}
