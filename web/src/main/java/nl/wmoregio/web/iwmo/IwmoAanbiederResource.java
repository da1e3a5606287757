package nl.wmoregio.web.iwmo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wmoregio.iwmo.boundary.UitbakService;
import nl.wmoregio.shared.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The provider's side of the WMO301 outbox (issue 15): a provider account (role AANBIEDER, bound
 * to one provider) fetches its own pending messages. Its WMO302 retour comes in through the
 * gemeente's inbox (or a GGk connector), see docs/iwmo.md.
 */
@Path("iwmo/aanbieder")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "iWmo")
@RolesAllowed(Rollen.AANBIEDER)
public class IwmoAanbiederResource {

    @Inject
    UitbakService service;

    @GET
    @Path("uitbak")
    @Operation(summary = "De nog niet opgehaalde WMO301-berichten van de eigen aanbieder (oudste eerst, hoogstens 100 per keer), "
            + "elk met envelop (afzender, ontvanger, berichtcode, BerichtIdentificatie, tijden) en het XML-bericht; "
            + "ophalen zet ze op OPGEHAALD. Opnieuw vragen tot de lijst leeg is.")
    public List<UitbakService.UitgaandBericht> uitbak() {
        return service.ophalen();
    }
}
