package nl.wmoregio.web.toegang;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toegang.boundary.GeneratorService;
import nl.wmoregio.toegang.boundary.GeneratorStatus;
import nl.wmoregio.web.platform.rest.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The synthetic-data generator for the BEHEERDER: start a preset in the background, follow its progress. */
@Path("beheer/generator")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer")
public class GeneratorResource {

    @Inject
    GeneratorService service;

    @POST
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Generator starten (preset region, national of klein; seed); 202, volg de voortgang met GET")
    @APIResponse(responseCode = "202", description = "Gestart; volg de voortgang met GET",
            content = @Content(schema = @Schema(implementation = GeneratorStatus.class)))
    public Response start(Opdracht opdracht) {
        Opdracht o = Bodies.required(opdracht);
        return Response.accepted(service.start(o.preset(), o.seed())).build();
    }

    @GET
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Voortgang en resultaat van de laatste generatorrun")
    public GeneratorStatus status() {
        return service.status();
    }

    public record Opdracht(String preset, Long seed) {
    }
}
