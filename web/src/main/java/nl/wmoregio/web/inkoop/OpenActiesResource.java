package nl.wmoregio.web.inkoop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wmoregio.inkoop.boundary.GesprekService;
import nl.wmoregio.inkoop.boundary.GesprekView;
import nl.wmoregio.shared.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contract managers' worklist: open follow-up actions, earliest first. */
@Path("vervolgacties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inkoop")
@RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
public class OpenActiesResource {

    @Inject
    GesprekService service;

    @GET
    @Operation(summary = "Open vervolgacties uit contractgesprekken (achterstallig gemarkeerd)")
    public List<GesprekView> open() {
        return service.openActies(200);
    }
}
