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
}
