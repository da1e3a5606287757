package nl.wmoregio.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused the request. Carries a stable code (for translations and clients)
 * and the input field that is wrong, so REST and screens can point at it.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final String code;
    private final String field;

    public DomainException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The input field at fault, or null when the rule concerns the request as a whole. */
    public String field() {
        return field;
    }
}
