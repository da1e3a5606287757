package nl.wmoregio.web.inkoop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wmoregio.inkoop.boundary.Dashboard;
import nl.wmoregio.inkoop.boundary.DashboardService;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The region's contracting dashboard. */
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inkoop")
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.CONTROLLER})
public class DashboardResource {

    @Inject
    DashboardService service;

    @GET
    @Operation(summary = "Gecontracteerde aanbieders zonder cliënten, aandeel top-10, aanbieders met minder dan 5 cliënten, "
            + "cliënten per productgroep per gemeente; standaard het laatste jaar met indicaties")
    public Dashboard dashboard(@QueryParam("jaar") String jaar) {
        if (jaar == null || jaar.isBlank()) {
            return service.voor(service.laatsteJaar());
        }
        try {
            return service.voor(Integer.parseInt(jaar.strip()));
        } catch (NumberFormatException e) {
            throw new DomainException("GEEN_GETAL", "jaar", "jaar moet een jaartal zijn, bijvoorbeeld 2023");
        }
    }
}
