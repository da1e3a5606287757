package nl.wmoregio.ceo.control;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not see this gemeente (403). An application exception: it reaches the caller
 * as is (REST and screens map SecurityException to "no access") instead of being logged as a
 * system failure by the EJB container.
 */
@ApplicationException(rollback = true)
public class GeenToegang extends SecurityException {

    public GeenToegang(String message) {
        super(message);
    }
}
