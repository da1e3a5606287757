package nl.wmoregio.web.kwaliteit;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.wmoregio.kwaliteit.boundary.*;

/** Kwaliteitsmonitoring: method versions, rounds, scoring, improvements, trend and distribution. */
@Path("kwaliteit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kwaliteit")
@RolesAllowed({Rollen.CONTRACTMANAGER, Rollen.BEHEERDER})
public class KwaliteitResource {

    @Inject
    KwaliteitService service;

    @GET
    @Path("methoden")
    @Operation(summary = "Alle versies van de monitoringsmethode met hun indicatoren")
    public List<MethodeView> methoden() {
        return service.methoden();
    }

    @GET
    @Path("methoden/{id}")
    @Operation(summary = "Eén methodeversie; de ETag is de versie voor If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = MethodeView.class)))
    public Response methode(@PathParam("id") long id) {
        MethodeView m = service.methode(id);
        return Etags.ok(m, m.version()).build();
    }

    @POST
    @Path("methoden")
    @RolesAllowed(Rollen.CONTRACTMANAGER)
    @Operation(summary = "Nieuwe methodeversie met indicatoren (schaal, norm, thema, optioneel gekoppeld aan een indicator van een eerdere versie)")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = MethodeView.class)))
    public Response nieuweMethode(MethodeInput input) {
        MethodeView m = service.nieuweMethode(Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(m).tag(Etags.of(m.version())).build();
    }

    public record OmschrijvingInput(String omschrijving) {
    }

    @PUT
    @Path("methoden/{id}")
    @RolesAllowed(Rollen.CONTRACTMANAGER)
    @Operation(summary = "Omschrijving van een methodeversie wijzigen (indicatoren liggen vast); vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = MethodeView.class)))
    public Response wijzigMethode(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, OmschrijvingInput input) {
        long versie = Etags.requiredVersion(ifMatch);
        MethodeView m = service.wijzigMethode(id, Bodies.required(input).omschrijving(), versie);
        return Etags.ok(m, m.version()).build();
    }

    @GET
    @Path("rondes")
    @Operation(summary = "Monitoringsrondes, nieuwste eerst")
    public List<RondeView> rondes() {
        return service.rondes();
    }

    @GET
    @Path("rondes/{id}")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = RondeView.class)))
    public Response ronde(@PathParam("id") long id) {
        RondeView r = service.ronde(id);
        return Etags.ok(r, r.version()).build();
    }

    @POST
    @Path("rondes")
    @RolesAllowed(Rollen.CONTRACTMANAGER)
    @Operation(summary = "Nieuwe ronde: alle gecontracteerde aanbieders in de periode, of een selectie (aanbiederIds)")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = RondeView.class)))
    public Response nieuweRonde(RondeInput input) {
        RondeView r = service.nieuweRonde(Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(r).tag(Etags.of(r.version())).build();
    }

    @GET
    @Path("rondes/{id}/beoordelingen")
    @Operation(summary = "De beoordelingen van alle aanbieders in de ronde")
    public List<BeoordelingView> beoordelingen(@PathParam("id") long id) {
        return service.beoordelingen(id);
    }

    @GET
    @Path("rondes/{id}/beoordelingen/{aanbiederId}")
    @Operation(summary = "Scoreformulier van één aanbieder; de ETag is de versie voor If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = BeoordelingView.class)))
    public Response beoordeling(@PathParam("id") long id, @PathParam("aanbiederId") long aanbiederId) {
        BeoordelingView b = service.beoordeling(id, aanbiederId);
        return Etags.ok(b, b.version()).build();
    }

    @PUT
    @Path("rondes/{id}/beoordelingen/{aanbiederId}")
    @RolesAllowed(Rollen.CONTRACTMANAGER)
    @Operation(summary = "Scores met onderbouwing en leerpunten vastleggen; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = BeoordelingView.class)))
    public Response scoor(@PathParam("id") long id, @PathParam("aanbiederId") long aanbiederId,
                          @HeaderParam("If-Match") String ifMatch, ScoreInput input) {
        long versie = Etags.requiredVersion(ifMatch);
        BeoordelingView b = service.scoor(id, aanbiederId, Bodies.required(input), versie);
        return Etags.ok(b, b.version()).build();
    }

    @POST
    @Path("rondes/{id}/beoordelingen/{aanbiederId}/verbeteringen")
    @RolesAllowed(Rollen.CONTRACTMANAGER)
    @Operation(summary = "Een verbetering met deadline afspreken")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = VerbeteringView.class)))
    public Response verbetering(@PathParam("id") long id, @PathParam("aanbiederId") long aanbiederId, VerbeteringInput input) {
        VerbeteringView v = service.spreekVerbeteringAf(id, aanbiederId, Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Path("verbeteringen/{id}/afronding")
    @RolesAllowed(Rollen.CONTRACTMANAGER)
    @Operation(summary = "Een verbetering afronden; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = VerbeteringView.class)))
    public Response rondAf(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        VerbeteringView v = service.rondVerbeteringAf(id, Etags.requiredVersion(ifMatch));
        return Etags.ok(v, v.version()).build();
    }

    @GET
    @Path("rondes/{id}/verdeling")
    @Operation(summary = "Verdeling van de scores per indicator en de aanbieders onder de norm")
    public Verdeling verdeling(@PathParam("id") long id) {
        return service.verdeling(id);
    }

    @GET
    @Path("aanbieders/{aanbiederId}/trend")
    @Operation(summary = "Trend per indicator over de rondes (alleen vergelijkbare scores) en open verbeteringen")
    public Trend trend(@PathParam("aanbiederId") long aanbiederId) {
        return service.trend(aanbiederId);
    }
}
