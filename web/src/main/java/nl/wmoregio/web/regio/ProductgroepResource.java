package nl.wmoregio.web.regio;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.ProductgroepView;
import nl.wmoregio.shared.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The product groups the gemeenten of the region can take part in. */
@Path("productgroepen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regio")
public class ProductgroepResource {

    @Inject
    GemeenteService gemeenteService;

    @GET
    @RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER, Rollen.GEMEENTE})
    @Operation(summary = "Productgroepen met hun iWmo-productcategorie (WMO020)")
    public List<ProductgroepView> productgroepen() {
        return gemeenteService.productgroepen();
    }
}
