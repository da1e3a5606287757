package nl.wmoregio.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wmoregio.platform.control.DatabaseRechten;
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
        Accounts accounts = Accounts.uitOmgeving(System.getenv());
        var flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader());
        if (accounts.gescheiden()) {
            // issue 16 M6: DDL only with the migration account, only now; the pool's account has DML only
            flyway.dataSource(accounts.url(), accounts.migratieUser(), accounts.migratieWachtwoord());
        } else {
            flyway.dataSource(dataSource);
        }
        MigrateResult result = flyway
                .locations(locations.toArray(String[]::new))
                // The demo scripts are repeatable and only on the path when demo data is on.
                .ignoreMigrationPatterns("repeatable:missing")
                .load()
                .migrate();
        LOG.info(() -> "Schema migrated: " + result.migrationsExecuted + " migrations executed, now at version "
                + result.targetSchemaVersion + (demoData ? " (with demo data)" : "")
                + (accounts.gescheiden() ? " by migration account " + accounts.migratieUser() : " (one database account)"));
        if (accounts.gescheiden()) {
            try {
                Class.forName("org.mariadb.jdbc.Driver", true, DatabaseMigrator.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("MariaDB JDBC driver missing", e);
            }
            try (Connection c = DriverManager.getConnection(accounts.url(), accounts.migratieUser(), accounts.migratieWachtwoord())) {
                DatabaseRechten.pasToe(c, DatabaseRechten.Rol.RUNTIME, DatabaseRechten.account(accounts.runtimeUser(), accounts.host()));
                if (accounts.warehouseUser() != null) {
                    DatabaseRechten.pasToe(c, DatabaseRechten.Rol.WAREHOUSE,
                            DatabaseRechten.account(accounts.warehouseUser(), accounts.host()));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Rechten van de database-accounts konden niet worden gezet: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Which database accounts are configured (issue 16 M6). Separate accounts when
     * WMO_DB_MIGRATION_USER is set and differs from WMO_DB_USER: the migration account runs Flyway
     * and grants; WMO_WAREHOUSE_DB_USER (optional) gets the warehouse's rights. The host part of
     * the accounts is WMO_DB_ACCOUNT_HOST (default '%'). Otherwise one account does everything.
     */
    public record Accounts(String url, String migratieUser, String migratieWachtwoord, String runtimeUser,
            String warehouseUser, String host) {

        public static Accounts uitOmgeving(java.util.Map<String, String> env) {
            return new Accounts(leeg(env.get("WMO_DB_URL")), leeg(env.get("WMO_DB_MIGRATION_USER")),
                    env.getOrDefault("WMO_DB_MIGRATION_PASSWORD", ""), leeg(env.get("WMO_DB_USER")),
                    leeg(env.get("WMO_WAREHOUSE_DB_USER")), env.getOrDefault("WMO_DB_ACCOUNT_HOST", "%"));
        }

        public boolean gescheiden() {
            return url != null && migratieUser != null && runtimeUser != null && !migratieUser.equals(runtimeUser);
        }

        private static String leeg(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    public boolean isDemoData() {
        return demoData;
    }
}
