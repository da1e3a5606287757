package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.GemeenteApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inkoop and contractmanagement through the real stack: every rule refused with its code, nothing saved. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InkoopApiIT {

    static final AtomicInteger KVK = new AtomicInteger(77_000_000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http inkoop;
    Http contractmanager;

    @BeforeEach
    void clients() {
        inkoop = new Http(base).as("inkoop");
        contractmanager = new Http(base).as("contractmanager");
    }

    @Test
    void theDemoRegionShowsTheSeedsPicture() {
        JsonObject gecontracteerd = inkoop.get("api/v1/aanbieders?gecontracteerd=true&size=1").json();
        // Other tests in this class add providers; the demo itself holds exactly 200 contracted of 210.
        assertTrue(gecontracteerd.getInt("total") >= 200, "about 200 contracted providers: " + gecontracteerd);
        assertTrue(inkoop.get("api/v1/aanbieders?size=1").json().getInt("total") >= 210);
        assertTrue(inkoop.get("api/v1/producten").jsonValue().asJsonArray().size() >= 14, "the demo catalogue");
        JsonArray procedures = inkoop.get("api/v1/procedures").jsonValue().asJsonArray();
        assertTrue(procedures.size() >= 6, "six demo procedures (other tests may announce more)");
        JsonObject hv = procedure(procedures, "HV");
        assertEquals("BEPERKT", hv.getString("type"));
        assertEquals(8, hv.getInt("maxAanbieders"));
        assertEquals(8, hv.getJsonNumber("aantalGecontracteerd").longValue(), "HV: 8 contracted providers");
        long bw = procedure(procedures, "BW").getJsonNumber("aantalGecontracteerd").longValue();
        // the 16 demo providers with the 2014 right; the chain ITs (KetenApiIT, KetenSchermenIT) contract a few more
        assertTrue(bw >= 16 && bw <= 40, "BW: the 16 with the 2014 right (plus other tests' providers): " + bw);
        assertEquals(8, procedure(procedures, "BI").getJsonArray("toetredingsmomenten").size());
        assertTrue(inkoop.get("api/v1/toetredingen?status=INGEDIEND&size=1").json().getInt("total") > 0);
        assertTrue(inkoop.get("api/v1/toetredingen?status=AFGEWEZEN&size=1").json().getInt("total") > 0);
        assertTrue(inkoop.get("api/v1/toetredingen?status=TOEGELATEN&size=1").json().getInt("total") > 0);
    }

    @Test
    void kvkAndAgbWithTheWrongLengthOrNonDigitsAreRefused() {
        assertProblem(inkoop.post("api/v1/aanbieders", aanbieder("Korte KvK", "1234567", null)), 400, "kvkNummer");
        assertProblem(inkoop.post("api/v1/aanbieders", aanbieder("Letters KvK", "1234567a", null)), 400, "kvkNummer");
        assertProblem(inkoop.post("api/v1/aanbieders", aanbieder("Lange AGB", "12345678", "123456789")), 400, "agbCode");
        assertEquals(0, inkoop.get("api/v1/aanbieders?zoek=KvK").json().getInt("total") 
                + inkoop.get("api/v1/aanbieders?zoek=Lange%20AGB").json().getInt("total"), "nothing saved");
        Http.Response created = inkoop.post("api/v1/aanbieders", aanbieder("Nieuwe Aanbieder", nieuweKvk(), "98123456"));
        assertEquals(201, created.status(), created.body());
        assertEquals(1, created.json().getJsonArray("locaties").size());
        assertProblem(inkoop.post("api/v1/aanbieders", aanbieder("Dubbele AGB", nieuweKvk(), "98123456")), 400, "agbCode");
    }

    @Test
    void bwOnlyForProvidersWithThe2014Right() {
        long aanbieder = nieuweAanbieder("Zonder BW-recht");
        Http.Response refused = inkoop.post("api/v1/contracten", contract(aanbieder, procedureId("BW"), "15BWL", "2020-01-01"));
        assertProblem(refused, 400, "productCode");
        assertEquals("BW_ZONDER_RECHT", refused.json().getString("code"));
        assertNoContract(aanbieder);
    }

    @Test
    void aContractStartsOnlyAtAToetredingsmoment() {
        long aanbieder = nieuweAanbieder("Tussentijds");
        Http.Response refused = inkoop.post("api/v1/contracten", contract(aanbieder, procedureId("BI"), "02BIR", "2021-03-01"));
        assertProblem(refused, 400, "van");
        assertEquals("START_BUITEN_TOETREDINGSMOMENT", refused.json().getString("code"));
        Http.Response ok = contractmanager.post("api/v1/contracten", contract(aanbieder, procedureId("BI"), "02BIR", "2021-07-01"));
        assertEquals(201, ok.status(), ok.body());
        JsonObject deel = ok.json().getJsonArray("deelovereenkomsten").getJsonObject(0);
        assertEquals("2023-12-31", deel.getString("tot"));
        assertTrue(deel.getJsonArray("gemeenten").size() >= 10, "served gemeenten follow participation: " + deel);
    }

    @Test
    void noMoreHvContractsThanTheTenderAllows() {
        long aanbieder = nieuweAanbieder("Negende HV");
        Http.Response refused = inkoop.post("api/v1/contracten", contract(aanbieder, procedureId("HV"), "01HV", "2020-01-01"));
        assertProblem(refused, 400, "productCode");
        assertEquals("MAX_AANBIEDERS", refused.json().getString("code"));
    }

    @Test
    void tariffsNeverOverlapAndNeedAContractPeriod() {
        Http.Response overlap = inkoop.post("api/v1/tarieven",
                "{\"productCode\":\"02BIR\",\"categorie\":\"A\",\"jaar\":2021,\"bedragCent\":50000}");
        assertProblem(overlap, 400, "jaar");
        assertEquals("TARIEF_OVERLAP", overlap.json().getString("code"));
        Http.Response geenPeriode = inkoop.post("api/v1/tarieven",
                "{\"productCode\":\"02BIR\",\"categorie\":\"A\",\"jaar\":2030,\"bedragCent\":50000}");
        assertEquals("TARIEF_ZONDER_CONTRACTPERIODE", geenPeriode.json().getString("code"), geenPeriode.body());
        assertProblem(inkoop.post("api/v1/tarieven", "{\"productCode\":\"02BIR\",\"categorie\":\"Z\",\"jaar\":2021,\"bedragCent\":1}"),
                400, "categorie");
        assertProblem(inkoop.post("api/v1/tarieven", "{\"productCode\":\"04KV\",\"jaar\":2021,\"bedragCent\":-5}"), 400, "bedragCent");
        assertEquals(4, inkoop.get("api/v1/tarieven?product=02BIR&jaar=2021").json().getInt("total") + 1,
                "three categories in 2021, nothing added");
        JsonObject tarief = inkoop.get("api/v1/tarieven?product=04KV&jaar=2022").json().getJsonArray("items").getJsonObject(0);
        assertProblem(inkoop.put("api/v1/tarieven/" + tarief.getJsonNumber("id").longValue(), "\"999\"",
                "{\"bedragCent\":15000,\"indexatiePct\":3.1}"), 412, "If-Match");
    }

    @Test
    void anApplicationGoesThroughReviewToAdmissionAndAContract() {
        long aanbieder = nieuweAanbieder("Toetreder");
        long moment = moment(procedureId("BG"), "2023-07-01");
        Http.Response ingediend = inkoop.post("api/v1/toetredingen",
                "{\"aanbiederId\":" + aanbieder + ",\"momentId\":" + moment + ",\"producten\":[\"07BGA\",\"07BGV\"]}");
        assertEquals(201, ingediend.status(), ingediend.body());
        JsonObject detail = ingediend.json();
        long id = detail.getJsonObject("toetreding").getJsonNumber("id").longValue();
        JsonArray eisen = detail.getJsonArray("eisen");
        assertEquals(6, eisen.size());

        String etag = inkoop.get("api/v1/toetredingen/" + id).header("ETag");
        Http.Response teVroeg = inkoop.postIfMatch("api/v1/toetredingen/" + id + "/besluit", etag,
                "{\"besluit\":\"TOEGELATEN\",\"reden\":\"Alles in orde\"}");
        assertProblem(teVroeg, 400, "eisen");
        assertEquals("EIS_NIET_VOLDAAN", teVroeg.json().getString("code"));
        assertNoContract(aanbieder);

        for (JsonValue value : eisen) {
            JsonObject eis = value.asJsonObject();
            Http.Response beoordeeld = inkoop.put("api/v1/toetredingen/" + id + "/eisen/" + eis.getJsonNumber("eisId").longValue(),
                    "{\"voldaan\":true,\"bewijsNaam\":\"" + eis.getString("code").toLowerCase() + ".pdf\","
                            + "\"bewijsType\":\"application/pdf\",\"bewijsGrootte\":1024,\"notitie\":\"Gecontroleerd\"}");
            assertEquals(200, beoordeeld.status(), beoordeeld.body());
        }
        assertProblem(inkoop.postIfMatch("api/v1/toetredingen/" + id + "/besluit", etag,
                "{\"besluit\":\"TOEGELATEN\",\"reden\":\"Alles in orde\"}"), 412, "If-Match");
        assertEquals(403, contractmanager.postIfMatch("api/v1/toetredingen/" + id + "/besluit",
                inkoop.get("api/v1/toetredingen/" + id).header("ETag"), "{\"besluit\":\"TOEGELATEN\",\"reden\":\"x\"}").status());

        Http.Response toegelaten = inkoop.postIfMatch("api/v1/toetredingen/" + id + "/besluit",
                inkoop.get("api/v1/toetredingen/" + id).header("ETag"), "{\"besluit\":\"TOEGELATEN\",\"reden\":\"Voldoet aan alle eisen\"}");
        assertEquals(200, toegelaten.status(), toegelaten.body());
        assertEquals("TOEGELATEN", toegelaten.json().getJsonObject("toetreding").getString("status"));
        assertEquals("inkoop", toegelaten.json().getJsonObject("toetreding").getString("beoordelaar"));

        JsonObject metContract = inkoop.get("api/v1/aanbieders/" + aanbieder).json();
        JsonObject contract = metContract.getJsonObject("contract");
        assertNotNull(contract, metContract.toString());
        JsonArray delen = contract.getJsonArray("deelovereenkomsten");
        assertEquals(2, delen.size(), contract.toString());
        assertEquals("2023-07-01", delen.getJsonObject(0).getString("van"));

        assertProblem(inkoop.postIfMatch("api/v1/toetredingen/" + id + "/besluit",
                inkoop.get("api/v1/toetredingen/" + id).header("ETag"), "{\"besluit\":\"AFGEWEZEN\",\"reden\":\"Toch niet\"}"), 400, "status");
    }

    @Test
    void closedEntryAcceptsNoApplications() {
        long aanbieder = nieuweAanbieder("Wil BW");
        Http.Response refused = inkoop.post("api/v1/toetredingen", "{\"aanbiederId\":" + aanbieder + ",\"momentId\":"
                + moment(procedureId("BW"), "2020-01-01") + ",\"producten\":[\"15BWL\"]}");
        assertProblem(refused, 400, "momentId");
        assertEquals("TOETREDING_GESLOTEN", refused.json().getString("code"));
        assertProblem(inkoop.post("api/v1/toetredingen", "{\"aanbiederId\":" + aanbieder + ",\"momentId\":"
                + moment(procedureId("BI"), "2023-01-01") + ",\"producten\":[\"07BGA\"]}"), 400, "productCode");
    }

    @Test
    void contractsAreExtendedAtMostTwiceAndSuspendedWithAReason() {
        long aanbieder = nieuweAanbieder("Verlenger");
        JsonObject detail = contractmanager.post("api/v1/contracten", contract(aanbieder, procedureId("KV"), "04KV", "2020-01-01")).json();
        long contractId = detail.getJsonObject("contract").getJsonNumber("id").longValue();
        long deelId = detail.getJsonArray("deelovereenkomsten").getJsonObject(0).getJsonNumber("id").longValue();
        String path = "api/v1/contracten/" + contractId;
        for (String tot : new String[] {"2024-12-31", "2025-12-31"}) {
            Http.Response verlengd = contractmanager.postIfMatch(path + "/deelovereenkomsten/" + deelId + "/verlenging",
                    contractmanager.get(path).header("ETag"), "{}");
            assertEquals(200, verlengd.status(), verlengd.body());
            assertEquals(tot, verlengd.json().getJsonArray("deelovereenkomsten").getJsonObject(0).getString("tot"));
        }
        assertProblem(contractmanager.postIfMatch(path + "/deelovereenkomsten/" + deelId + "/verlenging",
                contractmanager.get(path).header("ETag"), "{}"), 400, "verlengingen");
        assertProblem(contractmanager.postIfMatch(path + "/status", contractmanager.get(path).header("ETag"),
                "{\"status\":\"OPGESCHORT\"}"), 400, "reden");
        Http.Response opgeschort = contractmanager.postIfMatch(path + "/status", contractmanager.get(path).header("ETag"),
                "{\"status\":\"OPGESCHORT\",\"reden\":\"Aanwijzing toezichthouder\"}");
        assertEquals("OPGESCHORT", opgeschort.json().getJsonObject("contract").getString("status"), opgeschort.body());
    }

    @Test
    void readersReadAndOnlyInkoopAndContractmanagersChange() {
        for (String user : new String[] {"gemeente.oss", "controller", "toezichthouder", "beheerder"}) {
            Http reader = new Http(base).as(user);
            assertEquals(200, reader.get("api/v1/aanbieders").status(), user);
            assertEquals(200, reader.get("api/v1/contracten").status(), user);
            assertEquals(403, reader.post("api/v1/aanbieders", aanbieder("Mag niet", nieuweKvk(), null)).status(), user);
            assertEquals(403, reader.post("api/v1/toetredingen", "{}").status(), user);
        }
        assertEquals(403, contractmanager.post("api/v1/tarieven", "{\"productCode\":\"04KV\",\"jaar\":2021,\"bedragCent\":1}").status());
        assertEquals(401, new Http(base).get("api/v1/aanbieders").status());
    }

    @Test
    void contractManagementConversationsWithFollowUp() {
        long aanbieder = nieuweAanbieder("Gesprekspartner");
        String path = "api/v1/aanbieders/" + aanbieder + "/gesprekken";
        assertProblem(contractmanager.post(path, "{\"datum\":\"2999-01-01\",\"onderwerp\":\"Toekomst\"}"), 400, "datum");
        assertProblem(contractmanager.post(path, "{\"datum\":\"2024-03-01\",\"onderwerp\":\"Kwartaal\","
                + "\"vervolgactie\":\"Verbeterplan sturen\",\"vervolgdatum\":\"2024-02-01\"}"), 400, "vervolgdatum");
        assertProblem(contractmanager.post(path, "{\"datum\":\"2024-03-01\",\"onderwerp\":\"Kwartaal\","
                + "\"vervolgactie\":\"Verbeterplan sturen\"}"), 400, "vervolgdatum");
        Http.Response gelegd = contractmanager.post(path, "{\"datum\":\"2024-03-01\",\"onderwerp\":\"Kwartaalgesprek\","
                + "\"afspraken\":\"Wachttijden terugdringen\",\"vervolgactie\":\"Verbeterplan sturen\",\"vervolgdatum\":\"2024-04-01\"}");
        assertEquals(201, gelegd.status(), gelegd.body());
        JsonObject gesprek = gelegd.json();
        assertEquals("contractmanager", gesprek.getString("vastgelegdDoor"));
        assertTrue(gesprek.getBoolean("achterstallig"), "follow-up date has passed");
        assertTrue(contractmanager.get("api/v1/vervolgacties").jsonValue().asJsonArray().stream()
                .anyMatch(v -> v.asJsonObject().getString("onderwerp").equals("Kwartaalgesprek")));
        assertEquals(403, new Http(base).as("gemeente.oss").get(path).status(), "conversations are not for GEMEENTE");
        long id = gesprek.getJsonNumber("id").longValue();
        assertProblem(contractmanager.postIfMatch(path + "/" + id + "/afronding", "\"99\"", "{}"), 412, "If-Match");
        Http.Response afgerond = contractmanager.postIfMatch(path + "/" + id + "/afronding", gelegd.header("ETag"), "{}");
        assertEquals(200, afgerond.status(), afgerond.body());
        assertTrue(afgerond.json().getBoolean("actieAfgerond"));
        assertEquals(1, contractmanager.get(path).jsonValue().asJsonArray().size());
    }

    @Test
    void theDashboardShowsTheSeedsPictureForTheDemoRegion() {
        assertTrue(inkoop.get("api/v1/dashboard").json().getInt("jaar") >= 2023, "default: the latest year with indicaties");
        JsonObject dashboard = inkoop.get("api/v1/dashboard?jaar=2023").json();
        assertEquals(2023, dashboard.getInt("jaar"));
        assertTrue(dashboard.getJsonNumber("gecontracteerd").longValue() >= 200, dashboard.toString());
        long zonder = dashboard.getJsonNumber("gecontracteerdZonderClienten").longValue();
        // The world generator (issue 14) gives the last 40 ranked providers no clients at all; in one year a few
        // more small providers happen to have none (measured: 65 of 200 in 2023 of the demo world); other ITs add contracted providers without clients.
        assertTrue(zonder >= 40 && zonder <= 100, "at least the 40 contracted providers without clients: " + zonder);
        double top10 = dashboard.getJsonNumber("aandeelTop10Procent").doubleValue();
        // the demo world alone gives ~77% (seeds: ~80%); other ITs add 2023 indicaties at their own providers
        assertTrue(top10 >= 55 && top10 <= 90, "about 80% at the 10 largest: " + top10);
        assertTrue(dashboard.getJsonNumber("aanbiedersMetMinderDan5").longValue() >= 50, "many small providers");
        assertEquals(10, dashboard.getJsonArray("top10").size());
        assertEquals(403, new Http(base).as("gemeente.oss").get("api/v1/dashboard").status());
        assertProblem(inkoop.get("api/v1/dashboard?jaar=twintig"), 400, "jaar");
    }

    @Test
    void theDashboardFiguresAreExactOnASmallKnownDataSet() throws Exception {
        // A year nobody else uses, filled straight into the database: 3 contracted providers, 6 clients.
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty("wmo.db.url"),
                System.getProperty("wmo.db.user"), System.getProperty("wmo.db.password"))) {
            long oss = single(db, "select id from gemeente where cbs_code = 'GM0828'");
            long bernheze = single(db, "select id from gemeente where cbs_code = 'GM1721'");
            long[] aanbieders = new long[3];
            for (int i = 0; i < 3; i++) {
                aanbieders[i] = insert(db, "insert into aanbieder (naam, kvk_nummer, status, aangemaakt_op, gewijzigd_op) "
                        + "values ('Dashboard " + i + "', '5555000" + i + "', 'ACTIEF', now(), now())");
                insert(db, "insert into contract (aanbieder_id, nummer, van, tot, status) values (" + aanbieders[i]
                        + ", 'T2031-" + i + "', '2031-01-01', '2031-12-31', 'ACTIEF')");
            }
            long[] clients = new long[6];
            for (int c = 0; c < 6; c++) {
                clients[c] = insert(db, "insert into client (pseudoniem, geboortejaar, gemeente_id, segment) values ('"
                        + String.format("%064d", 2031_00 + c) + "', 1960, " + (c < 4 ? oss : bernheze) + ", '2')");
            }
            for (int c = 0; c < 4; c++) {
                insert(db, indicatie(clients[c], oss, "02BIR", aanbieders[0], "2031-02-01"));
            }
            insert(db, indicatie(clients[0], oss, "02BIR", aanbieders[0], "2031-06-01")); // same client again: counted once
            insert(db, indicatie(clients[4], bernheze, "01HV", aanbieders[1], "2031-01-01"));
            insert(db, indicatie(clients[5], bernheze, "01HV", aanbieders[1], "2030-06-01")); // runs into 2031
        }
        JsonObject d = inkoop.get("api/v1/dashboard?jaar=2031").json();
        assertEquals(3, d.getJsonNumber("gecontracteerd").longValue(), d.toString());
        assertEquals(1, d.getJsonNumber("gecontracteerdZonderClienten").longValue());
        assertEquals(2, d.getJsonNumber("aanbiedersMetClienten").longValue());
        assertEquals(2, d.getJsonNumber("aanbiedersMetMinderDan5").longValue());
        assertEquals(6, d.getJsonNumber("clienten").longValue());
        assertEquals(0, d.getJsonNumber("aandeelTop10Procent").bigDecimalValue().compareTo(new java.math.BigDecimal("100.0")));
        assertEquals("Dashboard 0", d.getJsonArray("top10").getJsonObject(0).getString("naam"));
        assertEquals(4, d.getJsonArray("top10").getJsonObject(0).getJsonNumber("clienten").longValue());
        JsonArray perGemeente = d.getJsonArray("clientenPerGemeenteEnProductgroep");
        assertEquals(2, perGemeente.size(), perGemeente.toString());
        assertEquals("Bernheze", perGemeente.getJsonObject(0).getString("gemeente"));
        assertEquals("HV", perGemeente.getJsonObject(0).getString("productgroep"));
        assertEquals(2, perGemeente.getJsonObject(0).getJsonNumber("clienten").longValue());
        assertEquals(4, perGemeente.getJsonObject(1).getJsonNumber("clienten").longValue());
    }

    private static String indicatie(long client, long gemeente, String product, long aanbieder, String van) {
        return "insert into indicatie (client_id, gemeente_id, product_code, aanbieder_id, van, tot) values (" + client + ", "
                + gemeente + ", '" + product + "', " + aanbieder + ", '" + van + "', '2031-12-31')";
    }

    private static long single(java.sql.Connection db, String sql) throws Exception {
        try (java.sql.Statement s = db.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long insert(java.sql.Connection db, String sql) throws Exception {
        try (java.sql.Statement s = db.createStatement()) {
            s.executeUpdate(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    @Test
    void productsAreAddedInIwmoTerms() {
        String goed = "{\"code\":\"02BIX\",\"naam\":\"Begeleiding individueel extra\",\"productgroep\":\"BI\","
                + "\"iwmoProductcategorie\":\"02\",\"bekostiging\":\"OUTPUT\",\"eenheid\":\"82\",\"frequentie\":\"4\",\"categorieen\":\"a, b\"}";
        assertProblem(inkoop.post("api/v1/producten", goed.replace("02BIX", "02BIXXX")), 400, "code");
        assertProblem(inkoop.post("api/v1/producten", goed.replace("\"82\"", "\"99\"")), 400, "eenheid");
        assertProblem(inkoop.post("api/v1/producten", goed.replace("\"02\",", "\"19\",")), 400, "iwmoProductcategorie");
        assertProblem(inkoop.post("api/v1/producten", goed.replace("\"4\",", "\"3\",")), 400, "frequentie");
        assertEquals(403, contractmanager.post("api/v1/producten", goed).status());
        Http.Response created = inkoop.post("api/v1/producten", goed);
        assertEquals(201, created.status(), created.body());
        assertEquals("[\"A\",\"B\"]", created.json().getJsonArray("categorieen").toString());
        assertProblem(inkoop.post("api/v1/producten", goed), 400, "code");
    }

    @Test
    void aNewContractPeriodIsAnnouncedAndThenAllowsTariffsAndEntry() {
        // 2040-2043 belongs to this test: the tests share one database, and the dashboard test owns 2031.
        String procedure = "{\"naam\":\"Bestuurlijk aanbesteden kortdurend verblijf 2040-2043\",\"productgroep\":\"KV\","
                + "\"type\":\"OPEN_HOUSE\",\"contractVan\":\"2040-01-01\",\"contractTot\":\"2043-12-31\","
                + "\"momenten\":[\"2040-01-01\"],\"eisen\":[{\"code\":\"VOG\",\"omschrijving\":\"VOG voor alle medewerkers\",\"verplicht\":true}]}";
        assertProblem(inkoop.post("api/v1/procedures", procedure.replace("OPEN_HOUSE", "BEPERKT")), 400, "maxAanbieders");
        assertProblem(inkoop.post("api/v1/procedures", procedure.replace("\"2040-01-01\"]", "\"2045-01-01\"]")), 400, "momenten");
        assertProblem(inkoop.post("api/v1/procedures", procedure.replace("2040-01-01\",\"contractTot", "2022-01-01\",\"contractTot")
                .replace("[\"2040-01-01\"]", "[\"2022-01-01\"]")), 400, "contractVan");
        assertProblem(inkoop.post("api/v1/tarieven", "{\"productCode\":\"04KV\",\"jaar\":2041,\"bedragCent\":16000}"), 400, "jaar");

        Http.Response created = inkoop.post("api/v1/procedures", procedure);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Http.Response moment = inkoop.post("api/v1/procedures/" + id + "/toetredingsmomenten", "{\"datum\":\"2040-07-01\"}");
        assertEquals(201, moment.status(), moment.body());
        assertEquals(2, moment.json().getJsonArray("toetredingsmomenten").size());

        assertEquals(201, inkoop.post("api/v1/tarieven", "{\"productCode\":\"04KV\",\"jaar\":2041,\"bedragCent\":16000,"
                + "\"indexatiePct\":2.75}").status(), "a tariff in the new contract period");
        long aanbieder = nieuweAanbieder("Nieuwe periode");
        Http.Response contract = contractmanager.post("api/v1/contracten", contract(aanbieder, id, "04KV", "2040-07-01"));
        assertEquals(201, contract.status(), contract.body());
        assertEquals("2043-12-31", contract.json().getJsonArray("deelovereenkomsten").getJsonObject(0).getString("tot"));
    }

    @Test
    void exportsAsCsv() {
        Http.Response contracten = inkoop.get("api/v1/contracten/export");
        assertEquals(200, contracten.status());
        assertTrue(contracten.header("Content-Type").startsWith("text/csv"));
        String[] regels = contracten.body().split("\n");
        assertEquals("contract;aanbieder;kvk;agb;van;tot;status;producten", regels[0]);
        assertTrue(regels.length > 200, "header plus every contract: " + regels.length);
        String tarieven = inkoop.get("api/v1/tarieven/export").body();
        assertTrue(tarieven.contains("02BIR;Begeleiding individueel regulier;A;2020;425,00;0"), tarieven.substring(0, 300));
        assertFalse(tarieven.isBlank());
    }

    private void assertNoContract(long aanbieder) {
        JsonObject detail = inkoop.get("api/v1/aanbieders/" + aanbieder).json();
        assertTrue(!detail.containsKey("contract") || detail.isNull("contract"), "no contract saved: " + detail);
    }

    private JsonObject procedure(JsonArray procedures, String groep) {
        return procedures.stream().map(JsonValue::asJsonObject).filter(p -> p.getString("productgroep").equals(groep))
                .findFirst().orElseThrow();
    }

    private long procedureId(String groep) {
        return procedure(inkoop.get("api/v1/procedures").jsonValue().asJsonArray(), groep).getJsonNumber("id").longValue();
    }

    private long moment(long procedureId, String datum) {
        return inkoop.get("api/v1/procedures/" + procedureId).json().getJsonArray("toetredingsmomenten").stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("datum").equals(datum)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long nieuweAanbieder(String naam) {
        Http.Response created = inkoop.post("api/v1/aanbieders", aanbieder(naam, nieuweKvk(), null));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonObject("aanbieder").getJsonNumber("id").longValue();
    }

    private static String nieuweKvk() {
        return Integer.toString(KVK.incrementAndGet());
    }

    private static String aanbieder(String naam, String kvk, String agb) {
        return "{\"naam\":\"" + naam + "\",\"kvkNummer\":\"" + kvk + "\"" + (agb == null ? "" : ",\"agbCode\":\"" + agb + "\"")
                + ",\"locaties\":[{\"naam\":\"Hoofdlocatie\",\"adres\":\"Teststraat 1\",\"postcode\":\"5341 AB\",\"plaats\":\"Oss\"}]"
                + ",\"contacten\":[{\"naam\":\"Test Persoon\",\"functie\":\"Directeur\",\"email\":\"test@example.org\"}]}";
    }

    private static String contract(long aanbieder, long procedure, String product, String van) {
        return "{\"aanbiederId\":" + aanbieder + ",\"procedureId\":" + procedure + ",\"productCode\":\"" + product
                + "\",\"van\":\"" + van + "\"}";
    }
}
