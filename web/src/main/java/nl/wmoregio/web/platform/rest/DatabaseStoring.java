package nl.wmoregio.web.platform.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises "the database cannot be reached" in whatever wrapping EJB, JPA and the pool put
 * around it, so that the API answers 503 (try again) instead of 500 (our bug).
 */
public final class DatabaseStoring {

    private DatabaseStoring() {
    }

    public static boolean herken(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable e = thrown; e != null && seen.put(e, Boolean.TRUE) == null; e = next(e)) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof ConnectException) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQLState class 08: connection exception
            }
            String name = e.getClass().getName();
            String message = String.valueOf(e.getMessage());
            if ((name.endsWith("PoolingException") || name.endsWith("ResourceException") || name.endsWith("ResourceAllocationException"))
                    && (message.contains("allocat") || message.contains("connection"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable e) {
        if (e instanceof SQLException sql && sql.getNextException() != null && e.getCause() == null) {
            return sql.getNextException();
        }
        return e.getCause();
    }
}
