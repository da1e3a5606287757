package nl.wmoregio.web.warehouse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.sturing.boundary.BudgetService;
import nl.wmoregio.sturing.boundary.BudgetView;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Wmo budget per gemeente per year (controllers only), in eurocents. An existing budget is
 * changed with If-Match (its ETag, the version); a new one is entered with {@code If-None-Match: *}.
 * A stale version, or a "new" budget someone else entered meanwhile, gets 412.
 */
@Path("warehouse/budgetten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Warehouse")
@RolesAllowed(Rollen.CONTROLLER)
public class BudgetResource {

    @Inject
    BudgetService service;

    @GET
    @Operation(summary = "Budgetten, gefilterd op jaar en/of gemeenteId; alleGemeenten=true (met jaar) geeft ook de"
            + " gemeenten zonder budget (budgetCent en version leeg)")
    public List<BudgetView> lijst(@QueryParam("jaar") String jaar, @QueryParam("gemeenteId") String gemeenteId,
            @QueryParam("alleGemeenten") boolean alleGemeenten) {
        return service.lijst(jaar(jaar), getal(gemeenteId, "gemeenteId"), alleGemeenten);
    }

    @GET
    @Path("{gemeenteId}/{jaar}")
    @Operation(summary = "Het budget van een gemeente voor een jaar; de ETag is de versie")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    public Response get(@PathParam("gemeenteId") String gemeenteId, @PathParam("jaar") String jaar) {
        BudgetView b = service.get(getal(gemeenteId, "gemeenteId"), jaar(jaar));
        return Etags.ok(b, b.version()).build();
    }

    @PUT
    @Path("{gemeenteId}/{jaar}")
    @Operation(summary = "Budget invoeren (If-None-Match: *) of wijzigen (If-Match met de ETag); 412 bij een verouderde"
            + " versie, 428 zonder een van beide")
    @APIResponse(responseCode = "200", description = "Gewijzigd (met If-Match)",
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "201", description = "Aangemaakt (met If-None-Match: *)",
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    public Response opslaan(@PathParam("gemeenteId") String gemeenteId, @PathParam("jaar") String jaar,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch, BudgetInput input) {
        long g = getal(gemeenteId, "gemeenteId");
        int j = jaar(jaar);
        Long versie;
        if (ifMatch != null && !ifMatch.isBlank()) {
            versie = Etags.requiredVersion(ifMatch);
        } else if (ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
            versie = null;
        } else {
            throw new Etags.PreconditionRequired();
        }
        BudgetView b = service.opslaan(g, j, versie, Bodies.required(input).budgetCent());
        return (versie == null ? Response.status(Response.Status.CREATED) : Response.ok()).entity(b)
                .tag(Etags.of(b.version())).build();
    }

    /** The body of a PUT: the amount in eurocents. */
    public record BudgetInput(Long budgetCent) {
    }

    private static Integer jaar(String s) {
        Long j = getal(s, "jaar");
        if (j != null && (j < BudgetService.MIN_JAAR || j > BudgetService.MAX_JAAR)) {
            throw new DomainException("JAAR_ONGELDIG", "jaar",
                    "Het jaar ligt tussen " + BudgetService.MIN_JAAR + " en " + BudgetService.MAX_JAAR);
        }
        return j == null ? null : j.intValue();
    }

    private static Long getal(String s, String veld) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("GEEN_GETAL", veld, veld + " moet een getal zijn");
        }
    }
}
