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
import nl.wmoregio.inkoop.boundary.CatalogusService;
import nl.wmoregio.inkoop.boundary.IndexatieInput;
import nl.wmoregio.inkoop.boundary.IndexatieResultaat;
import nl.wmoregio.inkoop.boundary.TariefInput;
import nl.wmoregio.inkoop.boundary.TariefView;
import nl.wmoregio.shared.DomainException;
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

/** Tariffs per product, category and calendar year, in eurocents. */
@Path("tarieven")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inkoop")
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER, Rollen.GEMEENTE})
public class TariefResource {

    @Inject
    CatalogusService service;

    @GET
    @Operation(summary = "Tarieven (eurocenten) per product, categorie en jaar; filter op product en jaar")
    public Page<TariefView> tarieven(@BeanParam PageParams page, @QueryParam("product") String product,
                                     @QueryParam("jaar") String jaar) {
        return service.tarieven(product, jaar(jaar), page.toRequest());
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "De tarieventabel als CSV (puntkomma, decimale komma)")
    @APIResponse(responseCode = "200", description = "Het CSV-bestand",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response tarievenCsv() {
        return Response.ok(service.tarievenCsv()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"tarieven.csv\"").build();
    }

    @POST
    @RolesAllowed(Rollen.INKOOP)
    @Operation(summary = "Tarief vastleggen; één per product, categorie en jaar, binnen een contractperiode")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = TariefView.class)))
    public Response create(TariefInput input) {
        TariefView tarief = service.createTarief(Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(tarief).tag(Etags.of(tarief.version())).build();
    }

    @POST
    @Path("indexatie")
    @RolesAllowed(Rollen.INKOOP)
    @Operation(summary = "Indexeer de tarieven van jaar N naar N+1 met p procent (afgerond op centen, vastgelegd in de audit trail); "
            + "optioneel alleen één product")
    public IndexatieResultaat indexeer(IndexatieInput input) {
        return service.indexeer(Bodies.required(input));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Rollen.INKOOP)
    @Operation(summary = "Tariefbedrag of indexatie wijzigen; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = TariefView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TariefInput input) {
        TariefView tarief = service.updateTarief(id, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(tarief, tarief.version()).build();
    }

    private static Integer jaar(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("GEEN_GETAL", "jaar", "jaar moet een jaartal zijn, bijvoorbeeld 2022");
        }
    }
}
