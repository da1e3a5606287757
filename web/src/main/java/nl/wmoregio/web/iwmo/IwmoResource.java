package nl.wmoregio.web.iwmo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.wmoregio.iwmo.boundary.BerichtView;
import nl.wmoregio.iwmo.boundary.IwmoService;
import nl.wmoregio.iwmo.boundary.Verwerking;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.PageParams;
import nl.wmoregio.web.platform.rest.Params;
import nl.wmoregio.web.platform.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * iWmo 3.2 exchange: receive WMO323/WMO305/WMO307 files and read the per-line answer
 * (WMO325-style JSON); export WMO301 toewijzingen for a provider.
 */
@Path("iwmo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "iWmo")
@RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
public class IwmoResource {

    /** Same limit as the domain's parser, checked while reading the request body. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    @Inject
    IwmoService service;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("berichten")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Een iWmo-bericht (WMO323, WMO305, WMO307, of WMO302 op een WMO301 uit de uitbak) ontvangen; antwoord per regel met WJ001-retourcodes. "
            + "Hetzelfde bericht nogmaals: 200 met alVerwerkt=true en het oorspronkelijke antwoord.")
    @APIResponse(responseCode = "200", description = "Al eerder ontvangen (alVerwerkt=true): het oorspronkelijke antwoord",
            content = @Content(schema = @Schema(implementation = Verwerking.class)))
    @APIResponse(responseCode = "201", description = "Ontvangen en verwerkt: het antwoord per regel",
            content = @Content(schema = @Schema(implementation = Verwerking.class)))
    public Response ontvang(InputStream body) {
        byte[] inhoud = lees(body);
        if (inhoud == null) {
            return Problem.response(413, "Bestand te groot", "Een iWmo-bestand mag hoogstens " + (MAX_BYTES / 1024 / 1024)
                    + " MB zijn", "BESTAND_TE_GROOT", "bestand");
        }
        Verwerking verwerking = service.importeer(inhoud);
        if (verwerking.alVerwerkt()) {
            return Response.ok(verwerking).build();
        }
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(verwerking.id())).build())
                .entity(verwerking).build();
    }

    @GET
    @Path("berichten")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.GEMEENTE})
    @Operation(summary = "Ontvangen berichten, nieuwste eerst; GEMEENTE ziet alleen de eigen gemeente")
    public Page<BerichtView> berichten(@BeanParam PageParams page) {
        return service.berichten(page.toRequest());
    }

    @GET
    @Path("berichten/{id}")
    @Operation(summary = "Het antwoord op een ontvangen bericht: per regel goedgekeurd of afgekeurd met WJ001-retourcodes "
            + "(BEHEERDER; GEMEENTE alleen de eigen gemeente)")
    public Verwerking bericht(@PathParam("id") long id) {
        return service.bericht(id);
    }

    @GET
    @Path("berichten/{id}/retour")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(summary = "Het retourbericht (WMO325 op WMO323, WMO306 op WMO305, WMO308 op WMO307) als XML, geldig tegen de XSD")
    @APIResponse(responseCode = "200", description = "Het XML-bericht",
            content = @Content(mediaType = "application/xml", schema = @Schema(implementation = String.class)))
    public Response retour(@PathParam("id") long id) {
        IwmoService.RetourBestand retour = service.retour(id);
        return Response.ok(retour.inhoud(), MediaType.APPLICATION_XML + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + retour.naam() + "\"")
                .header("X-Berichttype", retour.berichttype())
                .build();
    }

    @GET
    @Path("toewijzingen/wmo301")
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "WMO301-toewijzingsberichten voor een aanbieder bij een gemeente (één bericht per client, als ZIP); "
            + "elk bericht is gevalideerd tegen WMO301.xsd")
    @APIResponse(responseCode = "404",
            description = "Onbekende aanbieder (AGB of id) of gemeente")
    @APIResponse(responseCode = "200", description = "ZIP met één WMO301-bericht per cliënt",
            content = @Content(mediaType = "application/zip", schema = @Schema(implementation = byte[].class)))
    public Response wmo301(@QueryParam("aanbieder") String aanbieder, @QueryParam("gemeente") String gemeente,
                           @QueryParam("van") String van, @QueryParam("tot") String tot) {
        IwmoService.Wmo301Export export = service.wmo301(aanbieder, gemeente, Params.date(van, "van"),
                Params.date(tot, "tot"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (IwmoService.Wmo301Bestand bestand : export.bestanden()) {
                out.putNextEntry(new ZipEntry(bestand.naam()));
                out.write(bestand.inhoud());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(zip.toByteArray(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"wmo301.zip\"")
                .header("X-Aantal-Berichten", export.bestanden().size())
                .header("X-Aantal-Toewijzingen", export.toewijzingen())
                .header("X-Clienten-Zonder-Bsn", export.zonderBsn())
                .header("X-Clienten-Zonder-Contactgegevens", export.zonderContact())
                .build();
    }

    @GET
    @Path("uitbak")
    @Operation(summary = "De WMO301-uitbak van een aanbieder bij een gemeente (aanbieder = AGB of id): eerst bijgewerkt met een "
            + "WMO301 voor elke cliënt met nieuwe of gewijzigde toewijzingen; per bericht status AANGEMAAKT, OPGEHAALD of "
            + "RETOUR_ONTVANGEN (met de retourcodes van de WMO302)")
    public java.util.List<IwmoService.UitbakItem> uitbak(@QueryParam("aanbieder") String aanbieder, @QueryParam("gemeente") String gemeente) {
        return service.uitbak(aanbieder, gemeente);
    }

    @GET
    @Path("uitbak/{id}")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(summary = "Eén WMO301 uit de uitbak ophalen (status OPGEHAALD; de inzage wordt per cliënt gelogd)")
    @APIResponse(responseCode = "200", description = "Het XML-bericht",
            content = @Content(mediaType = "application/xml", schema = @Schema(implementation = String.class)))
    public Response uitbakBericht(@PathParam("id") long id) {
        IwmoService.RetourBestand bericht = service.uitbakBericht(id);
        return Response.ok(bericht.inhoud(), MediaType.APPLICATION_XML + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + bericht.naam() + "\"")
                .build();
    }

    /** The body, or null when it is larger than the limit (read no further than that). */
    static byte[] lees(InputStream body) {
        return nl.wmoregio.web.platform.rest.Bodies.bestand(body, MAX_BYTES);
    }
}
