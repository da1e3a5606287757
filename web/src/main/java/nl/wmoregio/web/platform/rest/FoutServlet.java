package nl.wmoregio.web.platform.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's error pages (web.xml) come here: an API caller gets problem+json (for example
 * when a web.xml constraint refuses a role before JAX-RS sees the request), a browser the page.
 */
@WebServlet("/fout")
public class FoutServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(status);
            response.setHeader(nl.wmoregio.web.platform.rest.openapi.ApiVersie.HEADER, nl.wmoregio.web.platform.rest.openapi.ApiVersie.VERSIE);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(switch (status) {
                case 403 -> Problem.geenToegangJson();
                case 404 -> Problem.json(404, "Niet gevonden", "Deze URL bestaat niet", "NIET_GEVONDEN", null);
                case 400 -> Problem.json(400, "Ongeldig verzoek", "Het verzoek is onleesbaar (URL, kopregels of tekens)", "VERZOEK_ONGELDIG", null);
                case 405 -> Problem.json(405, "Methode niet toegestaan", ProblemMappers.detail(405), "METHODE_ONGELDIG", null);
                case 413 -> Problem.json(413, "Verzoek te groot", ProblemMappers.detail(413), "TE_GROOT", null);
                case 414 -> Problem.json(414, "URL te lang", "De URL is te lang; gebruik minder of kortere parameters", "URL_TE_LANG", null);
                case 415 -> Problem.json(415, "Mediatype niet ondersteund", ProblemMappers.detail(415), "MEDIATYPE_ONGELDIG", null);
                default -> status < 500
                        ? Problem.json(status, "Verzoek geweigerd", ProblemMappers.detail(status), "VERZOEK_GEWEIGERD", null)
                        : Problem.json(status, "Fout", "Er ging iets mis; de fout is gelogd", "INTERNE_FOUT", null);
            });
            return;
        }
        request.getRequestDispatcher("/fout.xhtml").forward(request, response);
    }
}
