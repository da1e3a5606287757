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
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wmoregio.platform.boundary.DatabaseMigrator;
import nl.wmoregio.toegang.boundary.Bsn;

/**
 * Synthetic clients and indicaties for the demo region (seeded, deterministic), shaped like the
 * seeds: about 80% of the clients at the 10 largest providers, 40 contracted providers without
 * clients, many providers with fewer than 5. Written with JDBC batches: thousands of rows at
 * start-up, in one transaction. Each client gets a synthetic BSN that passes the 11-proef
 * ({@link Bsn#synthetisch} of 1,000,000 + its number), stored encrypted, with the pseudonym as
 * HMAC of that BSN under the configured keys (wmo.bsn-sleutel, wmo.pseudoniem-sleutel).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "InkoopDemoData"})
@TransactionManagement(TransactionManagementType.BEAN)
public class ToegangDemoData {

    static final long SEED = 20_220_101L;
    static final int CLIENTEN = 3000;
    static final int AANBIEDERS_ZONDER_CLIENTEN = 40;
    static final int GROOTSTE = 10;
    private static final Logger LOG = Logger.getLogger(ToegangDemoData.class.getName());
    /** Demo clients get the synthetic BSNs of 1,000,000 + n; the generator starts at 2,000,000. */
    public static final int DEMO_BSN_BASIS = 1_000_000;
    /** Current gemeenten of BNO-O with a rough weight by population. */
    private static final Map<String, Integer> GEMEENTEN = Map.of("GM0828", 92, "GM1982", 91, "GM1991", 60,
            "GM1721", 31, "GM0755", 11);

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
            connection.setAutoCommit(false);
            if (count(connection, "select count(*) from indicatie") > 0 || count(connection, "select count(*) from contract") == 0) {
                return;
            }
            schrijf(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Demo toegang data could not be written", e);
        }
    }

    private void schrijf(Connection connection) throws SQLException {
        Random random = new Random(SEED);
        Pseudoniemen pseudoniemen = sleutels.pseudoniemen();
        BsnVersleuteling versleuteling = sleutels.versleuteling();
        Map<String, Long> gemeenteId = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select cbs_code, id from gemeente")) {
            while (rs.next()) {
                gemeenteId.put(rs.getString(1), rs.getLong(2));
            }
        }
        // Contracted providers with the products they hold, the most diverse first.
        Map<Long, List<String>> producten = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select c.aanbieder_id, d.product_code from contract c "
                     + "join deelovereenkomst d on d.contract_id = c.id "
                     + "join (select contract_id, count(*) n from deelovereenkomst group by contract_id) k on k.contract_id = c.id "
                     + "order by k.n desc, c.aanbieder_id, d.product_code")) {
            while (rs.next()) {
                producten.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Long> aanbieders = new ArrayList<>(producten.keySet());
        // The last 40 hold a contract but get no clients; the first 10 get about 80% of them.
        List<Long> metClienten = aanbieders.subList(0, Math.max(GROOTSTE, aanbieders.size() - AANBIEDERS_ZONDER_CLIENTEN));
        double[] gewicht = new double[metClienten.size()];
        for (int i = 0; i < gewicht.length; i++) {
            gewicht[i] = i < GROOTSTE ? 8.0 : 20.0 / (metClienten.size() - GROOTSTE);
        }
        List<String> gemeenten = new ArrayList<>(GEMEENTEN.keySet());
        gemeenten.sort(String::compareTo);
        int totaal = GEMEENTEN.values().stream().mapToInt(Integer::intValue).sum();
        int indicaties = 0;
        try (PreparedStatement client = connection.prepareStatement(
                "insert into client (pseudoniem, bsn_versleuteld, bsn_laatste, geboortejaar, gemeente_id, segment) values (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement indicatie = connection.prepareStatement("insert into indicatie (client_id, gemeente_id, product_code, "
                     + "aanbieder_id, van, tot, volume, eenheid, frequentie) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int c = 0; c < CLIENTEN; c++) {
                String cbs = kiesGemeente(random, gemeenten, totaal);
                int geboortejaar = 1930 + random.nextInt(75);
                String bsn = Bsn.synthetisch(DEMO_BSN_BASIS + c);
                client.setString(1, pseudoniemen.van(bsn));
                client.setString(2, versleuteling.versleutel(bsn));
                client.setString(3, bsn.substring(6));
                client.setInt(4, geboortejaar);
                client.setLong(5, gemeenteId.get(cbs));
                client.setString(6, segment(geboortejaar, random));
                client.executeUpdate();
                long clientId;
                try (ResultSet keys = client.getGeneratedKeys()) {
                    keys.next();
                    clientId = keys.getLong(1);
                }
                int aantal = random.nextInt(100) < 40 ? 2 : 1; // ~1.4 indicaties per client, as in the seeds
                for (int k = 0; k < aantal; k++) {
                    long aanbieder = metClienten.get(kiesGewogen(random, gewicht));
                    List<String> opties = producten.get(aanbieder);
                    String product = opties.get(random.nextInt(opties.size()));
                    LocalDate van = LocalDate.of(2022, 1, 1).plusMonths(random.nextInt(18));
                    // Every indicatie has an end (a beschikking is for a limited period): 3 to 30 months.
                    LocalDate tot = van.plusMonths(random.nextInt(100) < 35 ? 3 + random.nextInt(12) : 12 + random.nextInt(19)).minusDays(1);
                    indicatie.setLong(1, clientId);
                    indicatie.setLong(2, gemeenteId.get(cbs));
                    indicatie.setString(3, product);
                    indicatie.setLong(4, aanbieder);
                    indicatie.setDate(5, Date.valueOf(van));
                    indicatie.setDate(6, Date.valueOf(tot));
                    indicatie.setInt(7, 1 + random.nextInt(8));
                    indicatie.setString(8, "82");
                    indicatie.setString(9, "4");
                    indicatie.addBatch();
                    indicaties++;
                }
                if (c % 500 == 499) {
                    indicatie.executeBatch();
                }
            }
            indicatie.executeBatch();
        }
        final int aantalIndicaties = indicaties;
        LOG.info(() -> "Demo toegang data: " + CLIENTEN + " clients, " + aantalIndicaties + " indicaties");
    }

    private static String kiesGemeente(Random random, List<String> gemeenten, int totaal) {
        int r = random.nextInt(totaal);
        for (String cbs : gemeenten) {
            r -= GEMEENTEN.get(cbs);
            if (r < 0) {
                return cbs;
            }
        }
        return gemeenten.get(0);
    }

    private static int kiesGewogen(Random random, double[] gewicht) {
        double som = 0;
        for (double g : gewicht) {
            som += g;
        }
        double r = random.nextDouble() * som;
        for (int i = 0; i < gewicht.length; i++) {
            r -= gewicht[i];
            if (r < 0) {
                return i;
            }
        }
        return gewicht.length - 1;
    }

    private static String segment(int geboortejaar, Random random) {
        int leeftijd = 2023 - geboortejaar;
        if (leeftijd >= 75) {
            return "3";
        }
        if (leeftijd <= 23) {
            return "1B";
        }
        return random.nextBoolean() ? "1A" : "2";
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
