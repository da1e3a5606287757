package nl.wmoregio.web.warehouse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.sturing.boundary.Sturing;
import nl.wmoregio.sturing.boundary.SturingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The warehouse results of the active run, as JSON or CSV ({@code /{tabel}/export}). A GEMEENTE
 * user gets their own gemeente only (another gemeenteId: 403).
 */
@Path("warehouse")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Warehouse")
@RolesAllowed({Rollen.CONTROLLER, Rollen.GEMEENTE})
public class SturingResource {

    @Inject
    SturingService service;

    @GET
    @Path("keuzes")
    @Operation(summary = "Jaren, gemeenten, productgroepen en aanbieders voor de filters; het id van de actieve run."
            + " indeling=huidig: alleen de huidige gemeenten (na herindeling)")
    public Sturing.Keuzes keuzes(@QueryParam("indeling") String indeling) {
        return service.keuzes(indeling(indeling));
    }

    @GET
    @Path("{tabel: indicatoren|maanden|productgroepen|stromen|aanbieders|doorstroom|projecties}")
    @Operation(summary = "Een resultaattabel van de actieve run, gefilterd op jaar, gemeenteId, productgroep, aanbiederId;"
            + " indeling=historisch (standaard) of huidig: cijfers van opgeheven gemeenten bij de gemeente waarin ze opgingen")
    @APIResponse(responseCode = "200", description = "De rijen; het recordtype hangt af van tabel (indicatoren: Indicator, maanden: Maand, ...)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, oneOf = {Sturing.Indicator.class, Sturing.Maand.class,
                    Sturing.PerGroep.class, Sturing.Stroom.class, Sturing.Aanbieder.class, Sturing.Doorstroom.class, Sturing.Projectie.class})))
    public List<?> tabel(@PathParam("tabel") String tabel, @QueryParam("jaar") String jaar,
            @QueryParam("gemeenteId") String gemeenteId, @QueryParam("productgroep") String productgroep,
            @QueryParam("aanbiederId") String aanbiederId, @QueryParam("indeling") String indeling) {
        return SturingTabellen.rijen(service, tabel, filter(jaar, gemeenteId, productgroep, aanbiederId, indeling));
    }

    @GET
    @Path("{tabel: indicatoren|maanden|productgroepen|stromen|aanbieders|doorstroom|projecties}/export")
    @Produces("text/csv")
    @Operation(summary = "Dezelfde tabel als CSV (puntkomma, decimale komma)")
    @APIResponse(responseCode = "200", description = "Het CSV-bestand",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response export(@PathParam("tabel") String tabel, @QueryParam("jaar") String jaar,
            @QueryParam("gemeenteId") String gemeenteId, @QueryParam("productgroep") String productgroep,
            @QueryParam("aanbiederId") String aanbiederId, @QueryParam("indeling") String indeling) {
        String csv = SturingTabellen.csv(SturingTabellen.rijen(service, tabel,
                filter(jaar, gemeenteId, productgroep, aanbiederId, indeling)));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"warehouse-" + tabel + ".csv\"").build();
    }

    static Sturing.Filter filter(String jaar, String gemeenteId, String productgroep, String aanbiederId, String indeling) {
        return new Sturing.Filter(getal(jaar, "jaar") == null ? null : getal(jaar, "jaar").intValue(),
                getal(gemeenteId, "gemeenteId"),
                productgroep == null || productgroep.isBlank() ? null : productgroep.strip().toUpperCase(),
                getal(aanbiederId, "aanbiederId"), indeling(indeling));
    }

    /** historisch (default) or huidig, case-insensitive. */
    static Sturing.Indeling indeling(String s) {
        if (s == null || s.isBlank()) {
            return Sturing.Indeling.HISTORISCH;
        }
        try {
            return Sturing.Indeling.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("INDELING_ONGELDIG", "indeling", "indeling is historisch of huidig");
        }
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
