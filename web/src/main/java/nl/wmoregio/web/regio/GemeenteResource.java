package nl.wmoregio.web.regio;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.audit.boundary.AuditView;
import nl.wmoregio.regio.boundary.Beeindiging;
import nl.wmoregio.regio.boundary.DeelnameInput;
import nl.wmoregio.regio.boundary.GemeenteDetail;
import nl.wmoregio.regio.boundary.GemeenteFilter;
import nl.wmoregio.regio.boundary.GemeenteInput;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import nl.wmoregio.web.platform.rest.PageParams;
import nl.wmoregio.web.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Gemeenten of the region: everyone reads, the BEHEERDER changes. Never a hard delete. */
@Path("gemeenten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Gemeenten")
public class GemeenteResource {

    @Inject
    GemeenteService service;

    @Inject
    AuditService audit;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER, Rollen.GEMEENTE})
    @Operation(summary = "Gemeenten zoeken", description = "Gepagineerd; sorteren op naam, cbsCode, geldigVan, geldigTot")
    public Page<GemeenteView> zoek(@BeanParam PageParams page,
                                   @QueryParam("naam") @Parameter(description = "Deel van naam of CBS-code") String naam,
                                   @QueryParam("actiefOp") @Parameter(description = "Alleen gemeenten die op deze datum bestaan (JJJJ-MM-DD)") String actiefOp) {
        return service.zoek(new GemeenteFilter(Params.text(naam, "naam", 100), Params.date(actiefOp, "actiefOp")),
                page.toRequest());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER, Rollen.GEMEENTE})
    @Operation(summary = "Eén gemeente met deelnames; de ETag is de versie")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = GemeenteDetail.class)))
    public Response get(@PathParam("id") long id) {
        GemeenteDetail detail = service.get(id);
        return Etags.ok(detail, detail.gemeente().version()).build();
    }

    @GET
    @Path("{id}/historie")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER})
    @Operation(summary = "Wijzigingshistorie (audit): wie, wanneer, wat en waarom; nieuwste eerst")
    public List<AuditView> historie(@PathParam("id") long id) {
        service.get(id); // 404 for an unknown gemeente rather than an empty list
        return audit.history("Gemeente", id, 200);
    }

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Gemeente toevoegen")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = GemeenteDetail.class)))
    public Response create(GemeenteInput input) {
        GemeenteDetail detail = service.create(Bodies.required(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(detail.gemeente().id())).build())
                .entity(detail).tag(Etags.of(detail.gemeente().version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Gemeente wijzigen; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = GemeenteDetail.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, GemeenteInput input) {
        GemeenteDetail detail = service.update(id, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(detail, detail.gemeente().version()).build();
    }

    @POST
    @Path("{id}/beeindiging")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Gemeente beëindigen (bijvoorbeeld bij herindeling); vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = GemeenteDetail.class)))
    public Response beeindig(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Beeindiging beeindiging) {
        GemeenteDetail detail = service.beeindig(id, Etags.requiredVersion(ifMatch), Bodies.required(beeindiging));
        return Etags.ok(detail, detail.gemeente().version()).build();
    }

    @POST
    @Path("{id}/deelnames")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Deelname aan een productgroep toevoegen; periodes per productgroep overlappen nooit")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = GemeenteDetail.class)))
    public Response voegDeelnameToe(@PathParam("id") long id, DeelnameInput input) {
        GemeenteDetail detail = service.voegDeelnameToe(id, Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(detail).tag(Etags.of(detail.gemeente().version())).build();
    }

    @POST
    @Path("{id}/deelnames/{deelnameId}/beeindiging")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Deelname beëindigen per datum (inclusief)")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = GemeenteDetail.class)))
    public Response beeindigDeelname(@PathParam("id") long id, @PathParam("deelnameId") long deelnameId,
                                     DeelnameEinde einde) {
        GemeenteDetail detail = service.beeindigDeelname(id, deelnameId, Bodies.required(einde).tot());
        return Etags.ok(detail, detail.gemeente().version()).build();
    }

    public record DeelnameEinde(LocalDate tot) {
    }

}
