package nl.wmoregio.web.toegang;

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
import java.util.List;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toegang.boundary.ClientDetail;
import nl.wmoregio.toegang.boundary.ClientFilter;
import nl.wmoregio.toegang.boundary.ClientInput;
import nl.wmoregio.toegang.boundary.ClientService;
import nl.wmoregio.toegang.boundary.ClientView;
import nl.wmoregio.toegang.boundary.IndicatieInput;
import nl.wmoregio.toegang.boundary.IndicatieView;
import nl.wmoregio.toegang.boundary.InzageView;
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

/**
 * Clients: GEMEENTE only its own, TOEZICHTHOUDER only with a reason, no client identity for
 * CONTRACTMANAGER, INKOOP or CONTROLLER. A BSN travels only in request bodies (never in a URL,
 * which servers and proxies log); responses carry it masked.
 */
@Path("clienten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cliënten")
public class ClientResource {

    @Inject
    ClientService service;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Operation(summary = "Cliënten (zonder BSN)", description = "Gepagineerd; sorteren op id, geboortejaar, segment, pseudoniem, gemeenteId. GEMEENTE ziet alleen de eigen gemeente.")
    public Page<ClientView> zoek(@BeanParam PageParams page,
                                 @QueryParam("gemeenteId") @Parameter(description = "Gemeente (id)") Long gemeenteId,
                                 @QueryParam("segment") String segment,
                                 @QueryParam("pseudoniem") @Parameter(description = "Begin van het pseudoniem") String pseudoniem) {
        return service.zoek(new ClientFilter(gemeenteId, Params.text(segment, "segment", 2), Params.text(pseudoniem, "pseudoniem", 64)),
                page.toRequest());
    }

    @POST
    @Path("zoeken")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE, Rollen.TOEZICHTHOUDER})
    @Operation(summary = "Zoeken op BSN (exact) of pseudoniem; resultaat met gemaskeerd BSN, het openen wordt gelogd. TOEZICHTHOUDER: reden verplicht.")
    public List<ClientView> zoekExact(Zoekvraag vraag) {
        Zoekvraag v = Bodies.required(vraag);
        if (v.bsn() != null && !v.bsn().isBlank()) {
            return service.zoekOpBsn(v.bsn(), v.reden());
        }
        if (v.pseudoniem() != null && !v.pseudoniem().isBlank()) {
            return service.zoekOpPseudoniem(v.pseudoniem(), v.reden());
        }
        throw new DomainException("BSN_VERPLICHT", "bsn", "Geef een BSN of een pseudoniem");
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE, Rollen.TOEZICHTHOUDER})
    @Operation(summary = "Cliëntpagina: indicaties, doelen, declaraties; ETag is de versie. Wordt gelogd; TOEZICHTHOUDER: reden verplicht.")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ClientDetail.class)))
    public Response get(@PathParam("id") long id,
                        @HeaderParam(Params.REDEN_KOP) @Parameter(description = "Waarom u de cliënt inziet (verplicht voor TOEZICHTHOUDER); "
                                + "percent-gecodeerd UTF-8 mag") String redenKop,
                        @QueryParam("reden") @Parameter(description = "Verouderd: de reden in de URL komt in logbestanden; gebruik de header X-Reden") String reden) {
        ClientDetail detail = service.get(id, Params.reden(redenKop, reden));
        return Etags.ok(detail, detail.client().version()).build();
    }

    @POST
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Operation(summary = "Cliënt vastleggen (BSN met 11-proef; opgeslagen versleuteld)")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    public Response create(ClientInput input) {
        ClientView client = service.create(Bodies.required(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(client.id())).build())
                .entity(client).tag(Etags.of(client.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Operation(summary = "Cliënt wijzigen (geboortejaar, gemeente, segment); vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ClientInput input) {
        ClientView client = service.update(id, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(client, client.version()).build();
    }

    @POST
    @Path("{id}/indicaties")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Operation(summary = "Indicatie toevoegen (vorigeId voor een verlenging)")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = IndicatieView.class)))
    public Response maakIndicatie(@PathParam("id") long id, IndicatieInput input) {
        IndicatieView indicatie = service.maakIndicatie(id, Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(indicatie).tag(Etags.of(indicatie.version())).build();
    }

    @GET
    @Path("{id}/inzage")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Inzagelog van de cliënt (AVG): wie, rol, wanneer, wat en waarom; nieuwste eerst. Het opvragen wordt zelf ook gelogd.")
    public List<InzageView> inzage(@PathParam("id") long id,
                                   @HeaderParam(Params.REDEN_KOP) @Parameter(description = "Bijvoorbeeld het inzageverzoek") String redenKop,
                                   @QueryParam("reden") @Parameter(description = "Verouderd: gebruik de header X-Reden") String redenQuery) {
        String reden = Params.reden(redenKop, redenQuery);
        return service.inzageLog(id, reden == null || reden.isBlank() ? "AVG-inzageverzoek" : reden);
    }

    /** The search question; in a body so a BSN never appears in a URL. */
    public record Zoekvraag(String bsn, String pseudoniem, String reden) {
    }
}
