package nl.wmoregio.web.warehouse;

import nl.wmoregio.web.platform.rest.CsvDownload;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.sturing.boundary.SturingService;

/** CSV of every dashboard table for the logged-in browser session (the REST export is Basic only). */
@WebServlet(urlPatterns = "/warehouse/export/*")
public class WarehouseExportServlet extends HttpServlet {

    @Inject
    SturingService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tabel = request.getPathInfo() == null ? "" : request.getPathInfo().replaceAll("^/|\\.csv$", "");
        if (!tabel.matches("indicatoren|maanden|productgroepen|stromen|aanbieders|doorstroom|projecties")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String csv;
        try {
            csv = SturingTabellen.csv(SturingTabellen.rijen(service, tabel, SturingResource.filter(request.getParameter("jaar"),
                    request.getParameter("gemeenteId"), request.getParameter("productgroep"),
                    request.getParameter("aanbiederId"), request.getParameter("indeling"))));
        } catch (EJBAccessException | SecurityException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        CsvDownload.schrijf(response, "warehouse-" + tabel + ".csv", csv);
    }
}
