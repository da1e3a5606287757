package nl.wmoregio.web.platform.rest.openapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.wmoregio.web.platform.rest.Problem;

/**
 * The API's URL rules at the door: the API-Version header on every answer (API-57), and a path that ends in
 * a slash is not a resource (API-48): 404 problem+json instead of the answer for the path without it.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiPadFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ApiVersie.zet(request, response);
        String uri = request.getRequestURI();
        if (uri.endsWith("/") && uri.length() > 1) {
            response.setStatus(404);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.json(404, "Niet gevonden",
                    "Een URL van de API eindigt nooit op een schuine streep; laat die weg", "NIET_GEVONDEN", null));
            return;
        }
        chain.doFilter(request, response);
    }
}
