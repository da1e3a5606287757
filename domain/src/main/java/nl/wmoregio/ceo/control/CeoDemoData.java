package nl.wmoregio.ceo.control;

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
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wmoregio.platform.boundary.DatabaseMigrator;

/**
 * Demo CEO rounds for every gemeente for 2020-2023, drawn with the same stratified sample rule
 * as the application and answered synthetically (seeded): about 80% (helemaal) eens on quality
 * and effect, as in the seeds (83% / 81% over 2017). The demo clients only have indicaties from
 * 2022 on; for 2020 and 2021 the population is the gemeente's demo clients with any indicatie
 * (documented in docs/ceo.md). Response volumes follow the demo population: a few hundred a year
 * in the large gemeenten, fewer in Boekel and Bernheze, which have few demo clients.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "ToegangDemoData"})
@TransactionManagement(TransactionManagementType.BEAN)
public class CeoDemoData {

    static final int EERSTE_JAAR = 2020;
    static final int LAATSTE_JAAR = 2023;
    private static final Logger LOG = Logger.getLogger(CeoDemoData.class.getName());

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
            if (count(c, "select count(*) from ceo_ronde where jaar between " + EERSTE_JAAR + " and " + LAATSTE_JAAR) > 0
                    || count(c, "select count(*) from indicatie") == 0) {
                return;
            }
            vul(c);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Demo CEO data could not be written", e);
        }
    }

    private void vul(Connection c) throws SQLException {
        Map<String, Long> gemeenten = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select distinct g.cbs_code, g.id from gemeente g join client k on k.gemeente_id = g.id order by g.cbs_code")) {
            while (rs.next()) {
                gemeenten.put(rs.getString(1), rs.getLong(2));
            }
        }
        Map<String, Long> vragen = new LinkedHashMap<>();
        Map<String, String> typen = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code, id, type from ceo_vraag where gemeente_id is null order by nummer")) {
            while (rs.next()) {
                vragen.put(rs.getString(1), rs.getLong(2));
                typen.put(rs.getString(1), rs.getString(3));
            }
        }
        int rondes = 0;
        int antwoorden = 0;
        int respondenten = 0;
        for (Map.Entry<String, Long> g : gemeenten.entrySet()) {
            for (int jaar = EERSTE_JAAR; jaar <= LAATSTE_JAAR; jaar++) {
                List<Steekproef.Kandidaat> populatie = populatie(c, g.getValue(), jaar);
                if (populatie.isEmpty()) {
                    populatie = populatie(c, g.getValue(), null);
                }
                if (populatie.isEmpty()) {
                    continue;
                }
                long seed = jaar * 10_000L + g.getValue();
                int omvang = Math.min(populatie.size(), 800);
                List<Steekproef.Kandidaat> steekproef = new ArrayList<>(Steekproef.trek(populatie, omvang, seed));
                Collections.shuffle(steekproef, new Random(seed ^ 0x5DEECE66DL));
                long rondeId;
                try (PreparedStatement p = c.prepareStatement("insert into ceo_ronde (gemeente_id, jaar, gevraagde_omvang, seed, populatie, "
                        + "steekproef, getrokken_op) values (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    p.setLong(1, g.getValue());
                    p.setInt(2, jaar);
                    p.setInt(3, omvang);
                    p.setLong(4, seed);
                    p.setInt(5, populatie.size());
                    p.setInt(6, steekproef.size());
                    p.setTimestamp(7, Timestamp.valueOf(LocalDateTime.of(jaar + 1, 2, 1, 9, 0)));
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        rondeId = keys.getLong(1);
                    }
                }
                rondes++;
                Random random = new Random(seed);
                // Response rates of Wmo client surveys: roughly 35-50%.
                double respons = 0.35 + 0.15 * random.nextDouble();
                // A gemeente/year effect of a few points around the seeds' ~80%.
                double niveau = 0.74 + 0.12 * random.nextDouble();
                try (PreparedStatement sp = c.prepareStatement("insert into ceo_steekproef (ronde_id, respondent, pseudoniem, productgroep, "
                        + "aanbieder_id) values (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                     PreparedStatement ap = c.prepareStatement("insert into ceo_antwoord (steekproef_id, vraag_id, antwoord) values (?, ?, ?)")) {
                    for (int i = 0; i < steekproef.size(); i++) {
                        Steekproef.Kandidaat k = steekproef.get(i);
                        sp.setLong(1, rondeId);
                        sp.setString(2, String.format("%d-%s-%05d", jaar, g.getKey().substring(2), i + 1));
                        sp.setString(3, k.pseudoniem());
                        sp.setString(4, k.productgroep());
                        if (k.aanbiederId() == null) {
                            sp.setNull(5, java.sql.Types.BIGINT);
                        } else {
                            sp.setLong(5, k.aanbiederId());
                        }
                        sp.executeUpdate();
                        if (random.nextDouble() >= respons) {
                            continue;
                        }
                        long steekproefId;
                        try (ResultSet keys = sp.getGeneratedKeys()) {
                            keys.next();
                            steekproefId = keys.getLong(1);
                        }
                        respondenten++;
                        for (Map.Entry<String, Long> v : vragen.entrySet()) {
                            ap.setLong(1, steekproefId);
                            ap.setLong(2, v.getValue());
                            Integer antwoord = antwoord(random, typen.get(v.getKey()), niveau, v.getKey());
                            if (antwoord == null) {
                                ap.setNull(3, java.sql.Types.SMALLINT);
                            } else {
                                ap.setInt(3, antwoord);
                            }
                            ap.addBatch();
                            antwoorden++;
                        }
                    }
                    ap.executeBatch();
                }
            }
        }
        final String melding = rondes + " rounds, " + respondenten + " respondents, " + antwoorden + " answers";
        LOG.info(() -> "Demo CEO data: " + melding);
    }

    /** A synthetic answer: mostly (helemaal) eens, some weet niet / n.v.t., a few blanks. */
    static Integer antwoord(Random random, String type, double niveau, String code) {
        double r = random.nextDouble();
        if (r < 0.02) {
            return null;
        }
        if (r < 0.07) {
            return random.nextBoolean() ? Uitslag.WEET_NIET : Uitslag.NVT;
        }
        if ("JANEE".equals(type)) {
            return random.nextDouble() < 0.45 ? 1 : 2;
        }
        // Access questions (1-4) score a little lower than quality (6-7), effect questions (8-10) lowest.
        double p = niveau + switch (code) {
            case "V06", "V07", "V03" -> 0.04;
            case "V08", "V09", "V10" -> -0.02;
            case "V02" -> -0.06;
            default -> 0.0;
        };
        if (random.nextDouble() < p) {
            return random.nextDouble() < 0.35 ? 5 : 4;
        }
        double q = random.nextDouble();
        return q < 0.55 ? 3 : q < 0.85 ? 2 : 1;
    }

    /** Clients with an indicatie in the year (or, with jaar null, with any indicatie), as the service draws them. */
    private static List<Steekproef.Kandidaat> populatie(Connection c, long gemeenteId, Integer jaar) throws SQLException {
        Map<String, Steekproef.Kandidaat> perClient = new LinkedHashMap<>();
        String sql = "select k.pseudoniem, p.productgroep_code, i.aanbieder_id from indicatie i join client k on k.id = i.client_id "
                + "join product p on p.code = i.product_code where i.gemeente_id = ? "
                + (jaar == null ? "" : "and i.van <= ? and (i.tot is null or i.tot >= ?) ")
                + "order by k.pseudoniem, i.van desc, i.id desc";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, gemeenteId);
            if (jaar != null) {
                p.setDate(2, Date.valueOf(LocalDate.of(jaar, 12, 31)));
                p.setDate(3, Date.valueOf(LocalDate.of(jaar, 1, 1)));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    perClient.putIfAbsent(rs.getString(1), new Steekproef.Kandidaat(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return new ArrayList<>(perClient.values());
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
