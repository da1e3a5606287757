package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.GemeenteApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CEO through the real stack. Owns the years 2038 and 2039: its own clients and indicaties
 * are inserted straight into the database, one gemeente per test so rounds never collide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CeoApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http controller;

    @BeforeEach
    void clients() {
        controller = new Http(base).as("controller");
    }

    @Test
    void importRejectsEveryBadRowKindWithItsRowNumberAndKeepsTheDatabaseUnchanged() throws Exception {
        long ronde = rondeMetSteekproef("GM9381", 2038, Map.of("01HV", 12));
        List<String> r = respondenten(ronde);
        String bestand = "respondent;vraag;antwoord\n"
                + r.get(0) + ";V01;4\n"
                + r.get(0) + ";V99;4\n"          // line 3: unknown question
                + r.get(0) + ";V02;7\n"          // line 4: answer out of range
                + r.get(0) + ";V01;5\n"          // line 5: duplicate respondent for V01
                + "2038-9999-99999;V01;4\n"      // line 6: unknown respondent key
                + r.get(1) + ";V01;9\n";
        Http.Response geweigerd = csv("controller", "api/v1/ceo/rondes/" + ronde + "/antwoorden", bestand);
        assertEquals(422, geweigerd.status(), geweigerd.body());
        JsonObject rapport = geweigerd.json();
        assertFalse(rapport.getBoolean("verwerkt"));
        JsonArray fouten = rapport.getJsonArray("fouten");
        assertEquals(4, fouten.size(), fouten.toString());
        assertFout(fouten.getJsonObject(0), 3, "VRAAG_ONBEKEND");
        assertFout(fouten.getJsonObject(1), 4, "ANTWOORD_BUITEN_BEREIK");
        assertFout(fouten.getJsonObject(2), 5, "DUBBELE_RESPONDENT");
        assertFout(fouten.getJsonObject(3), 6, "RESPONDENT_ONBEKEND");
        assertEquals(0, antwoorden(ronde), "all-or-nothing: nothing stored");
        assertEquals(0, controller.get("api/v1/ceo/rondes/" + ronde).json().getInt("respondenten"));

        Http.Response goede = csv("controller", "api/v1/ceo/rondes/" + ronde + "/antwoorden?modus=GOEDE_REGELS", bestand);
        assertEquals(200, goede.status(), goede.body());
        assertEquals(2, goede.json().getInt("opgeslagen"));
        assertEquals(4, goede.json().getInt("afgekeurd"));
        assertEquals(2, antwoorden(ronde));

        Http.Response nogmaals = csv("controller", "api/v1/ceo/rondes/" + ronde + "/antwoorden?modus=GOEDE_REGELS", bestand);
        assertEquals(200, nogmaals.status(), nogmaals.body());
        assertTrue(nogmaals.json().getBoolean("alEerderVerwerkt"));
        assertEquals(0, nogmaals.json().getInt("opgeslagen"));
        assertEquals(4, nogmaals.json().getJsonArray("fouten").size(), "the stored report comes back");
        assertEquals(2, antwoorden(ronde), "re-import of the same file changes nothing");

        // A corrected file repeats a stored answer (unchanged) and adds one; a changed answer is refused.
        String verbeterd = "respondent;vraag;antwoord\n" + r.get(0) + ";V01;4\n" + r.get(2) + ";V01;2\n";
        JsonObject tweede = csv("controller", "api/v1/ceo/rondes/" + ronde + "/antwoorden", verbeterd).json();
        assertEquals(1, tweede.getInt("ongewijzigd"), tweede.toString());
        assertEquals(1, tweede.getInt("opgeslagen"));
        Http.Response anders = csv("controller", "api/v1/ceo/rondes/" + ronde + "/antwoorden", "respondent;vraag;antwoord\n" + r.get(0) + ";V01;1\n");
        assertEquals(422, anders.status());
        assertFout(anders.json().getJsonArray("fouten").getJsonObject(0), 2, "DUBBELE_RESPONDENT");
        assertEquals(3, antwoorden(ronde));
        JsonObject v01 = vraag(controller.get("api/v1/ceo/resultaten?gemeente=GM9381&jaar=2038").jsonValue().asJsonArray(), "V01");
        assertEquals(2, v01.getInt("n"), v01.toString());
        assertEquals(1, v01.getInt("zonderOordeel"));
        assertEquals(25.0, controller.get("api/v1/ceo/rondes/" + ronde).json().getJsonNumber("responsPercentage").doubleValue(), 0.05,
                "3 of 12 sampled gave a non-blank answer");
    }

    @Test
    void resultsViaRestMatchTheHandComputationAndSmallCellsAreSuppressed() throws Exception {
        // 14 HV clients and 10 BG clients; the sample (size 100) takes all 24.
        long ronde = rondeMetSteekproef("GM9382", 2038, Map.of("01HV", 14, "07BGA", 10));
        Map<String, String> groep = productgroepen(ronde);
        List<String> hv = new ArrayList<>();
        List<String> bg = new ArrayList<>();
        groep.forEach((respondent, g) -> (g.equals("HV") ? hv : bg).add(respondent));
        hv.sort(String::compareTo);
        bg.sort(String::compareTo);
        StringBuilder csv = new StringBuilder("respondent;vraag;antwoord\n");
        // HV: 10 with an opinion (7 agree: 5,5,4,4,4,4,4; 3 not: 1,2,3) and 4 without (9, 8, blank, weet niet)
        String[] hvAntwoorden = {"5", "5", "4", "4", "4", "4", "4", "1", "2", "3", "9", "8", "", "weet niet"};
        for (int i = 0; i < 14; i++) {
            csv.append(hv.get(i)).append(";V01;").append(hvAntwoorden[i]).append('\n');
        }
        // BG: 8 with an opinion (6 agree, 2 not) and 2 blank
        String[] bgAntwoorden = {"4", "4", "5", "5", "4", "4", "2", "3", "", ""};
        for (int i = 0; i < 10; i++) {
            csv.append(bg.get(i)).append(";V01;").append(bgAntwoorden[i]).append('\n');
        }
        Http.Response imp = csv("controller", "api/v1/ceo/rondes/" + ronde + "/antwoorden", csv.toString());
        assertEquals(200, imp.status(), imp.body());
        assertEquals(24, imp.json().getInt("opgeslagen"));

        // All: 18 with an opinion, 13 agree = 72.2%; Wilson 95%: 49.1% - 87.5%; 6 without an opinion.
        JsonObject v01 = vraag(controller.get("api/v1/ceo/resultaten?gemeente=GM9382&jaar=2038").jsonValue().asJsonArray(), "V01");
        assertEquals(18, v01.getInt("n"));
        assertEquals(13, v01.getInt("positief"));
        assertEquals(6, v01.getInt("zonderOordeel"));
        assertEquals(72.2, v01.getJsonNumber("percentage").doubleValue(), 0.05);
        assertEquals(49.1, v01.getJsonNumber("ciLaag").doubleValue(), 0.05);
        assertEquals(87.5, v01.getJsonNumber("ciHoog").doubleValue(), 0.05);

        JsonArray cellen = controller.get("api/v1/ceo/resultaten/uitsplitsing?gemeente=GM9382&jaar=2038&naar=PRODUCTGROEP")
                .jsonValue().asJsonArray();
        JsonObject bgCel = cel(cellen, "BG");
        assertTrue(bgCel.getBoolean("onderdrukt"), "n = 8 < 10: " + bgCel);
        assertFalse(bgCel.containsKey("percentage") && !bgCel.isNull("percentage"), "no percentage for a suppressed cell");
        assertEquals(0, bgCel.getInt("positief"), "a suppressed cell shows no count of positives");
        JsonObject hvCel = cel(cellen, "HV");
        assertFalse(hvCel.getBoolean("onderdrukt"));
        assertEquals(10, hvCel.getInt("n"));
        assertEquals(70.0, hvCel.getJsonNumber("percentage").doubleValue(), 0.05);
        assertEquals(39.7, hvCel.getJsonNumber("ciLaag").doubleValue(), 0.05);
        assertEquals(89.2, hvCel.getJsonNumber("ciHoog").doubleValue(), 0.05);
        assertProblem(controller.get("api/v1/ceo/resultaten/uitsplitsing?gemeente=GM9382&jaar=2038&naar=LEEFTIJD"), 400, "naar");

        Http.Response bench = controller.get("api/v1/ceo/export/benchmark.csv?jaar=2038");
        assertEquals(200, bench.status());
        assertTrue(bench.body().contains("GM9382;Ceotest Twee;2038;V01;1;18;13;72.2;49.1;87.5;6"), bench.body());
        JsonObject ronderesultaat = controller.get("api/v1/ceo/rondes/" + ronde).json();
        assertEquals(21, ronderesultaat.getInt("respondenten"), "21 of 24 gave a non-blank answer (3 blanks)");
        assertEquals(87.5, ronderesultaat.getJsonNumber("responsPercentage").doubleValue(), 0.05);
    }

    @Test
    void theSameSeedDrawsTheSameSampleAndTheVersionIsChecked() throws Exception {
        bevolking("GM9383", 2038, Map.of("01HV", 30, "07BGA", 20, "02BIR", 10));
        Http.Response created = controller.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"GM9383\",\"jaar\":2038,\"omvang\":20,\"seed\":4242}");
        assertEquals(201, created.status(), created.body());
        long ronde = created.json().getJsonNumber("id").longValue();
        assertProblem(controller.postIfMatch("api/v1/ceo/rondes/" + ronde + "/steekproef", "\"99\"", ""), 412, "If-Match");
        Http.Response zonder = controller.post("api/v1/ceo/rondes/" + ronde + "/steekproef", "");
        assertEquals(428, zonder.status(), zonder.body());
        Http.Response getrokken = controller.postIfMatch("api/v1/ceo/rondes/" + ronde + "/steekproef", created.header("ETag"), "");
        assertEquals(200, getrokken.status(), getrokken.body());
        assertEquals(60, getrokken.json().getInt("populatie"));
        assertEquals(20, getrokken.json().getInt("steekproef"));
        String eerste = controller.get("api/v1/ceo/rondes/" + ronde + "/steekproef.csv").body();
        assertTrue(eerste.startsWith("respondent;voorletters;achternaam;postcode;huisnummer\n"), eerste);
        assertEquals(21, eerste.split("\n").length);
        assertFalse(eerste.toLowerCase().contains("bsn"));
        // Stratified 30/20/10 of 60 with n = 20: 10 HV, 7 BG (6.67), 3 BI (3.33)
        Map<String, Long> perGroep = new HashMap<>();
        productgroepen(ronde).values().forEach(g -> perGroep.merge(g, 1L, Long::sum));
        assertEquals(Map.of("HV", 10L, "BG", 7L, "BI", 3L), perGroep);

        Http.Response opnieuw = controller.postIfMatch("api/v1/ceo/rondes/" + ronde + "/steekproef", getrokken.header("ETag"), "");
        assertEquals(200, opnieuw.status(), opnieuw.body());
        assertEquals(eerste, controller.get("api/v1/ceo/rondes/" + ronde + "/steekproef.csv").body(), "same seed, same sample");

        Http.Response andereSeed = controller.put("api/v1/ceo/rondes/" + ronde, opnieuw.header("ETag"),
                "{\"omvang\":20,\"seed\":4343}");
        assertEquals(200, andereSeed.status(), andereSeed.body());
        controller.postIfMatch("api/v1/ceo/rondes/" + ronde + "/steekproef", andereSeed.header("ETag"), "");
        String derde = controller.get("api/v1/ceo/rondes/" + ronde + "/steekproef.csv").body();
        assertFalse(eerste.equals(derde), "another seed draws another sample");
        assertProblem(controller.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"GM9383\",\"jaar\":2038,\"omvang\":20}"), 400, "jaar");
        assertProblem(controller.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"GM9383\",\"jaar\":2039,\"omvang\":0}"), 400, "omvang");
        assertProblem(controller.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"GM0000\",\"jaar\":2039,\"omvang\":5}"), 400, "gemeenteCbsCode");
    }

    @Test
    void aGemeenteUserWorksOnItsOwnGemeenteOnlyAndOtherRolesAreRefused() throws Exception {
        long bernheze = rondeMetSteekproef("GM1721", 2039, Map.of("01HV", 3));
        Http oss = new Http(base).as("gemeente.oss");
        assertEquals(403, oss.get("api/v1/ceo/rondes/" + bernheze).status());
        assertEquals(403, oss.get("api/v1/ceo/rondes/" + bernheze + "/steekproef.csv").status());
        assertEquals(403, csv("gemeente.oss", "api/v1/ceo/rondes/" + bernheze + "/antwoorden", "respondent;vraag;antwoord\n").status());
        assertEquals(403, oss.get("api/v1/ceo/resultaten?gemeente=GM1721").status());
        assertEquals(403, oss.get("api/v1/ceo/resultaten/uitsplitsing?gemeente=GM1721&jaar=2039").status());
        assertEquals(403, oss.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"GM1721\",\"jaar\":2037,\"omvang\":5}").status());
        assertEquals(403, oss.post("api/v1/ceo/vragen", "{\"gemeenteCbsCode\":\"GM1721\",\"code\":\"BZ1\",\"tekst\":\"x\",\"type\":\"JANEE\"}").status());
        for (Object o : oss.get("api/v1/ceo/rondes").jsonValue().asJsonArray()) {
            assertEquals("GM0828", ((JsonObject) o).getString("gemeenteCbsCode"), "a gemeente user lists only its own rounds");
        }
        for (Object o : oss.get("api/v1/ceo/resultaten").jsonValue().asJsonArray()) {
            assertEquals("GM0828", ((JsonObject) o).getString("gemeenteCbsCode"));
        }
        assertFalse(oss.get("api/v1/ceo/export/benchmark.csv?jaar=2039").body().contains("GM1721"));
        // Own gemeente: set up a round and an own question.
        bevolking("GM0828", 2039, Map.of("01HV", 5));
        Http.Response eigen = oss.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"GM0828\",\"jaar\":2039,\"omvang\":5,\"seed\":1}");
        assertEquals(201, eigen.status(), eigen.body());
        Http.Response vraag = oss.post("api/v1/ceo/vragen", "{\"gemeenteCbsCode\":\"GM0828\",\"code\":\"OSS39\",\"tekst\":\"Ik ken het wijkteam\",\"type\":\"JANEE\"}");
        assertEquals(201, vraag.status(), vraag.body());
        assertEquals(11, oss.get("api/v1/ceo/vragen?gemeente=GM0828").jsonValue().asJsonArray().size(), "ten standard + own");
        assertProblem(oss.put("api/v1/ceo/vragen/" + vraag.json().getJsonNumber("id"), null, "{\"tekst\":\"x\"}"), 428, "If-Match");
        Http.Response gewijzigd = oss.put("api/v1/ceo/vragen/" + vraag.json().getJsonNumber("id"), vraag.header("ETag"),
                "{\"tekst\":\"Ik ken het sociaal wijkteam\"}");
        assertEquals(200, gewijzigd.status(), gewijzigd.body());
        assertProblem(oss.put("api/v1/ceo/vragen/" + vraag.json().getJsonNumber("id"), vraag.header("ETag"), "{\"tekst\":\"y\"}"), 412, "If-Match");
        assertEquals(403, new Http(base).as("gemeente.bernheze").get("api/v1/ceo/rondes/" + eigen.json().getJsonNumber("id")).status());

        for (String user : new String[] {"beheerder", "inkoop", "contractmanager", "toezichthouder"}) {
            Http other = new Http(base).as(user);
            assertEquals(403, other.get("api/v1/ceo/rondes").status(), user);
            assertEquals(403, other.get("api/v1/ceo/resultaten").status(), user);
            assertEquals(403, other.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"GM9381\",\"jaar\":2037,\"omvang\":5}").status(), user);
        }
        assertEquals(401, new Http(base).get("api/v1/ceo/rondes").status());
    }

    // ------------------------------------------------------------------ helpers

    /** POST a CSV body (the shared Http helper sends JSON only). */
    Http.Response csv(String user, String path, String body) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                    .header("Content-Type", "text/csv; charset=UTF-8")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (user + ":" + Http.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
            return new Http.Response(java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Issue 13 point 13: who died or moved away before the fieldwork date (the draw) is not in the population. */
    @Test
    void populationLeavesOutClientsWhoDiedOrMovedAwayBeforeTheFieldwork() throws Exception {
        // A past year: both left before the fieldwork date (today), so only the three who stayed are drawn from.
        bevolking("GM9386", 2021, Map.of("02BIR", 3));
        vertrokken("GM9386", 2021);
        long verleden = getrokkenRonde("GM9386", 2021);
        // A future year: leaving in that year lies after today's fieldwork date, so both still count.
        bevolking("GM9387", 2037, Map.of("02BIR", 3));
        vertrokken("GM9387", 2037);
        long toekomst = getrokkenRonde("GM9387", 2037);
        try (Connection db = db(); Statement s = db.createStatement()) {
            assertEquals(3, single(s, "select populatie from ceo_ronde where id = " + verleden),
                    "the client who died and the one who moved away in 2021 are left out");
            assertEquals(0, single(s, "select count(*) from ceo_steekproef st join client c on c.pseudoniem = st.pseudoniem "
                    + "join indicatie i on i.client_id = c.id where st.ronde_id = " + verleden
                    + " and i.reden_einde in ('OVERLEDEN', 'VERHUISD')"));
            assertEquals(5, single(s, "select populatie from ceo_ronde where id = " + toekomst),
                    "leaving after the fieldwork date keeps them in");
        }
    }

    /** Two clients of the gemeente whose indicatie in the year ended with OVERLEDEN (30 June) and VERHUISD (30 September). */
    private static void vertrokken(String cbs, int jaar) throws Exception {
        try (Connection db = db(); Statement s = db.createStatement()) {
            long gemeente = single(s, "select id from gemeente where cbs_code = '" + cbs + "'");
            long aanbieder = single(s, "select min(id) from aanbieder");
            String[][] weg = {{"OVERLEDEN", jaar + "-06-30"}, {"VERHUISD", jaar + "-09-30"}};
            for (String[] w : weg) {
                String pseudoniem = String.format("ce0%s%d%056d", cbs.substring(2), jaar % 10, CLIENT.incrementAndGet());
                s.executeUpdate("insert into client (pseudoniem, geboortejaar, gemeente_id, segment) values ('" + pseudoniem
                        + "', 1940, " + gemeente + ", '2')", Statement.RETURN_GENERATED_KEYS);
                long client;
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    client = keys.getLong(1);
                }
                s.executeUpdate("insert into indicatie (client_id, gemeente_id, product_code, aanbieder_id, van, tot, stop_zorg, reden_einde) "
                        + "values (" + client + ", " + gemeente + ", '02BIR', " + aanbieder + ", '" + jaar + "-01-01', '" + w[1] + "', '"
                        + w[1] + "', '" + w[0] + "')");
            }
        }
    }

    private long getrokkenRonde(String cbs, int jaar) {
        Http.Response created = controller.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"" + cbs + "\",\"jaar\":" + jaar
                + ",\"omvang\":100,\"seed\":7}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Http.Response getrokken = controller.postIfMatch("api/v1/ceo/rondes/" + id + "/steekproef", created.header("ETag"), "");
        assertEquals(200, getrokken.status(), getrokken.body());
        return id;
    }

    private long rondeMetSteekproef(String cbs, int jaar, Map<String, Integer> perProduct) throws Exception {
        bevolking(cbs, jaar, perProduct);
        Http.Response created = controller.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"" + cbs + "\",\"jaar\":" + jaar
                + ",\"omvang\":100,\"seed\":7}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Http.Response getrokken = controller.postIfMatch("api/v1/ceo/rondes/" + id + "/steekproef", created.header("ETag"), "");
        assertEquals(200, getrokken.status(), getrokken.body());
        return id;
    }

    static final java.util.concurrent.atomic.AtomicInteger CLIENT = new java.util.concurrent.atomic.AtomicInteger();
    static final Map<String, String> TEST_NAMEN = Map.of("GM9381", "Een", "GM9382", "Twee", "GM9383", "Drie", "GM9386", "Zes", "GM9387", "Zeven");

    /** Clients of the gemeente with an indicatie for the whole year, per product code. */
    static void bevolking(String cbs, int jaar, Map<String, Integer> perProduct) throws Exception {
        try (Connection db = db(); Statement s = db.createStatement()) {
            if (cbs.startsWith("GM938")) {
                // Own gemeenten: other tests (the generator, toegang) leave open-ended indicaties in the
                // demo gemeenten, which would join this test's hand-counted population.
                s.executeUpdate("insert into gemeente (regio_id, cbs_code, naam, geldig_van, aangemaakt_op, gewijzigd_op)"
                        + " select min(r.id), '" + cbs + "', 'Ceotest " + TEST_NAMEN.get(cbs) + "', '2020-01-01', now(), now() from regio r"
                        + " where not exists (select 1 from gemeente where cbs_code = '" + cbs + "')");
            }
            long gemeente = single(s, "select id from gemeente where cbs_code = '" + cbs + "'");
            long aanbieder = single(s, "select min(id) from aanbieder");
            for (Map.Entry<String, Integer> e : perProduct.entrySet()) {
                for (int i = 0; i < e.getValue(); i++) {
                    String pseudoniem = String.format("ce0%s%d%056d", cbs.substring(2), jaar % 10, CLIENT.incrementAndGet());
                    s.executeUpdate("insert into client (pseudoniem, geboortejaar, gemeente_id, segment) values ('" + pseudoniem
                            + "', 1950, " + gemeente + ", '2')", Statement.RETURN_GENERATED_KEYS);
                    long client;
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        client = keys.getLong(1);
                    }
                    s.executeUpdate("insert into indicatie (client_id, gemeente_id, product_code, aanbieder_id, van, tot) values ("
                            + client + ", " + gemeente + ", '" + e.getKey() + "', " + aanbieder + ", '" + jaar + "-01-01', '" + jaar + "-12-31')");
                }
            }
        }
    }

    static List<String> respondenten(long ronde) throws Exception {
        return new ArrayList<>(new java.util.TreeSet<>(productgroepen(ronde).keySet()));
    }

    static Map<String, String> productgroepen(long ronde) throws Exception {
        Map<String, String> uit = new HashMap<>();
        try (Connection db = db(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select respondent, productgroep from ceo_steekproef where ronde_id = " + ronde)) {
            while (rs.next()) {
                uit.put(rs.getString(1), rs.getString(2));
            }
        }
        return uit;
    }

    static long antwoorden(long ronde) throws Exception {
        try (Connection db = db(); Statement s = db.createStatement()) {
            return single(s, "select count(*) from ceo_antwoord a join ceo_steekproef s on s.id = a.steekproef_id where s.ronde_id = " + ronde);
        }
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty("wmo.db.url"), System.getProperty("wmo.db.user"),
                System.getProperty("wmo.db.password"));
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertFout(JsonObject fout, int regel, String code) {
        assertEquals(regel, fout.getInt("regel"), fout.toString());
        assertEquals(code, fout.getString("code"), fout.toString());
    }

    private static JsonObject vraag(JsonArray resultaten, String code) {
        return resultaten.stream().map(JsonObject.class::cast).filter(o -> o.getString("vraagCode").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + resultaten));
    }

    private static JsonObject cel(JsonArray cellen, String groep) {
        return cellen.stream().map(JsonObject.class::cast).filter(o -> o.getString("vraagCode").equals("V01") && o.getString("groep").equals(groep))
                .findFirst().orElseThrow(() -> new AssertionError(groep + " not in " + cellen));
    }
}
