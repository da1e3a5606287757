package nl.wmoregio.web.inkoop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import nl.wmoregio.inkoop.boundary.ContractStatusService;
import nl.wmoregio.inkoop.boundary.TaakView;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The inkoop worklist: tasks with a deadline, e.g. after a toezicht measure suspended or ended a contract. */
@Path("inkoop/taken")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inkoop")
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER})
public class TaakResource {

    @Inject
    ContractStatusService service;

    @GET
    @Operation(summary = "Open taken van inkoop, vroegste deadline eerst (alle=true: ook afgeronde)")
    public List<TaakView> taken(@QueryParam("alle") boolean alle) {
        return service.taken(alle);
    }

    @POST
    @Path("{id}/afronding")
    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Taak afronden; vereist If-Match van de taak")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = TaakView.class)))
    public Response rondAf(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        TaakView taak = service.rondTaakAf(id, Etags.requiredVersion(ifMatch));
        return Etags.ok(taak, taak.version()).build();
    }
}
