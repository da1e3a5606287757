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
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toezicht.boundary.Bijlage;
import nl.wmoregio.toezicht.boundary.MeldingDetail;
import nl.wmoregio.toezicht.boundary.MeldingFilter;
import nl.wmoregio.toezicht.boundary.MeldingInput;
import nl.wmoregio.toezicht.boundary.MeldingService;
import nl.wmoregio.toezicht.boundary.MeldingView;
import nl.wmoregio.toezicht.boundary.OnderzoekDetail;
import nl.wmoregio.toezicht.boundary.OnderzoekInput;
import nl.wmoregio.toezicht.boundary.OnderzoekService;
import nl.wmoregio.toezicht.boundary.RedenInput;
import nl.wmoregio.toezicht.boundary.SamenvoegInput;
import nl.wmoregio.toezicht.boundary.TriageInput;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import nl.wmoregio.web.platform.rest.PageParams;
import nl.wmoregio.web.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The meldpunt: intake, the triage worklist and the triage steps. Steps need If-Match; a forbidden step is 409. */
@Path("toezicht/meldingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Toezicht")
@RolesAllowed(Rollen.TOEZICHTHOUDER)
public class MeldingResource {

    @Inject
    MeldingService service;

    @Inject
    OnderzoekService onderzoeken;

    @POST
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.GEMEENTE, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Melding registreren (meldpunt); calamiteit/geweld buiten de meldtermijn krijgt teLaat")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = MeldingDetail.class)))
    public Response meld(MeldingInput input) {
        MeldingDetail d = service.meld(Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(d).tag(Etags.of(d.melding().version())).build();
    }

    @GET
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Triagewerklijst; filters status, soort, organisatie, aanbiederId, jaar, verlopen, teLaat; sorteren op nummer, melddatum, soort, status, triageDeadline, organisatie")
    public Page<MeldingView> zoek(@BeanParam PageParams page, @QueryParam("status") String status, @QueryParam("soort") String soort,
                                  @QueryParam("organisatie") String organisatie, @QueryParam("aanbiederId") Long aanbiederId,
                                  @QueryParam("jaar") Integer jaar, @QueryParam("verlopen") Boolean verlopen,
                                  @QueryParam("teLaat") Boolean teLaat) {
        return service.zoek(new MeldingFilter(Params.text(status, "status", 30), Params.text(soort, "soort", 30),
                Params.text(organisatie, "organisatie", 30), aanbiederId, jaar, verlopen, teLaat), page.toRequest());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Melding met toegestane stappen, bijlagen en historie; melder alleen zichtbaar voor toezicht bij inwoner/anoniem")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = MeldingDetail.class)))
    public Response get(@PathParam("id") long id) {
        MeldingDetail d = service.get(id);
        return Etags.ok(d, d.melding().version()).build();
    }

    @POST
    @Path("{id}/toewijzing")
    @Operation(summary = "Toewijzen aan GGD of WMO_TOEZICHTHOUDER, optioneel met termijn in dagen; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = MeldingDetail.class)))
    public Response wijsToe(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TriageInput input) {
        return ok(service.wijsToe(id, Etags.requiredVersion(ifMatch), Bodies.required(input)));
    }

    @POST
    @Path("{id}/sluiting")
    @Operation(summary = "Sluiten met reden; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = MeldingDetail.class)))
    public Response sluit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, RedenInput input) {
        return ok(service.sluit(id, Etags.requiredVersion(ifMatch), Bodies.required(input)));
    }

    @POST
    @Path("{id}/samenvoeging")
    @Operation(summary = "Samenvoegen in een andere melding (de zaak); vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = MeldingDetail.class)))
    public Response voegSamen(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SamenvoegInput input) {
        return ok(service.voegSamen(id, Etags.requiredVersion(ifMatch), Bodies.required(input)));
    }

    @POST
    @Path("{id}/heropening")
    @Operation(summary = "Gesloten of samengevoegde melding heropenen met reden; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = MeldingDetail.class)))
    public Response heropen(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, RedenInput input) {
        return ok(service.heropen(id, Etags.requiredVersion(ifMatch), Bodies.required(input)));
    }

    @POST
    @Path("{id}/anonimisering")
    @Operation(summary = "Melder (naam, contact) wissen na sluiten (AVG); vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = MeldingDetail.class)))
    public Response anonimiseer(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, RedenInput input) {
        return ok(service.anonimiseer(id, Etags.requiredVersion(ifMatch), input == null ? new RedenInput(null) : input));
    }

    @POST
    @Path("{id}/onderzoek")
    @Operation(summary = "Onderzoek starten vanuit de melding; vereist If-Match van de melding")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = OnderzoekDetail.class)))
    public Response onderzoek(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, OnderzoekInput input) {
        OnderzoekDetail d = onderzoeken.startVanuitMelding(id, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(d).tag(Etags.of(d.onderzoek().version())).build();
    }

    @POST
    @Path("{id}/bijlagen")
    @Consumes({"application/pdf", "image/png", "image/jpeg", "text/plain", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Bijlage toevoegen: het bestand als body met zijn Content-Type, bestandsnaam als query; hoogstens 5 MB")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeldingDetail.class)))
    public Response bijlage(@PathParam("id") long id, @QueryParam("bestandsnaam") String bestandsnaam,
                            @HeaderParam("Content-Type") String type, @HeaderParam("Content-Length") String lengte,
                            java.io.InputStream body) throws java.io.IOException {
        // L2 (issue 16): the 5 MB limit before the body is in memory: a declared length over it is refused at
        // once, otherwise at most limit + 1 bytes are read; the rest is drained (not kept) so the 413 arrives.
        if (lengte != null && lengte.matches("\\d{1,18}") && Long.parseLong(lengte) > MAX_BIJLAGE_BYTES) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
            return teGroot();
        }
        byte[] inhoud = body.readNBytes(MAX_BIJLAGE_BYTES + 1);
        if (inhoud.length > MAX_BIJLAGE_BYTES) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
            return teGroot();
        }
        MeldingDetail d = service.voegBijlageToe(id, bestandsnaam, type, inhoud);
        return Response.status(Response.Status.CREATED).entity(d).type(MediaType.APPLICATION_JSON_TYPE)
                .tag(Etags.of(d.melding().version())).build();
    }

    /** The attachment limit of the toezicht rules (5 MB), checked here before the body is read whole. */
    static final int MAX_BIJLAGE_BYTES = 5 * 1024 * 1024;

    private static Response teGroot() {
        return nl.wmoregio.web.platform.rest.Problem.response(413, "Bestand te groot", "Een bijlage mag hoogstens 5 MB zijn",
                "BIJLAGE_TE_GROOT", "bestand");
    }

    @GET
    @Path("{id}/bijlagen/{bijlageId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Bijlage downloaden")
    @APIResponse(responseCode = "200", description = "Het bestand, met het Content-Type waarmee het is toegevoegd",
            content = @Content(schema = @Schema(implementation = byte[].class)))
    public Response download(@PathParam("id") long id, @PathParam("bijlageId") long bijlageId) {
        Bijlage b = service.bijlage(id, bijlageId);
        String naam = b.bestandsnaam().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(b.inhoud()).type(b.mediatype()).header("Content-Disposition", "attachment; filename=\"" + naam + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static Response ok(MeldingDetail d) {
        if (d == null) {
            throw new DomainException("LEEG", null, "Geen resultaat");
        }
        return Etags.ok(d, d.melding().version()).build();
    }
}
