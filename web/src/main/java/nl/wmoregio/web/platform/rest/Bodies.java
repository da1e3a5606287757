package nl.wmoregio.web.platform.rest;

import nl.wmoregio.shared.DomainException;

/** A missing JSON body is a 400 problem, not a NullPointerException. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new DomainException("BODY_VERPLICHT", null, "Het verzoek heeft een JSON-body nodig");
        }
        return body;
    }
}
