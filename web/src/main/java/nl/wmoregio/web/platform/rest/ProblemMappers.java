package nl.wmoregio.web.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.StaleVersionException;

/**
 * Every failure leaves the API as application/problem+json; no stack trace reaches a client.
 * One mapper for all exceptions keeps the translation in one place and unwraps EJB wrappers.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof DomainException d) {
            return Problem.response(400, "Ongeldige invoer", d.getMessage(), d.code(), d.field());
        }
        if (e instanceof NotFoundException) {
            return Problem.response(404, "Niet gevonden", e.getMessage(), "NIET_GEVONDEN", null);
        }
        if (e instanceof StaleVersionException || e instanceof OptimisticLockException) {
            return Problem.response(412, "Verouderde versie", e instanceof StaleVersionException ? e.getMessage()
                    : "Het record is intussen door iemand anders gewijzigd", "VERSIE_VEROUDERD", "If-Match");
        }
        // Jersey's own @RolesAllowed check (RolesAllowedDynamicFeature) may refuse before ours with a bare 403.
        if (e instanceof EJBAccessException || e instanceof SecurityException
                || (e instanceof WebApplicationException w && w.getResponse().getStatus() == 403)) {
            return Problem.geenToegang();
        }
        // L10 (issue 16): a year or page far out of range (jaar=2147483647) is the caller's error, not a 500
        if (e instanceof java.time.DateTimeException || e instanceof ArithmeticException) {
            return Problem.response(400, "Ongeldige invoer", "Een datum, jaar of pagina ligt buiten het geldige bereik",
                    "BUITEN_BEREIK", null);
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            return Problem.response(400, "Onleesbare invoer",
                    "De JSON van het verzoek kon niet worden gelezen: controleer de veldtypen en datums (JJJJ-MM-DD)",
                    "JSON_ONGELDIG", JsonFields.guessField(e));
        }
        if (e instanceof WebApplicationException w && w.getResponse().hasEntity()) {
            return w.getResponse();
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            Response.Status.Family family = Response.Status.Family.familyOf(status);
            String title = w instanceof NotAuthorizedException || status == 401 ? "Niet aangemeld"
                    : status == 403 ? "Geen toegang"
                    : w instanceof NotAllowedException ? "Methode niet toegestaan"
                    : status == 404 ? "Niet gevonden"
                    : status == 415 ? "Mediatype niet ondersteund"
                    : status == 406 ? "Mediatype niet beschikbaar"
                    : Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status).getReasonPhrase()
                    : "Fout";
            if (family == Response.Status.Family.SERVER_ERROR) {
                LOG.log(Level.SEVERE, "Server error in REST call", e);
            }
            Response.ResponseBuilder builder = Response.fromResponse(w.getResponse()).type(Problem.MEDIA)
                    .entity(Problem.json(status, title, detail(status), null, null));
            return builder.build();
        }
        if (DatabaseStoring.herken(thrown)) {
            LOG.warning(() -> "Database unreachable: " + thrown);
            return Response.fromResponse(Problem.response(503, "Tijdelijk niet beschikbaar",
                    "De database is niet bereikbaar; probeer het zo opnieuw", "DATABASE_ONBEREIKBAAR", null))
                    .header("Retry-After", "5").build();
        }
        if (DatabaseStoring.weigertSchrijven(thrown)) {
            LOG.warning(() -> "Database refuses writes (read-only or disk full): " + thrown);
            return Response.fromResponse(Problem.response(503, "Tijdelijk niet beschikbaar",
                    "De database neemt nu geen wijzigingen aan (alleen-lezen of opslag vol); er is niets opgeslagen. "
                            + "Probeer het later opnieuw", "OPSLAG_WEIGERT_SCHRIJVEN", null))
                    .header("Retry-After", "60").build();
        }
        LOG.log(Level.SEVERE, "Unexpected error in REST call", thrown);
        return Problem.response(500, "Interne fout", "Er ging iets mis; de fout is gelogd", "INTERNE_FOUT", null);
    }

    /** Every problem says what to do about it, also when JAX-RS itself refused the request. */
    static String detail(int status) {
        return switch (status) {
            case 400 -> "Het verzoek is onleesbaar of onvolledig";
            case 401 -> "Meld u aan met HTTP Basic";
            case 403 -> "Uw rol mag dit niet";
            case 404 -> "Deze URL of dit record bestaat niet (een id is een positief geheel getal)";
            case 405 -> "Deze HTTP-methode is hier niet toegestaan";
            case 406 -> "Dit antwoordformaat (Accept) is hier niet beschikbaar";
            case 409 -> "Het verzoek botst met de huidige toestand";
            case 412 -> "Het record is intussen gewijzigd; lees het opnieuw";
            case 413 -> "Het verzoek is te groot";
            case 415 -> "Dit mediatype (Content-Type) wordt hier niet ondersteund; stuur bijvoorbeeld application/json";
            default -> status >= 500 ? "Er ging iets mis; de fout is gelogd" : "Het verzoek is niet verwerkt";
        };
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException || e.getClass().getName().endsWith("TransactionRolledbackLocalException"))
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof EJBException ejb && ejb.getCausedByException() != null) {
            e = ejb.getCausedByException();
        }
        return e;
    }
}
