package nl.wmoregio.web.privacy;

import nl.wmoregio.web.platform.rest.CsvDownload;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.toegang.boundary.VerwerkingFilter;
import nl.wmoregio.toegang.boundary.VerwerkingenService;

/**
 * The CSV download of the access log for the screen (the REST export answers HTTP Basic only);
 * web.xml restricts the path to BEHEERDER, the service checks again and logs the export.
 */
@WebServlet(urlPatterns = "/beheer/export/verwerkingen.csv")
public class VerwerkingenExportServlet extends HttpServlet {

    @Inject
    VerwerkingenService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String csv;
        try {
            csv = service.csv(new VerwerkingFilter(request.getParameter("pseudoniem"), request.getParameter("gebruiker"),
                    datum(request.getParameter("van")), datum(request.getParameter("tot")), request.getParameter("actie")),
                    request.getParameter("reden"));
        } catch (DateTimeParseException | DomainException e) {
            response.sendError(400);
            return;
        } catch (EJBAccessException | SecurityException e) {
            response.sendError(403);
            return;
        } catch (EJBException e) {
            response.sendError(e.getCausedByException() instanceof DomainException ? 400 : 403);
            return;
        }
        CsvDownload.schrijf(response, "verwerkingen.csv", csv);
    }

    private static LocalDate datum(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }
}
