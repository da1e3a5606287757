package nl.wmoregio.web.ceo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.rest.Bodies;
import nl.wmoregio.web.platform.rest.Etags;
import nl.wmoregio.web.platform.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.wmoregio.ceo.boundary.*;

/**
 * Cliëntervaringsonderzoek: questions, rounds, sample export, response import and results.
 * CONTROLLER: every gemeente; GEMEENTE: its own (others 403).
 */
@Path("ceo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cliëntervaringsonderzoek")
@RolesAllowed({Rollen.CONTROLLER, Rollen.GEMEENTE})
public class CeoResource {

    @Inject
    CeoService service;

    @GET
    @Path("vragen")
    @Operation(summary = "De tien standaardvragen plus de eigen vragen van de gemeente")
    public List<CeoVraagView> vragen(@QueryParam("gemeente") String gemeente) {
        return service.vragen(gemeente);
    }

    @POST
    @Path("vragen")
    @Operation(summary = "Eigen vraag van een gemeente toevoegen (SCHAAL5 of JANEE)")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = CeoVraagView.class)))
    public Response nieuweVraag(CeoVraagInput input) {
        CeoVraagView v = service.nieuweVraag(Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(v).tag(Etags.of(v.version())).build();
    }

    @PUT
    @Path("vragen/{id}")
    @Operation(summary = "Tekst van een eigen vraag wijzigen; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = CeoVraagView.class)))
    public Response wijzigVraag(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CeoVraagInput input) {
        long versie = Etags.requiredVersion(ifMatch);
        CeoVraagView v = service.wijzigVraag(id, Bodies.required(input), versie);
        return Etags.ok(v, v.version()).build();
    }

    @GET
    @Path("rondes")
    @Operation(summary = "Onderzoeksrondes (per gemeente per jaar) met populatie, steekproef en respons")
    public List<CeoRondeView> rondes(@QueryParam("jaar") String jaar) {
        return service.rondes(jaar(jaar, false));
    }

    @GET
    @Path("rondes/{id}")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = CeoRondeView.class)))
    public Response ronde(@PathParam("id") long id) {
        CeoRondeView r = service.ronde(id);
        return Etags.ok(r, r.version()).build();
    }

    @POST
    @Path("rondes")
    @Operation(summary = "Onderzoeksronde opzetten: gemeente, jaar, gewenste omvang en seed")
    @APIResponse(responseCode = "201", description = "Aangemaakt",
            content = @Content(schema = @Schema(implementation = CeoRondeView.class)))
    public Response nieuweRonde(CeoRondeInput input) {
        CeoRondeView r = service.nieuweRonde(Bodies.required(input));
        return Response.status(Response.Status.CREATED).entity(r).tag(Etags.of(r.version())).build();
    }

    @PUT
    @Path("rondes/{id}")
    @Operation(summary = "Omvang en seed wijzigen zolang er geen antwoorden zijn; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = CeoRondeView.class)))
    public Response wijzigRonde(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CeoRondeInput input) {
        long versie = Etags.requiredVersion(ifMatch);
        CeoRondeView r = service.wijzigRonde(id, Bodies.required(input), versie);
        return Etags.ok(r, r.version()).build();
    }

    @POST
    @Path("rondes/{id}/steekproef")
    @Operation(summary = "Gestratificeerde steekproef (per productgroep) trekken met de seed van de ronde; vereist If-Match")
    @APIResponse(responseCode = "200", description = "Gelukt",
            content = @Content(schema = @Schema(implementation = CeoRondeView.class)))
    public Response trek(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        CeoRondeView r = service.trekSteekproef(id, Etags.requiredVersion(ifMatch));
        return Etags.ok(r, r.version()).build();
    }

    @GET
    @Path("rondes/{id}/steekproef.csv")
    @Produces("text/csv")
    @Operation(summary = "Veldwerkbestand voor het onderzoeksbureau: respondentsleutel, voorletters, achternaam, postcode en huisnummer "
            + "van de steekproef van de ronde (geen pseudoniem, geen BSN); per cliënt gelogd en geaudit")
    @APIResponse(responseCode = "200", description = "Het CSV-bestand",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response steekproefCsv(@PathParam("id") long id) {
        return Response.ok(service.steekproefCsv(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ceo-steekproef-" + id + ".csv\"").build();
    }

    @POST
    @Path("rondes/{id}/antwoorden")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Antwoorden importeren (respondent;vraag;antwoord). modus=ALLES_OF_NIETS (standaard) of GOEDE_REGELS. "
            + "Afgewezen bestand: 422 met het rapport per regel")
    @APIResponse(responseCode = "200", description = "Verwerkt: het importrapport",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportRapport.class)))
    @APIResponse(responseCode = "422", description = "Afgewezen: het rapport per regel (geen problem+json)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportRapport.class)))
    public Response importeer(@PathParam("id") long id, @QueryParam("modus") String modus,
                              @HeaderParam("Content-Type") String contentType, InputStream body) {
        byte[] bytes = Bodies.bestand(body, MAX_BYTES);
        if (bytes == null) {
            return Problem.response(413, "Bestand te groot", "Een CEO-antwoordbestand mag hoogstens " + (MAX_BYTES / 1024 / 1024)
                    + " MB zijn", "BESTAND_TE_GROOT", "bestand");
        }
        ImportRapport rapport = service.importeer(id, tekst(bytes, contentType), modus);
        if (!rapport.verwerkt()) {
            return Response.status(422).type(MediaType.APPLICATION_JSON).entity(rapport).build();
        }
        return Response.ok(rapport).build();
    }

    /** CSV answer files are small (respondents x questions); anything larger is refused before parsing. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /**
     * The file as text in the declared charset (UTF-8 when none is given), decoded strictly: a file
     * saved in another encoding is refused with a clear message instead of being stored garbled.
     */
    static String tekst(byte[] bytes, String contentType) {
        Charset charset = StandardCharsets.UTF_8;
        try {
            String declared = contentType == null ? null : MediaType.valueOf(contentType).getParameters().get("charset");
            if (declared != null) {
                charset = Charset.forName(declared.strip());
            }
        } catch (IllegalArgumentException e) {
            throw new DomainException("CODERING_ONBEKEND", "Content-Type", "Onbekende tekencodering in Content-Type; gebruik charset=UTF-8");
        }
        String tekst;
        try {
            tekst = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("CODERING_ONGELDIG", "bestand", "Het bestand is geen geldige " + charset.name()
                    + "-tekst; sla het op als CSV UTF-8");
        }
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1); // a byte order mark, as spreadsheet programs write it
        }
        if (tekst.indexOf('\u0000') >= 0) {
            throw new DomainException("BESTAND_BINAIR", "bestand", "Het bestand bevat binaire gegevens; verwacht wordt een CSV-tekstbestand");
        }
        return tekst;
    }

    @GET
    @Path("resultaten")
    @Operation(summary = "Per vraag per gemeente per jaar: n met oordeel, % (helemaal) eens, 95%-Wilson-interval, aantal zonder oordeel")
    public List<CeoResultaat> resultaten(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") String jaar) {
        return service.resultaten(gemeente, jaar(jaar, false));
    }

    @GET
    @Path("resultaten/uitsplitsing")
    @Operation(summary = "Uitsplitsing naar PRODUCTGROEP of AANBIEDER; cellen met n < 10 onderdrukt")
    public List<CeoResultaat> uitsplitsing(@QueryParam("gemeente") String gemeente, @QueryParam("jaar") String jaar,
                                           @QueryParam("naar") String naar) {
        return service.uitsplitsing(gemeente, jaar(jaar, true), naar);
    }

    @GET
    @Path("export/benchmark.csv")
    @Produces("text/csv")
    @Operation(summary = "Plat bestand per gemeente per vraag voor de landelijke benchmark")
    @APIResponse(responseCode = "200", description = "Het CSV-bestand",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response benchmark(@QueryParam("jaar") String jaar) {
        int j = jaar(jaar, true);
        return Response.ok(service.benchmarkCsv(j), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ceo-benchmark-" + j + ".csv\"").build();
    }

    static Integer jaar(String raw, boolean verplicht) {
        if (raw == null || raw.isBlank()) {
            if (verplicht) {
                throw new DomainException("VERPLICHT", "jaar", "jaar is verplicht");
            }
            return null;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("GEEN_GETAL", "jaar", "jaar moet een jaartal zijn, bijvoorbeeld 2023");
        }
    }
}
