package nl.wmoregio.web.platform.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.PageRequest;

/**
 * Common list parameters: {@code page} (from 0), {@code size} (1-200), {@code sort} (field, "-field" descending).
 * No OpenAPI annotations here: Payara's OpenAPI generator fails on them in a bean parameter class.
 */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    String size;

    @QueryParam("sort")
    String sort;

    public PageRequest toRequest() {
        int pageNumber = number(page, "page");
        int pageSize = number(size, "size");
        boolean ascending = sort == null || !sort.startsWith("-");
        String field = sort == null ? null : sort.replaceFirst("^[-+]", "").strip();
        return new PageRequest(pageNumber, pageSize, field, ascending);
    }

    private static int number(String raw, String field) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("GEEN_GETAL", field, field + " moet een geheel getal zijn");
        }
    }
}
