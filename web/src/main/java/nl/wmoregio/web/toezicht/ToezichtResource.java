package nl.wmoregio.web.toezicht;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toezicht.boundary.InstellingInput;
import nl.wmoregio.toezicht.boundary.InstellingView;
import nl.wmoregio.toezicht.boundary.JaarcijfersPerGemeente;
import nl.wmoregio.toezicht.boundary.Jaarverslag;
import nl.wmoregio.toezicht.boundary.KaderView;
import nl.wmoregio.toezicht.boundary.MaatregelView;
import nl.wmoregio.toezicht.boundary.ToezichtService;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import nl.wmoregio.web.platform.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Toezicht settings, toetsingskaders, the overdue measures worklist and the jaarverslag. */
@Path("toezicht")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Toezicht")
@RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER, Rollen.GEMEENTE})
public class ToezichtResource {

    @Inject
    ToezichtService service;

    @GET
    @Path("instelling")
    @Operation(summary = "Regionale meldtermijn (werkdagen) en triagetermijn (dagen)")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = InstellingView.class)))
    public Response instelling() {
        InstellingView v = service.instelling();
        return Etags.ok(v, v.version()).build();
    }

    @PUT
    @Path("instelling")
    @RolesAllowed(Rollen.BEHEERDER)
    @Operation(summary = "Termijnen wijzigen; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = InstellingView.class)))
    public Response wijzig(@HeaderParam("If-Match") String ifMatch, InstellingInput input) {
        InstellingView v = service.wijzigInstelling(Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(v, v.version()).build();
    }

    @GET
    @Path("toetsingskaders")
    @Operation(summary = "Toetsingskaders met hun normen, per versie")
    public List<KaderView> kaders() {
        return service.kaders();
    }

    @GET
    @Path("maatregelen/verlopen")
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
    @Operation(summary = "Werklijst: open maatregelen over hun deadline")
    public Page<MaatregelView> verlopen(@BeanParam PageParams page) {
        return service.verlopenMaatregelen(page.toRequest());
    }

    @GET
    @Path("jaarverslag")
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER, Rollen.GEMEENTE, Rollen.CONTROLLER})
    @Operation(summary = "Jaarverslag toezicht per jaar en optioneel gemeente: meldingen per soort, onderzoeken, bevindingen per norm, maatregelen")
    public Jaarverslag jaarverslag(@QueryParam("jaar") Integer jaar, @QueryParam("gemeenteId") Long gemeenteId) {
        if (jaar == null) {
            throw new DomainException("VERPLICHT", "jaar", "jaar is verplicht");
        }
        return service.jaarverslag(jaar, gemeenteId);
    }

    @GET
    @Path("jaarcijfers")
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER, Rollen.CONTROLLER})
    @Operation(summary = "Jaarcijfers toezicht per (huidige) gemeente: opgeheven gemeenten onder hun opvolger, regiobrede onderzoeken "
            + "in een eigen regel en meegeteld bij elke gemeente waar de aanbieder dat jaar cliënten had")
    public JaarcijfersPerGemeente jaarcijfers(@QueryParam("jaar") Integer jaar) {
        if (jaar == null) {
            throw new DomainException("VERPLICHT", "jaar", "jaar is verplicht");
        }
        return service.jaarcijfers(jaar);
    }
}
