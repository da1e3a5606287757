package nl.wmoregio.toezicht.boundary;

import jakarta.ejb.ApplicationException;
import nl.wmoregio.shared.DomainException;

/** A workflow transition that is not allowed from the current state (REST: 409 with the code). */
@ApplicationException(rollback = true)
public class OvergangGeweigerd extends DomainException {

    public OvergangGeweigerd(String code, String message) {
        super(code, "status", message);
    }
}
