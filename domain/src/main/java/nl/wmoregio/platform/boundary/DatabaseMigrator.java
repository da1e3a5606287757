package nl.wmoregio.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Demo data
 * (repeatable, idempotent scripts) is added only when {@code wmo.demo-data} is true
 * (environment: WMO_DEMO_DATA), which the run command and the tests set.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/wmo")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "wmo.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // The demo scripts are repeatable and only on the path when demo data is on.
                .ignoreMigrationPatterns("repeatable:missing")
                .load()
                .migrate();
        LOG.info(() -> "Schema migrated: " + result.migrationsExecuted + " migrations executed, now at version "
                + result.targetSchemaVersion + (demoData ? " (with demo data)" : ""));
    }

    public boolean isDemoData() {
        return demoData;
    }
}
