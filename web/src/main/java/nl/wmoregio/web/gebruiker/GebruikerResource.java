package nl.wmoregio.web.gebruiker;

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
import java.util.List;
import nl.wmoregio.audit.boundary.AuditView;
import nl.wmoregio.gebruiker.boundary.GebruikerBeheer;
import nl.wmoregio.gebruiker.boundary.GebruikerFilter;
import nl.wmoregio.gebruiker.boundary.GebruikerInput;
import nl.wmoregio.gebruiker.boundary.GebruikerView;
import nl.wmoregio.gebruiker.boundary.Reden;
import nl.wmoregio.shared.DomainException;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * User management (issue 16, L19): BEHEERDER only. Never a delete; deactivation instead. Every
 * change needs a reason and is in the user's history; a change needs the version it read (If-Match).
 */
@Path("beheer/gebruikers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Rollen.BEHEERDER)
@Tag(name = "Gebruikers")
public class GebruikerResource {

    @Inject
    GebruikerBeheer service;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Gebruikers zoeken", description = "Gepagineerd; sorteren op gebruikersnaam, volledigeNaam, actief")
    public Page<GebruikerView> zoek(@BeanParam PageParams page,
                                    @QueryParam("tekst") @Parameter(description = "Deel van gebruikersnaam of naam") String tekst,
                                    @QueryParam("rol") @Parameter(description = "Alleen gebruikers met deze rol") String rol,
                                    @QueryParam("actief") @Parameter(description = "true of false") String actief) {
        return service.zoek(new GebruikerFilter(Params.text(tekst, "tekst", 100), Params.text(rol, "rol", 30), waarOfNiet(actief)),
                page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén gebruiker; de ETag is de versie")
    @APIResponse(responseCode = "200", description = "De gebruiker",
            content = @Content(schema = @Schema(implementation = GebruikerView.class)))
    public Response get(@PathParam("id") long id) {
        GebruikerView g = service.get(id);
        return Etags.ok(g, g.version()).build();
    }

    @GET
    @Path("{id}/historie")
    @Operation(summary = "Wijzigingshistorie (audit): wie, wanneer, wat en waarom; nieuwste eerst")
    public List<AuditView> historie(@PathParam("id") long id) {
        return service.historie(id);
    }

    @POST
    @Operation(summary = "Gebruiker aanmaken met beginwachtwoord (minstens 12 tekens), rollen en binding; reden verplicht")
    @APIResponse(responseCode = "201", description = "Aangemaakt; Location noemt de nieuwe gebruiker",
            content = @Content(schema = @Schema(implementation = GebruikerView.class)))
    public Response maak(GebruikerInput input) {
        GebruikerView g = service.maak(Bodies.required(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(g.id())).build())
                .entity(g).tag(Etags.of(g.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Naam, rollen en binding wijzigen (wachtwoord: nieuw beginwachtwoord, optioneel); vereist If-Match en reden")
    @APIResponse(responseCode = "200", description = "Gewijzigd",
            content = @Content(schema = @Schema(implementation = GebruikerView.class)))
    public Response wijzig(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, GebruikerInput input) {
        GebruikerView g = service.wijzig(id, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(g, g.version()).build();
    }

    @POST
    @Path("{id}/deactivering")
    @Operation(summary = "Gebruiker deactiveren (kan niet meer aanmelden, lopende sessies eindigen); vereist If-Match en reden")
    @APIResponse(responseCode = "200", description = "Gedeactiveerd",
            content = @Content(schema = @Schema(implementation = GebruikerView.class)))
    public Response deactiveer(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Reden reden) {
        GebruikerView g = service.zetActief(id, Etags.requiredVersion(ifMatch), false, Bodies.required(reden));
        return Etags.ok(g, g.version()).build();
    }

    @POST
    @Path("{id}/activering")
    @Operation(summary = "Gebruiker weer activeren; vereist If-Match en reden")
    @APIResponse(responseCode = "200", description = "Geactiveerd",
            content = @Content(schema = @Schema(implementation = GebruikerView.class)))
    public Response activeer(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Reden reden) {
        GebruikerView g = service.zetActief(id, Etags.requiredVersion(ifMatch), true, Bodies.required(reden));
        return Etags.ok(g, g.version()).build();
    }

    private static Boolean waarOfNiet(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new DomainException("GEEN_WAARHEID", "actief", "actief moet true of false zijn");
        };
    }
}
