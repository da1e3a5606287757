package nl.wmoregio.web.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmoregio.web.platform.rest.Problem;

/**
 * Cross-site request forgery, second line: a state-changing request (anything but GET, HEAD,
 * OPTIONS) whose {@code Origin} (or, without it, {@code Referer}) names another host is refused
 * with 403. The first lines are the session cookie's SameSite=Lax and Faces' server-side view
 * state; this one also covers the API, where a browser that once answered the Basic prompt
 * re-sends the password to any form that posts there (enctype text/plain reaches the CSV import).
 * Requests without either header (scripts, curl, other systems) are not affected.
 * Behind a proxy that rewrites Host, list the public origins in WMO_TOEGESTANE_HERKOMST
 * (comma-separated host names).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HerkomstFilter extends HttpFilter {

    private static final Set<String> VEILIG = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private final Set<String> extra = Arrays.stream(System.getenv().getOrDefault("WMO_TOEGESTANE_HERKOMST", "").split(","))
            .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (VEILIG.contains(request.getMethod().toUpperCase(Locale.ROOT)) || toegestaan(request)) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeadersFilter.apply(request, response);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Problem.json(403, "Andere herkomst", "Dit verzoek komt van een andere website en is geweigerd",
                    "HERKOMST_ONGELDIG", "Origin"));
        } else {
            response.setContentType("text/plain");
            response.getWriter().write("Geweigerd: dit formulier werd vanaf een andere website verstuurd.");
        }
    }

    boolean toegestaan(HttpServletRequest request) {
        String herkomst = request.getHeader("Origin");
        if (herkomst == null || herkomst.isBlank()) {
            herkomst = request.getHeader("Referer");
            if (herkomst == null || herkomst.isBlank()) {
                return true; // not a browser form or script on another site
            }
        }
        String host;
        try {
            host = URI.create(herkomst.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false; // "Origin: null" (sandboxed frame, file:) or garbage
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals(request.getServerName().toLowerCase(Locale.ROOT)) || extra.contains(host);
    }
}
