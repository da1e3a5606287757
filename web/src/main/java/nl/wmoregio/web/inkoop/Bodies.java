package nl.wmoregio.web.inkoop;

import nl.wmoregio.shared.DomainException;

final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new DomainException("BODY_VERPLICHT", null, "Het verzoek heeft een JSON-body nodig");
        }
        return body;
    }
}
