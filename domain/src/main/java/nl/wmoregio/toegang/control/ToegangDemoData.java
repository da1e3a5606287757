package nl.wmoregio.toegang.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wmoregio.platform.boundary.DatabaseMigrator;
import nl.wmoregio.shared.Wereld;
import nl.wmoregio.toegang.boundary.GeneratorResultaat;

/**
 * The demo region's living world (issue 14): once, at the first start with demo data, the
 * {@link Generator} writes preset {@code demo} with a fixed seed for the last four full years up
 * to today ({@link Wereld}): clients and indicaties that obey the chain rules, monthly
 * declarations, goals and evaluations, CEO rounds, meldingen, onderzoeken with findings and
 * measures, quality rounds and budgets, so every figure on Sturing is non-zero. Runs after the
 * kwaliteit seeder (its method and indicators are scored) and after inkoop has extended the
 * contracts and tariffs up to the current year. Synthetic BSNs come from the never-issued range
 * ({@code Bsn.ongebruikt}).
 */
@Singleton
@Startup
@DependsOn("KwaliteitDemoData") // which depends on InkoopDemoData, which depends on DatabaseMigrator: one chain, no diamond (Payara reported a false "cyclic dependency" for the diamond)
@TransactionManagement(TransactionManagementType.BEAN)
public class ToegangDemoData {

    static final long SEED = Wereld.DEMO_SEED;
    private static final Logger LOG = Logger.getLogger(ToegangDemoData.class.getName());

    @Inject
    DatabaseMigrator migrator;

    @Resource(lookup = "java:app/jdbc/wmo")
    DataSource dataSource;

    @Inject
    Sleutels sleutels;

    @PostConstruct
    void seed() {
        if (!migrator.isDemoData()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (count(connection, "select count(*) from indicatie") > 0 || count(connection, "select count(*) from contract") == 0) {
                return;
            }
            Generator.Preset preset = Generator.Preset.van("demo");
            GeneratorResultaat r = new Generator(preset, SEED, sleutels.versleuteling(), sleutels.pseudoniemen(), preset.clienten(),
                    Wereld.nu()).genereer(connection, null);
            LOG.info(() -> "Demo world " + Wereld.nu() + ": " + r);
        } catch (SQLException e) {
            throw new IllegalStateException("Demo world could not be written", e);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
