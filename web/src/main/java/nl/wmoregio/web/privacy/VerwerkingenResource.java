package nl.wmoregio.web.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toegang.boundary.VerwerkingFilter;
import nl.wmoregio.toegang.boundary.VerwerkingView;
import nl.wmoregio.toegang.boundary.VerwerkingenService;
import nl.wmoregio.web.platform.rest.PageParams;
import nl.wmoregio.web.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The access log (verwerkingenlogging) for the BEHEERDER: per client (AVG inzageverzoek) and per
 * user, as JSON pages or CSV. Read-only: there is no PUT, POST or DELETE (405). Every query and
 * export is itself logged (see VerwerkingenService).
 */
@Path("beheer/verwerkingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Rollen.BEHEERDER)
@Tag(name = "Verwerkingenlogging")
public class VerwerkingenResource {

    @Inject
    VerwerkingenService service;

    @GET
    @Operation(summary = "Verwerkingenlog, nieuwste eerst, gepagineerd; filter op pseudoniem (per cliënt), gebruiker, periode en actie. Wordt zelf gelogd.")
    public Page<VerwerkingView> zoek(@BeanParam PageParams page, @BeanParam FilterParams filter) {
        return service.zoek(filter.filter(), page.toRequest(), filter.reden);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Verwerkingenlog als CSV (puntkomma, UTF-8), hoogstens 100.000 rijen; zelfde filters. Wordt zelf gelogd.")
    @APIResponse(responseCode = "200", description = "Het CSV-bestand",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response csv(@BeanParam FilterParams filter) {
        return Response.ok(service.csv(filter.filter(), filter.reden), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"verwerkingen.csv\"").build();
    }

    /** The filter of both exports; dates as yyyy-MM-dd, tot inclusive. */
    /**
     * Filters: pseudoniem (64 hex characters), gebruiker, van/tot (yyyy-MM-dd, inclusive), actie,
     * reden (why, e.g. the number of the inzageverzoek; default AVG-inzageverzoek). No
     * {@code @Parameter} here: Payara's OpenAPI fails on it inside a {@code @BeanParam} class
     * (WebArchitectureTest guards that).
     */
    public static class FilterParams {
        @QueryParam("pseudoniem")
        String pseudoniem;

        @QueryParam("gebruiker")
        String gebruiker;

        @QueryParam("van")
        String van;

        @QueryParam("tot")
        String tot;

        @QueryParam("actie")
        String actie;

        @QueryParam("reden")
        String reden;

        VerwerkingFilter filter() {
            return new VerwerkingFilter(Params.text(pseudoniem, "pseudoniem", 64), Params.text(gebruiker, "gebruiker", 100),
                    Params.date(van, "van"), Params.date(tot, "tot"), Params.text(actie, "actie", 20));
        }
    }
}
