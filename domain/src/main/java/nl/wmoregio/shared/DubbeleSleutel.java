package nl.wmoregio.shared;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises a unique-key violation (SQLState class 23, MariaDB 1062) behind the JPA/EJB
 * wrappers. Only that may be reported as "already there": any other write failure (database
 * read-only, disk full, connection lost) must surface as what it is.
 */
public final class DubbeleSleutel {

    private DubbeleSleutel() {
    }

    public static boolean herken(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable e = thrown; e != null && seen.put(e, Boolean.TRUE) == null; e = e.getCause()) {
            if (e instanceof SQLException sql && (sql.getErrorCode() == 1062
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("23")))) {
                return true;
            }
        }
        return false;
    }
}
