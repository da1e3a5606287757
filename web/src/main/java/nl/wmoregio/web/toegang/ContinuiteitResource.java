package nl.wmoregio.web.toegang;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.List;
import nl.wmoregio.inkoop.boundary.AanbiederKeuze;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toegang.boundary.ContinuiteitRegel;
import nl.wmoregio.toegang.boundary.ContinuiteitService;
import nl.wmoregio.toegang.boundary.IndicatieView;
import nl.wmoregio.toegang.boundary.OvergangInput;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The continuity list (overgangsrecht) and the move of a client to another contracted provider. */
@Path("continuiteit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Toegang")
@RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE, Rollen.INKOOP, Rollen.CONTRACTMANAGER})
public class ContinuiteitResource {

    @Inject
    ContinuiteitService service;

    @GET
    @Operation(summary = "Open indicaties bij een aanbieder waarvan de deelovereenkomst voor het product is opgeschort of beëindigd; "
            + "GEMEENTE ziet alleen de eigen cliënten, inkoop en contractbeheer zonder cliëntgegevens")
    public List<ContinuiteitRegel> lijst() {
        return service.lijst();
    }

    @GET
    @Path("alternatieven")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Operation(summary = "Aanbieders met een lopende deelovereenkomst voor het product")
    public List<AanbiederKeuze> alternatieven(@QueryParam("product") String product) {
        return service.alternatieven(product);
    }

    @POST
    @Path("{indicatieId}/overgang")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Operation(summary = "Cliënt verhuizen: de indicatie eindigt de dag voor 'per', een gekoppelde indicatie start bij de gekozen aanbieder; "
            + "vereist If-Match van de oude indicatie")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = IndicatieView.class)))
    public Response verhuis(@PathParam("indicatieId") long indicatieId, @HeaderParam("If-Match") String ifMatch, OvergangInput input) {
        IndicatieView nieuw = service.verhuis(indicatieId, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(nieuw).tag(Etags.of(nieuw.version())).build();
    }
}
