package nl.wmoregio.web.toezicht;

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
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toezicht.boundary.BevindingInput;
import nl.wmoregio.toezicht.boundary.DatumInput;
import nl.wmoregio.toezicht.boundary.MaatregelInput;
import nl.wmoregio.toezicht.boundary.MaatregelView;
import nl.wmoregio.toezicht.boundary.OnderzoekDetail;
import nl.wmoregio.toezicht.boundary.OnderzoekInput;
import nl.wmoregio.toezicht.boundary.OnderzoekService;
import nl.wmoregio.toezicht.boundary.OnderzoekView;
import nl.wmoregio.toezicht.boundary.OpvolgingInput;
import nl.wmoregio.toezicht.boundary.ZienswijzeInput;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import nl.wmoregio.web.platform.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Onderzoeken: findings per norm, maatregelen, zienswijze, final report. Only the assigned organisation edits (403 otherwise). */
@Path("toezicht/onderzoeken")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Toezicht")
@RolesAllowed(Rollen.TOEZICHTHOUDER)
public class OnderzoekResource {

    @Inject
    OnderzoekService service;

    @GET
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Onderzoeken, nieuwste eerst; filters aanbiederId en status")
    public Page<OnderzoekView> zoek(@BeanParam PageParams page, @QueryParam("aanbiederId") Long aanbiederId, @QueryParam("status") String status) {
        return service.zoek(aanbiederId, status, page.toRequest());
    }

    @POST
    @Operation(summary = "Proactief onderzoek plannen (zonder melding) voor de eigen organisatie")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = OnderzoekDetail.class)))
    public Response maak(OnderzoekInput input) {
        OnderzoekDetail d = service.maak(Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(d).tag(Etags.of(d.onderzoek().version())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Onderzoek met normen en bevindingen, maatregelen, zienswijze, toegestane stappen en historie")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = OnderzoekDetail.class)))
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @GET
    @Path("{id}/rapport")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Het onderzoeksrapport als afdrukbare HTML (bevindingen per norm, maatregelen, zienswijze)")
    @APIResponse(responseCode = "200", description = "Het rapport als HTML",
            content = @Content(mediaType = "text/html", schema = @Schema(implementation = String.class)))
    public Response rapport(@PathParam("id") long id) {
        return Response.ok(RapportHtml.document(service.get(id))).type("text/html; charset=UTF-8").build();
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Onderzoek starten (werkelijke startdatum, standaard vandaag); vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = OnderzoekDetail.class)))
    public Response start(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, DatumInput input) {
        return ok(service.start(id, Etags.requiredVersion(ifMatch), input));
    }

    @POST
    @Path("{id}/bevindingen")
    @Operation(summary = "Bevinding per norm vastleggen of wijzigen (VOLDOET, VOLDOET_DEELS, VOLDOET_NIET + onderbouwing); vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = OnderzoekDetail.class)))
    public Response bevinding(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, BevindingInput input) {
        return ok(service.legBevindingVast(id, Etags.requiredVersion(ifMatch), Bodies.required(input)));
    }

    @POST
    @Path("{id}/maatregelen")
    @Operation(summary = "Maatregel toevoegen (cirkel van naleving) met verplichte deadline; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = OnderzoekDetail.class)))
    public Response maatregel(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, MaatregelInput input) {
        return ok(service.voegMaatregelToe(id, Etags.requiredVersion(ifMatch), Bodies.required(input)));
    }

    @POST
    @Path("{id}/concept")
    @Operation(summary = "Conceptrapport opstellen (werkelijke einddatum); vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = OnderzoekDetail.class)))
    public Response concept(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, DatumInput input) {
        return ok(service.stelConceptOp(id, Etags.requiredVersion(ifMatch), input));
    }

    @POST
    @Path("{id}/zienswijze")
    @Operation(summary = "Zienswijze van de aanbieder vastleggen; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = OnderzoekDetail.class)))
    public Response zienswijze(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ZienswijzeInput input) {
        return ok(service.legZienswijzeVast(id, Etags.requiredVersion(ifMatch), Bodies.required(input)));
    }

    @POST
    @Path("{id}/definitief")
    @Operation(summary = "Rapport definitief maken; 409 BEVINDINGEN_ONVOLLEDIG zolang een norm geen bevinding heeft; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = OnderzoekDetail.class)))
    public Response definitief(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return ok(service.maakDefinitief(id, Etags.requiredVersion(ifMatch)));
    }

    @POST
    @Path("maatregelen/{maatregelId}/afronding")
    @Operation(summary = "Opvolging van een maatregel vastleggen en afronden; vereist If-Match van de maatregel")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = MaatregelView.class)))
    public Response rondAf(@PathParam("maatregelId") long maatregelId, @HeaderParam("If-Match") String ifMatch, OpvolgingInput input) {
        MaatregelView m = service.rondMaatregelAf(maatregelId, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(m, m.version()).build();
    }

    @POST
    @Path("maatregelen/{maatregelId}/bevestiging")
    @Operation(summary = "Opschorting of beëindiging bevestigen: inkoop wijzigt de deelovereenkomst (productCode) of de hele "
            + "raamovereenkomst per datum en krijgt een taak met de deadline; vereist If-Match van de maatregel")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = MaatregelView.class)))
    public Response bevestig(@PathParam("maatregelId") long maatregelId, @HeaderParam("If-Match") String ifMatch,
                             nl.wmoregio.toezicht.boundary.BevestigingInput input) {
        MaatregelView m = service.bevestigMaatregel(maatregelId, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(m, m.version()).build();
    }

    private static Response ok(OnderzoekDetail d) {
        return Etags.ok(d, d.onderzoek().version()).build();
    }
}
