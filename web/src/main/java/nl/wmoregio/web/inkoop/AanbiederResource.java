package nl.wmoregio.web.inkoop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.wmoregio.inkoop.boundary.AanbiederDetail;
import nl.wmoregio.inkoop.boundary.AanbiederFilter;
import nl.wmoregio.inkoop.boundary.AanbiederInput;
import nl.wmoregio.inkoop.boundary.AanbiederService;
import nl.wmoregio.inkoop.boundary.AanbiederView;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import nl.wmoregio.web.platform.rest.PageParams;
import nl.wmoregio.web.platform.rest.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("aanbieders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inkoop")
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.TOEZICHTHOUDER, Rollen.CONTROLLER, Rollen.GEMEENTE})
public class AanbiederResource {

    @Inject
    AanbiederService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Aanbieders zoeken (zoek op naam of KvK, status, gecontracteerd); sorteren op naam, kvkNummer, status")
    public Page<AanbiederView> zoek(@BeanParam PageParams page, @QueryParam("zoek") String zoek,
                                    @QueryParam("status") String status, @QueryParam("gecontracteerd") Boolean gecontracteerd) {
        return service.zoek(new AanbiederFilter(Params.text(zoek, "zoek", 100), status, gecontracteerd), page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Aanbieder met locaties, contactpersonen en contract; de ETag is de versie")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = AanbiederDetail.class)))
    public Response get(@PathParam("id") long id) {
        AanbiederDetail detail = service.get(id);
        return Etags.ok(detail, detail.aanbieder().version()).build();
    }

    @POST
    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Aanbieder registreren (KvK-nummer 8 cijfers, AGB-code 8 cijfers indien bekend)")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = AanbiederDetail.class)))
    public Response create(AanbiederInput input) {
        AanbiederDetail detail = service.create(Bodies.required(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(detail.aanbieder().id())).build())
                .entity(detail).tag(Etags.of(detail.aanbieder().version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Aanbieder wijzigen; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = AanbiederDetail.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, AanbiederInput input) {
        AanbiederDetail detail = service.update(id, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(detail, detail.aanbieder().version()).build();
    }
}
