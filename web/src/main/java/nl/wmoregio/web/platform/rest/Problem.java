package nl.wmoregio.web.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details; {@code field} and {@code code} are our extension members. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    private Problem() {
    }

    /** The one answer for a role refused anywhere (JAX-RS filter, EJB container, web.xml constraint). */
    public static String geenToegangJson() {
        return json(403, "Geen toegang", "Uw rol mag dit niet", "GEEN_TOEGANG", null);
    }

    public static Response geenToegang() {
        return response(403, "Geen toegang", "Uw rol mag dit niet", "GEEN_TOEGANG", null);
    }

    public static Response response(int status, String title, String detail, String code, String field) {
        return Response.status(status).type(MEDIA).entity(json(status, title, detail, code, field)).build();
    }

    public static String json(int status, String title, String detail, String code, String field) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (code != null) {
            body.add("code", code);
        }
        if (field != null) {
            body.add("field", field);
        }
        return body.build().toString();
    }
}
