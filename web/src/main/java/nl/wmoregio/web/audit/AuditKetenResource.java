package nl.wmoregio.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wmoregio.audit.boundary.AuditKetenRapport;
import nl.wmoregio.audit.boundary.AuditKetenService;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail's hash chain (issue 16 M6): seal what is new, then check it (BEHEERDER). */
@Path("beheer/auditketen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Rollen.BEHEERDER)
@Tag(name = "Audit")
public class AuditKetenResource {

    @Inject
    AuditKetenService service;

    @GET
    @Operation(summary = "Controleer de hashketen over het auditlog: verwijderde of gewijzigde regels, gaten; "
            + "vanaf = eerste ketenregel (standaard 1 = alles)")
    public AuditKetenRapport controleer(@QueryParam("vanaf") String vanaf) {
        long v = 1;
        if (vanaf != null && !vanaf.isBlank()) {
            try {
                v = Long.parseLong(vanaf.strip());
            } catch (NumberFormatException e) {
                throw new DomainException("VANAF_ONGELDIG", "vanaf", "vanaf is een volgnummer (1 of hoger)");
            }
            if (v < 1) {
                throw new DomainException("VANAF_ONGELDIG", "vanaf", "vanaf is een volgnummer (1 of hoger)");
            }
        }
        return service.controleer(v);
    }
}
