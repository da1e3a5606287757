package nl.wmoregio.shared;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role may use the operation, but not for this gemeente, client or record: the one
 * "no access" of every component (issue 18). A SecurityException, so REST answers 403
 * {@code GEEN_TOEGANG}, screens show "geen toegang" and CSV servlets answer 403; an application
 * exception, so it reaches the caller as is and the EJB container logs no stack trace.
 */
@ApplicationException(rollback = true)
public class GeenToegang extends SecurityException {

    public GeenToegang(String message) {
        super(message);
    }
}
