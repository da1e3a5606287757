package nl.wmoregio.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query after a communication failure (3 times, 5 s apart by default).
 * Behind the server's pool that only makes a request hang while the database is down; the pool
 * already validates connections and waits at most its max-wait-time. So: no retries, fail fast,
 * and the API answers 503 at once (see ProblemMappers).
 */
public class SnelFalenBijStoring implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
