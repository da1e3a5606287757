package nl.wmoregio.web.inkoop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import nl.wmoregio.inkoop.boundary.ProductInput;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wmoregio.inkoop.boundary.CatalogusService;
import nl.wmoregio.inkoop.boundary.ProductView;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The product catalogue. */
@Path("producten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inkoop")
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER, Rollen.GEMEENTE})
public class ProductResource {

    @Inject
    CatalogusService service;

    @GET
    @Operation(summary = "De productcatalogus met iWmo-codering (WMO020, WJ756, WMO757) en bekostiging")
    public List<ProductView> producten() {
        return service.producten();
    }

    @POST
    @RolesAllowed(Rollen.INKOOP)
    @Operation(summary = "Product toevoegen aan de catalogus (productcode 1-5 tekens, codes uit WMO020, WJ756, WMO757)")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    public Response create(ProductInput input) {
        return Response.status(Response.Status.CREATED).entity(service.createProduct(Bodies.required(input))).build();
    }
}
