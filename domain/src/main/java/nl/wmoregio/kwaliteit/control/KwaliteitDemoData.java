package nl.wmoregio.kwaliteit.control;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wmoregio.platform.boundary.DatabaseMigrator;
import nl.wmoregio.shared.Wereld;

/**
 * Demo monitoring: the method (version 1, 2022; version 2, 2024, with its indicators mapped to
 * version 1 except one new indicator), one round over all providers contracted in the year before
 * the world's last full year ({@link Wereld}), scored from the provider's quality in the world, learning points and improvements where a provider is below norm,
 * and a follow-up round in the last full year on the providers that were below norm most often (risk-based).
 */
@Singleton
@Startup
@DependsOn("InkoopDemoData") // which depends on DatabaseMigrator
@TransactionManagement(TransactionManagementType.BEAN)
public class KwaliteitDemoData {

    static final String METHODE = "Kwaliteitsmonitor Wmo BNO-O";
    private static final Logger LOG = Logger.getLogger(KwaliteitDemoData.class.getName());

    /** code, thema, omschrijving, min, max, norm */
    static final Object[][] INDICATOREN = {
            {"OP", "Ondersteuningsplan", "Ondersteuningsplannen voldoen aan het minimale kader (doelen, afspraken, evaluatie)", 1, 4, 3},
            {"PK", "Personeel", "Kwalificaties van het personeel passen bij de geleverde ondersteuning", 1, 4, 3},
            {"VOG", "Personeel", "Alle medewerkers hebben een geldige VOG", 0, 1, 1},
            {"KR", "Cliëntpositie", "Klachtenregeling en cliëntenraad (of alternatief) zijn geregeld en bekend", 1, 4, 3},
            {"INC", "Veiligheid", "Incidenten en calamiteiten worden geregistreerd, gemeld en geanalyseerd", 1, 4, 3},
            {"CT", "Cliëntervaring", "Eigen cliënttevredenheidsonderzoek uitgevoerd, vergelijkbaar met het CEO", 1, 4, 3},
            {"FC", "Continuïteit", "Continuïteit en financiële gezondheid (jaarrekening, solvabiliteit)", 1, 4, 3},
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
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (count(c, "select count(*) from kw_methode where naam = '" + METHODE + "'") > 0
                    || count(c, "select count(*) from contract") == 0) {
                return;
            }
            vul(c);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Demo kwaliteit data could not be written", e);
        }
    }

    private void vul(Connection c) throws SQLException {
        Random random = new Random(20_230_601L);
        // The years of the living world (issue 14): the round in the year before the last full year, the follow-up in the last.
        int j1 = Wereld.nu().laatsteVolleJaar() - 1;
        int j2 = j1 + 1;
        long v1 = insert(c, "insert into kw_methode (naam, versie, omschrijving) values ('" + METHODE + "', 1, "
                + "'Vaste methode voor alle gecontracteerde aanbieders, vastgesteld 2022')");
        List<long[]> ind1 = new ArrayList<>(); // {id, min, max, norm}
        for (int i = 0; i < INDICATOREN.length; i++) {
            Object[] d = INDICATOREN[i];
            ind1.add(new long[] {indicator(c, v1, d, i + 1, null), (int) d[3], (int) d[4], (int) d[5]});
        }
        long v2 = insert(c, "insert into kw_methode (naam, versie, omschrijving) values ('" + METHODE + "', 2, "
                + "'Versie 2024: indicatoren van versie 1 gekoppeld, nieuw: wachttijd')");
        List<long[]> ind2 = new ArrayList<>();
        for (int i = 0; i < INDICATOREN.length; i++) {
            ind2.add(new long[] {indicator(c, v2, INDICATOREN[i], i + 1, ind1.get(i)[0]), ind1.get(i)[1], ind1.get(i)[2], ind1.get(i)[3]});
        }
        ind2.add(new long[] {indicator(c, v2, new Object[] {"WT", "Toegankelijkheid", "Start van de ondersteuning binnen de afgesproken termijn", 1, 4, 3},
                INDICATOREN.length + 1, null), 1, 4, 3});

        List<Long> aanbieders = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select distinct aanbieder_id from contract where status = 'ACTIEF' "
                + "and van <= '" + j1 + "-12-31' and tot >= '" + j1 + "-01-01' order by aanbieder_id")) {
            while (rs.next()) {
                aanbieders.add(rs.getLong(1));
            }
        }
        long r1 = insert(c, "insert into kw_ronde (naam, methode_id, van, tot, selectie) values ('Monitoring " + j1 + "', " + v1
                + ", '" + j1 + "-01-01', '" + j1 + "-12-31', 'ALLE')");
        List<long[]> onderNorm = new ArrayList<>(); // {aanbieder, aantal}
        for (long a : aanbieders) {
            // The provider's quality in the world (the same effect as on goals and CEO answers), with some noise.
            double kwaliteit = Math.max(0, Math.min(1, 0.5 + 0.4 * Wereld.kwaliteit(a, Wereld.DEMO_SEED) + 0.15 * random.nextGaussian()));
            long b = insert(c, "insert into kw_beoordeling (ronde_id, aanbieder_id, leerpunten, beoordeeld_door, beoordeeld_op) values ("
                    + r1 + ", " + a + ", " + (kwaliteit < 0.3 ? "'Ondersteuningsplannen concreter: SMART-doelen en evaluatiemomenten'" : "null")
                    + ", 'contractmanager', '" + j1 + "-" + String.format("%02d", 3 + random.nextInt(9)) + "-15')");
            int onder = scores(c, b, ind1, random, kwaliteit);
            if (onder > 0) {
                insert(c, "insert into kw_verbetering (beoordeling_id, omschrijving, deadline, afgerond_op) values (" + b
                        + ", 'Verbeterplan op de indicatoren onder de norm', '" + j2 + "-0" + (3 + random.nextInt(6)) + "-01', "
                        + (random.nextBoolean() ? "'" + j2 + "-02-15'" : "null") + ")");
                onderNorm.add(new long[] {a, onder});
            }
        }
        onderNorm.sort((x, y) -> Long.compare(y[1], x[1]));
        long r2 = insert(c, "insert into kw_ronde (naam, methode_id, van, tot, selectie) values ('Vervolgmonitoring " + j2 + " (risicogericht)', "
                + v2 + ", '" + j2 + "-01-01', '" + j2 + "-12-31', 'SELECTIE')");
        int vervolg = Math.min(15, onderNorm.size());
        for (int i = 0; i < vervolg; i++) {
            long b = insert(c, "insert into kw_beoordeling (ronde_id, aanbieder_id, beoordeeld_door, beoordeeld_op) values ("
                    + r2 + ", " + onderNorm.get(i)[0] + ", 'contractmanager', '" + j2 + "-06-15')");
            scores(c, b, ind2, random, 0.25 + 0.5 * random.nextDouble());
        }
        final int n = aanbieders.size();
        LOG.info(() -> "Demo kwaliteit data: 2 method versions, round " + j1 + " over " + n + " providers, follow-up round over " + vervolg);
    }

    /** Scores every indicator; returns how many are below norm. */
    private static int scores(Connection c, long beoordeling, List<long[]> indicatoren, Random random, double kwaliteit) throws SQLException {
        int onder = 0;
        try (PreparedStatement p = c.prepareStatement("insert into kw_score (beoordeling_id, indicator_id, score, onderbouwing) values (?, ?, ?, ?)")) {
            for (long[] ind : indicatoren) {
                int min = (int) ind[1];
                int max = (int) ind[2];
                double r = 0.6 * kwaliteit + 0.4 * random.nextDouble();
                int score = (int) Math.min(max, min + Math.floor(r * (max - min + 1)));
                if (max - min == 1) {
                    score = random.nextDouble() < 0.85 + 0.1 * kwaliteit ? max : min;
                }
                p.setLong(1, beoordeling);
                p.setLong(2, ind[0]);
                p.setInt(3, score);
                p.setString(4, score < ind[3] ? "Onvoldoende onderbouwd in de aangeleverde stukken" : null);
                p.addBatch();
                if (score < ind[3]) {
                    onder++;
                }
            }
            p.executeBatch();
        }
        return onder;
    }

    private static long indicator(Connection c, long methode, Object[] d, int volgorde, Long gekoppeld) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into kw_indicator (methode_id, code, thema, omschrijving, schaal_min, schaal_max, "
                + "norm, volgorde, gekoppeld_aan_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, methode);
            p.setString(2, (String) d[0]);
            p.setString(3, (String) d[1]);
            p.setString(4, (String) d[2]);
            p.setInt(5, (int) d[3]);
            p.setInt(6, (int) d[4]);
            p.setInt(7, (int) d[5]);
            p.setInt(8, volgorde);
            if (gekoppeld == null) {
                p.setNull(9, java.sql.Types.BIGINT);
            } else {
                p.setLong(9, gekoppeld);
            }
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
