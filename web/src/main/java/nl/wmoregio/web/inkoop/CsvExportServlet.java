package nl.wmoregio.web.inkoop;

import nl.wmoregio.web.platform.rest.CsvDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.wmoregio.inkoop.boundary.CatalogusService;
import nl.wmoregio.inkoop.boundary.ContractService;

/**
 * CSV downloads for the screens. The REST export answers HTTP Basic only, so a logged-in browser
 * session gets its files here; web.xml's constraint on /* requires a role, as for every page.
 */
@WebServlet(urlPatterns = {"/inkoop/export/contracten.csv", "/inkoop/export/tarieven.csv"})
public class CsvExportServlet extends HttpServlet {

    @Inject
    ContractService contracten;

    @Inject
    CatalogusService catalogus;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean tarieven = request.getServletPath().endsWith("tarieven.csv");
        String csv = tarieven ? catalogus.tarievenCsv() : contracten.gecontracteerdenCsv();
        String bestand = tarieven ? "tarieven.csv" : "gecontracteerde-aanbieders.csv";
        CsvDownload.schrijf(response, bestand, csv);
    }
}
