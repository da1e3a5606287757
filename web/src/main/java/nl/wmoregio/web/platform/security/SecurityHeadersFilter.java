package nl.wmoregio.web.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Scripts are further restricted by PrimeFaces' own
 * nonce-based CSP header (primefaces.CSP in web.xml); browsers enforce both policies.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** WMO_HTTPS=true: the application is reached over HTTPS only (TLS at a reverse proxy). */
    static final boolean HTTPS = "true".equalsIgnoreCase(System.getenv("WMO_HTTPS"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Also called by the authentication mechanism, whose 401 answers never reach this filter. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        nl.wmoregio.web.platform.rest.openapi.ApiVersie.zet(request, response);
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // L4 (issue 16): behind TLS (WMO_HTTPS=true when a proxy terminates it, or a secure request) browsers
        // are told to use HTTPS only
        if (HTTPS || request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
