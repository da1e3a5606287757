package nl.wmoregio.web.toegang;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toegang.boundary.ClientService;
import nl.wmoregio.toegang.boundary.DoelInput;
import nl.wmoregio.toegang.boundary.DoelView;
import nl.wmoregio.toegang.boundary.EvaluatieInput;
import nl.wmoregio.toegang.boundary.IndicatieEinde;
import nl.wmoregio.toegang.boundary.IndicatieInput;
import nl.wmoregio.toegang.boundary.IndicatieView;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Indicaties and their trajectplan (goals, evaluations); edits need If-Match. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicaties")
public class IndicatieResource {

    @Inject
    ClientService service;

    @PUT
    @Path("indicaties/{id}")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Operation(summary = "Indicatie wijzigen; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = IndicatieView.class)))
    public Response wijzig(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, IndicatieInput input) {
        IndicatieView indicatie = service.wijzigIndicatie(id, Etags.requiredVersion(ifMatch), Bodies.required(input));
        return Etags.ok(indicatie, indicatie.version()).build();
    }

    @POST
    @Path("indicaties/{id}/beeindiging")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Operation(summary = "Indicatie beëindigen (uitstroom) met reden; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = IndicatieView.class)))
    public Response beeindig(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, IndicatieEinde einde) {
        IndicatieView indicatie = service.beeindigIndicatie(id, Etags.requiredVersion(ifMatch), Bodies.required(einde));
        return Etags.ok(indicatie, indicatie.version()).build();
    }

    @POST
    @Path("indicaties/{id}/doelen")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Operation(summary = "Doel aan het trajectplan toevoegen")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = DoelView.class)))
    public Response voegDoelToe(@PathParam("id") long id, DoelInput input) {
        DoelView doel = service.voegDoelToe(id, Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(doel).build();
    }

    @POST
    @Path("doelen/{id}/evaluaties")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Operation(summary = "Doel evalueren: BEHAALD, DEELS of NIET_BEHAALD op een datum")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = DoelView.class)))
    public Response evalueer(@PathParam("id") long id, EvaluatieInput input) {
        DoelView doel = service.evalueer(id, Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(doel).build();
    }
}
