import org.flywaydb.core.Flyway;

/**
 * Benchmark helper (single-file source, run with {@code java -cp <domain classes + deps> Migrate.java url user password}):
 * applies the project's Flyway migrations plus the SQL demo scripts (regio BNO-O, product catalogue and
 * tariffs), exactly as the application's DatabaseMigrator does with wmo.demo-data=true.
 */
public class Migrate {
    public static void main(String[] args) {
        var result = Flyway.configure(Migrate.class.getClassLoader())
                .dataSource(args[0], args[1], args.length > 2 ? args[2] : "")
                .locations("classpath:db/migration", "classpath:db/demo")
                .ignoreMigrationPatterns("repeatable:missing")
                .load()
                .migrate();
        System.out.println("[migrate] " + result.migrationsExecuted + " migrations executed, schema version "
                + result.targetSchemaVersion);
    }
}
