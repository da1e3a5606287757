package nl.wmoregio.web.platform.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import nl.wmoregio.shared.DomainException;

/** The entity version as a strong ETag; updates must send it back in If-Match. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client edited, from If-Match. Missing: 428; unreadable: 400.
     */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new DomainException("IF_MATCH_ONGELDIG", "If-Match",
                    "If-Match moet de ETag bevatten die GET gaf, bijvoorbeeld \"3\"");
        }
    }

    /** 428 Precondition Required (RFC 6585): updates without If-Match could overwrite silently. */
    public static class PreconditionRequired extends jakarta.ws.rs.WebApplicationException {
        public PreconditionRequired() {
            super(Problem.response(428, "If-Match ontbreekt",
                    "Stuur de ETag van de laatst gelezen versie mee in If-Match", "IF_MATCH_VERPLICHT", "If-Match"));
        }
    }

    public static Response.ResponseBuilder ok(Object body, long version) {
        return Response.ok(body).tag(of(version));
    }
}
