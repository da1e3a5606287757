package nl.wmoregio.web.toegang;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toegang.boundary.AanbiederMaand;
import nl.wmoregio.toegang.boundary.ClientService;
import nl.wmoregio.web.platform.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The provider view: declarations per provider per month, counts and amounts without client identity. */
@Path("declaraties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Declaraties")
public class DeclaratieResource {

    @Inject
    ClientService service;

    @GET
    @Path("aanbieders")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.CONTROLLER, Rollen.GEMEENTE})
    @Operation(summary = "Declaraties per aanbieder per maand van een jaar (GEMEENTE: alleen de eigen gemeente)")
    public Page<AanbiederMaand> perAanbieder(@BeanParam PageParams page, @QueryParam("jaar") String jaar,
                                             @QueryParam("aanbiederId") Long aanbiederId) {
        int j;
        try {
            j = Integer.parseInt(jaar == null ? "" : jaar.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("JAAR_VERPLICHT", "jaar", "Geef het jaar, bijvoorbeeld 2023");
        }
        return service.aanbiederDeclaraties(j, aanbiederId, page.toRequest());
    }
}
