package nl.wmoregio.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/** L11 (issue 16): the database check decides readiness, not liveness. */
class DatabaseHealthCheckTest {

    @Test
    void theDatabaseCheckIsReadinessOnly() {
        assertTrue(DatabaseHealthCheck.class.isAnnotationPresent(Readiness.class));
        assertFalse(DatabaseHealthCheck.class.isAnnotationPresent(Liveness.class),
                "a database outage must not make the instance 'dead' (restarted by an orchestrator)");
    }
}
