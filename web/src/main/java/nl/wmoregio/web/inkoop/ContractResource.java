package nl.wmoregio.web.inkoop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wmoregio.inkoop.boundary.ContractDetail;
import nl.wmoregio.inkoop.boundary.ContractInput;
import nl.wmoregio.inkoop.boundary.ContractService;
import nl.wmoregio.inkoop.boundary.ContractView;
import nl.wmoregio.inkoop.boundary.StatusInput;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import nl.wmoregio.web.platform.rest.PageParams;
import nl.wmoregio.web.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Raamovereenkomsten with their deelovereenkomsten. */
@Path("contracten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inkoop")
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER, Rollen.GEMEENTE})
public class ContractResource {

    @Inject
    ContractService service;

    @GET
    @Operation(summary = "Contracten zoeken (aanbieder of nummer, status, productgroep); sorteren op nummer, aanbieder, van, tot, status")
    public Page<ContractView> zoek(@BeanParam PageParams page, @QueryParam("zoek") String zoek,
                                   @QueryParam("status") String status, @QueryParam("productgroep") String productgroep) {
        return service.zoek(Params.text(zoek, "zoek", 100), status, productgroep, page.toRequest());
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "De gecontracteerde aanbieders als CSV")
    @APIResponse(responseCode = "200", description = "Het CSV-bestand",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response export() {
        return Response.ok(service.gecontracteerdenCsv()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"gecontracteerde-aanbieders.csv\"").build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Contract met deelovereenkomsten en de gemeenten die elke deelovereenkomst bedient")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ContractDetail.class)))
    public Response get(@PathParam("id") long id) {
        ContractDetail detail = service.get(id);
        return Etags.ok(detail, detail.contract().version()).build();
    }

    @Inject
    nl.wmoregio.toezicht.boundary.ToezichtService toezicht;

    @GET
    @Path("{id}/toezicht")
    @Operation(summary = "Toezichtmaatregelen opschorting/beëindiging voor de aanbieder van dit contract (toezicht, issue 5)")
    public nl.wmoregio.toezicht.boundary.ContractToezicht toezicht(@PathParam("id") long id) {
        return toezicht.contractToezicht(service.get(id).contract().aanbiederId());
    }

    @POST
    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Aanbieder contracteren voor een product (maakt zo nodig de raamovereenkomst)")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = ContractDetail.class)))
    public Response contracteer(ContractInput input) {
        ContractDetail detail = service.contracteer(Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(detail).tag(Etags.of(detail.contract().version())).build();
    }

    @POST
    @Path("{id}/deelovereenkomsten/{deelId}/verlenging")
    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Deelovereenkomst met een jaar verlengen (hoogstens twee keer); vereist If-Match van het contract")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ContractDetail.class)))
    public Response verleng(@PathParam("id") long id, @PathParam("deelId") long deelId, @HeaderParam("If-Match") String ifMatch) {
        ContractDetail detail = service.verleng(id, deelId, Etags.requiredVersion(ifMatch));
        return Etags.ok(detail, detail.contract().version()).build();
    }

    @Inject
    nl.wmoregio.inkoop.boundary.ContractStatusService statusService;

    @POST
    @Path("{id}/deelovereenkomsten/{deelId}/status")
    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Eén deelovereenkomst opschorten, hervatten of beëindigen per datum, met reden; vereist If-Match van het contract")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ContractDetail.class)))
    public Response deelStatus(@PathParam("id") long id, @PathParam("deelId") long deelId, @HeaderParam("If-Match") String ifMatch,
                               StatusInput input) {
        ContractDetail detail = statusService.wijzigDeel(id, deelId, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(detail, detail.contract().version()).build();
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Contract opschorten, hervatten of beëindigen met reden; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ContractDetail.class)))
    public Response status(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, StatusInput input) {
        ContractDetail detail = service.wijzigStatus(id, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(detail, detail.contract().version()).build();
    }
}
