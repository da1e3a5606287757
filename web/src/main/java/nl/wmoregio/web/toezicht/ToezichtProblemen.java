package nl.wmoregio.web.toezicht;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.wmoregio.toezicht.boundary.OrganisatieGeweigerd;
import nl.wmoregio.toezicht.boundary.OvergangGeweigerd;
import nl.wmoregio.web.platform.rest.Problem;

/** Toezicht's refusals that are not input errors: a forbidden workflow step (409) and another organisation's case (403). */
public final class ToezichtProblemen {

    private ToezichtProblemen() {
    }

    @Provider
    public static class Overgang implements ExceptionMapper<OvergangGeweigerd> {
        @Override
        public Response toResponse(OvergangGeweigerd e) {
            return Problem.response(409, "Stap niet toegestaan", e.getMessage(), e.code(), e.field());
        }
    }

    @Provider
    public static class Organisatie implements ExceptionMapper<OrganisatieGeweigerd> {
        @Override
        public Response toResponse(OrganisatieGeweigerd e) {
            return Problem.response(403, "Geen toegang", e.getMessage(), e.code(), e.field());
        }
    }
}
