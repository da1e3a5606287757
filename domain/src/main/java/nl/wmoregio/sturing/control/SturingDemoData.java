package nl.wmoregio.sturing.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wmoregio.platform.boundary.DatabaseMigrator;

/**
 * Named risk scenarios of seed 000 as demo rows (issue 14 point 3, the demo-data part): each one a
 * row of {@code wh_scenario} with the parameters that exist there, so a controller finds them on
 * the Scenario's screen, copies and edits them, and the warehouse projects them against the
 * budgets the generator wrote. Inserted by name when missing (idempotent). The budgets per
 * gemeente per year come from the world generator ({@code wh_budget}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class SturingDemoData {

    private static final Logger LOG = Logger.getLogger(SturingDemoData.class.getName());

    /** naam, omschrijving, then the parameter columns below (percentages). */
    static final String KOLOMMEN = "groei_18_64_pct, groei_65_74_pct, groei_75_84_pct, groei_85_plus_pct, abonnement_hv_pct, "
            + "reele_kostprijs_hv_pct, cao_indexatie_pct, doordecentralisatie_bw_pct, extramuralisering_pct, jongeren_dagbesteding_pct";
    static final Object[][] SCENARIOS = {
            {"Abonnementstarief: meer vraag naar HV", "Seed 000: het abonnementstarief (vaste eigen bijdrage) verlaagt de drempel; "
                    + "eenmalig 8% meer HV-cliënten, tarieven met de cao geïndexeerd.", 0, 0, 0, 0, 8, 0, 2.5, 0, 0, 0},
            {"Reële kostprijs HV (+40%)", "Seed 000: een reële kostprijs voor huishoudelijke verzorging kan de kosten tot 40% "
                    + "verhogen; bovengrens van de bandbreedte.", 0, 0, 0, 0, 0, 40, 2.5, 0, 0, 0},
            {"Doordecentralisatie BW: objectief verdeelmodel", "Seed 000: beschermd wonen naar alle gemeenten met het objectieve "
                    + "verdeelmodel; verwacht nadeel voor de regio (budget BW -12%).", 0, 0, 0, 0, 0, 0, 2.5, -12, 0, 0},
            {"Dubbele vergrijzing", "Seed 000: meer en oudere ouderen; groei per leeftijdsband (65-74 +2%, 75-84 +4,5%, 85+ +5,5% per jaar).",
                    0.2, 2.0, 4.5, 5.5, 0, 0, 2.5, 0, 0, 0},
            {"Extramuralisering en ambulantisering", "Seed 000: zwaardere en langere ondersteuning thuis; volume BI/BG +3% per jaar.",
                    0, 0, 0, 0, 0, 0, 2.5, 0, 3, 0},
            {"Jongeren uit het speciaal onderwijs naar dagbesteding", "Seed 000: extra instroom van jongeren (<27) in "
                    + "groepsbegeleiding, +10% per jaar.", 0, 0, 0, 0, 0, 0, 2.5, 0, 0, 10},
            {"Cao-indexatie hoog (4%)", "Tarieven van alle producten 4% per jaar omhoog (krapte op de arbeidsmarkt).",
                    0, 0, 0, 0, 0, 0, 4, 0, 0, 0},
    };

    @Inject
    DatabaseMigrator migrator;

    @Resource(lookup = "java:app/jdbc/wmo")
    DataSource dataSource;

    @PostConstruct
    void seed() {
        if (!migrator.isDemoData()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("insert into wh_scenario (naam, omschrijving, horizon_jaren, " + KOLOMMEN
                     + ", gewijzigd_door) select ?, ?, 5, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo' from dual "
                     + "where not exists (select 1 from wh_scenario where naam = ?)")) {
            int n = 0;
            for (Object[] s : SCENARIOS) {
                for (int i = 0; i < s.length; i++) {
                    p.setObject(i + 1, s[i] instanceof Number g ? new java.math.BigDecimal(g.toString()) : s[i]);
                }
                p.setObject(s.length + 1, s[0]);
                n += p.executeUpdate();
            }
            final int nieuw = n;
            if (nieuw > 0) {
                LOG.info(() -> "Demo scenarios: " + nieuw + " named risk scenarios");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo scenarios could not be written", e);
        }
    }
}
