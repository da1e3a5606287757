package nl.wmoregio.web.toegang;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wmoregio.regio.boundary.Fusie;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toegang.boundary.FusieResultaat;
import nl.wmoregio.toegang.boundary.FusieService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mergers move the work (issue 13 rule 5): the region's merger facts and the move of a dissolved
 * gemeente's open indicaties and clients to its successor. Only the BEHEERDER, who also ends
 * gemeenten and names their successor.
 */
@Path("fusies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Toegang")
@RolesAllowed(Rollen.BEHEERDER)
public class FusieResource {

    @Inject
    GemeenteService gemeenten;

    @Inject
    FusieService service;

    @GET
    @Operation(summary = "De fusies van de regio: opgeheven gemeenten met hun opvolger en de fusiedatum (de dag na de einddatum)")
    public List<Fusie> fusies() {
        return gemeenten.fusies();
    }

    @POST
    @Path("{gemeenteId}/verplaatsing")
    @Operation(summary = "Verplaatst het werk van een opgeheven gemeente naar de opvolger: lopende indicaties eindigen de dag voor de "
            + "fusiedatum en een gekoppelde indicatie start op de fusiedatum bij de opvolger; cliënten verhuizen mee. Herhalen verplaatst niets dubbel.")
    public FusieResultaat verplaats(@PathParam("gemeenteId") long gemeenteId) {
        return service.verplaatsWerk(gemeenteId);
    }
}
