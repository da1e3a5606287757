package nl.wmoregio.web.platform.rest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a CSV export as a UTF-8 download: the one way every export servlet answers. */
public final class CsvDownload {

    private CsvDownload() {
    }

    public static void schrijf(HttpServletResponse response, String bestandsnaam, String csv) throws IOException {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + bestandsnaam + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
