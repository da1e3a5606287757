package nl.wmoregio.toegang.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role may use the operation, but not for this client (another gemeente). A
 * SecurityException, so REST answers 403 and screens show "geen toegang"; no stack trace is logged.
 */
@ApplicationException(rollback = true)
public class GeenToegang extends SecurityException {

    public GeenToegang(String message) {
        super(message);
    }
}
