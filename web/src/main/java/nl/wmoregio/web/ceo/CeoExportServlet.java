package nl.wmoregio.web.ceo;

import nl.wmoregio.web.platform.rest.CsvDownload;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.wmoregio.ceo.boundary.CeoService;

/**
 * CSV downloads for the CEO screens (the REST exports answer HTTP Basic only): the sample for
 * the survey agency and the national benchmark file. The service checks role and gemeente.
 */
@WebServlet(urlPatterns = {"/ceo/export/steekproef.csv", "/ceo/export/benchmark.csv"})
public class CeoExportServlet extends HttpServlet {

    @Inject
    CeoService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean benchmark = request.getServletPath().endsWith("benchmark.csv");
        String csv;
        String bestand;
        try {
            if (benchmark) {
                int jaar = Integer.parseInt(request.getParameter("jaar"));
                csv = service.benchmarkCsv(jaar);
                bestand = "ceo-benchmark-" + jaar + ".csv";
            } else {
                long ronde = Long.parseLong(request.getParameter("ronde"));
                csv = service.steekproefCsv(ronde);
                bestand = "ceo-steekproef-" + ronde + ".csv";
            }
        } catch (NumberFormatException e) {
            response.sendError(400);
            return;
        } catch (nl.wmoregio.shared.NotFoundException e) {
            // an unknown round (ronde=-1 gave 500: the application exception is not wrapped in an EJBException)
            response.sendError(404);
            return;
        } catch (EJBAccessException | SecurityException e) {
            response.sendError(403);
            return;
        } catch (EJBException e) {
            response.sendError(e.getCausedByException() instanceof SecurityException ? 403 : 404);
            return;
        }
        CsvDownload.schrijf(response, bestand, csv);
    }
}
