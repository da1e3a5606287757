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

    /**
     * The database is reachable but refuses to write: read-only (MariaDB 1290, 1836) or its disk
     * is full (1114 table full, 1021 disk full, OS error 28). The transaction rolled back, so
     * nothing was stored: the client may retry later (503), it is not our bug (500).
     */
    public static boolean weigertSchrijven(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable e = thrown; e != null && seen.put(e, Boolean.TRUE) == null; e = next(e)) {
            if (e instanceof SQLException sql) {
                int code = sql.getErrorCode();
                String message = String.valueOf(sql.getMessage());
                if (code == 1290 || code == 1836 || code == 1114 || code == 1021
                        || message.contains("Errcode: 28") || message.contains("No space left on device")) {
                    return true;
                }
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
