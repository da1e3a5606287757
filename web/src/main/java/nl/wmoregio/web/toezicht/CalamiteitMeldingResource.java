package nl.wmoregio.web.toezicht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toezicht.boundary.CalamiteitInput;
import nl.wmoregio.toezicht.boundary.MeldingDetail;
import nl.wmoregio.toezicht.boundary.MeldingService;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a provider (reporting account, role MELDER) submits a calamiteit or geweld melding (Wmo 2015 art. 3.4). */
@Path("toezicht/calamiteitmeldingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Toezicht")
@RolesAllowed({Rollen.MELDER, Rollen.TOEZICHTHOUDER})
public class CalamiteitMeldingResource {

    @Inject
    MeldingService service;

    @POST
    @Operation(summary = "Calamiteit of geweld melden als aanbieder; melddatum is vandaag, te laat na de regionale meldtermijn")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = MeldingDetail.class)))
    public Response meld(CalamiteitInput input) {
        MeldingDetail d = service.meldCalamiteit(Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(d).tag(Etags.of(d.melding().version())).build();
    }
}
