package nl.wmoregio.web.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.wmoregio.shared.DomainException;

/** Parses query parameters with a problem naming the parameter, instead of a bare 404 from JAX-RS. */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("DATUM_ONGELDIG", field, field + " moet een datum zijn in de vorm JJJJ-MM-DD");
        }
    }

    public static String text(String raw, String field, int max) {
        if (raw != null && raw.length() > max) {
            throw new DomainException("TE_LANG", field, field + " mag hoogstens " + max + " tekens hebben");
        }
        return raw;
    }

    /** The request header that carries the reason for reading client data (issue 16, L12). */
    public static final String REDEN_KOP = "X-Reden";

    /**
     * The stated reason for a read: from the {@value #REDEN_KOP} header, else the old {@code reden}
     * query parameter (kept for existing clients). A URL ends up in access logs, proxy logs and browser
     * history; a header does not. HTTP headers are Latin-1, so the header may be percent-encoded UTF-8
     * ({@code Inzage%20cli%C3%ABnt}); text that does not decode is taken as it came.
     */
    public static String reden(String kop, String query) {
        if (kop != null && !kop.isBlank()) {
            if (kop.indexOf('%') >= 0) {
                try {
                    return java.net.URLDecoder.decode(kop.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return kop;
                }
            }
            return kop;
        }
        return query;
    }
}
