package nl.wmoregio.web.platform.rest.openapi;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API's version (API Design Rules API-56/57): semver in the OpenAPI document's info.version and in the
 * API-Version header of every API response; the major version is in the base path (/api/v1).
 * Raise MINOR for additions, PATCH for fixes; a breaking change is a new major version and a new base path.
 */
public final class ApiVersie {

    public static final String HEADER = "API-Version";
    public static final String VERSIE = "1.0.0";
    /** The base path of the API below the context root, as in {@code @ApplicationPath}. */
    public static final String BASIS = "/api/v1";

    private ApiVersie() {
    }

    /** Sets the header on a response to any URL below /api/ (also the ones JAX-RS never sees: 401, 404, the document). */
    public static void zet(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader(HEADER, VERSIE);
        }
    }
}
