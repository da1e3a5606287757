package nl.wmoregio.shared;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " bestaat niet");
    }
}
