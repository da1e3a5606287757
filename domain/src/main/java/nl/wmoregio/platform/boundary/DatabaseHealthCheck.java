package nl.wmoregio.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /health}: the application is only ready when the database answers. Readiness only
 * (issue 16, L11): a database outage makes the instance unready (no traffic), not dead; as a
 * liveness check it made an orchestrator restart every instance while the database was down.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/wmo")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(TIMEOUT_SECONDS)).build();
        } catch (SQLException e) {
            // The reason stays in the server log; the public endpoint only says DOWN.
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
