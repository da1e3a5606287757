package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.GemeenteApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Warehouse REST: results (own gemeente only for GEMEENTE; historical or current gemeente
 * grouping), scenarios and budgets (CONTROLLER, If-Match) and runs. Budget years: 2062-2069.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WarehouseApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http controller;
    Http oss;
    Http inkoop;

    @BeforeEach
    void clients() throws Exception {
        WarehouseSeed.ensure();
        controller = new Http(base).as("controller");
        oss = new Http(base).as("gemeente.oss");
        inkoop = new Http(base).as("inkoop");
    }

    @Test
    void resultsForControllersAndOwnGemeenteOnly() {
        JsonArray alle = controller.get("api/v1/warehouse/indicatoren?jaar=2031").jsonValue().asJsonArray();
        assertEquals(2, alle.size(), alle.toString());
        JsonArray eigen = oss.get("api/v1/warehouse/indicatoren?jaar=2031").jsonValue().asJsonArray();
        assertEquals(1, eigen.size(), eigen.toString());
        JsonObject rij = eigen.getJsonObject(0);
        assertEquals("Oss", rij.getString("gemeente"));
        assertEquals(500000, rij.getJsonNumber("kostenCent").longValue());
        assertEquals(50000, rij.getJsonNumber("kostenPerClientCent").longValue());
        assertEquals(403, oss.get("api/v1/warehouse/indicatoren?gemeenteId=" + WarehouseSeed.bernheze).status());
        assertEquals(403, inkoop.get("api/v1/warehouse/indicatoren").status());
        assertEquals(403, new Http(base).as("toezichthouder").get("api/v1/warehouse/keuzes").status());
        assertEquals(401, new Http(base).get("api/v1/warehouse/keuzes").status());
        JsonObject keuzes = oss.get("api/v1/warehouse/keuzes").json();
        assertEquals(1, keuzes.getJsonArray("gemeenten").size(), "a gemeente user chooses only their own: " + keuzes);

        JsonArray projecties = controller.get("api/v1/warehouse/projecties?gemeenteId=" + WarehouseSeed.oss).jsonValue().asJsonArray();
        assertEquals(500000, projecties.getJsonObject(0).getJsonNumber("verschilCent").longValue());
        JsonArray aanbieders = controller.get("api/v1/warehouse/aanbieders?jaar=2031").jsonValue().asJsonArray();
        assertEquals(2, aanbieders.size());
        assertEquals("80.0", aanbieders.getJsonObject(0).getJsonNumber("ceoPctEens").toString());
        JsonObject klein = aanbieders.getJsonObject(1);
        assertTrue(!klein.containsKey("ceoPctEens") || klein.isNull("ceoPctEens"), "n = 3: suppressed: " + klein);
        assertProblem(controller.get("api/v1/warehouse/indicatoren?jaar=twee"), 400, "jaar");
    }

    @Test
    void everyTableExportsAsCsv() {
        for (String tabel : new String[] {"indicatoren", "maanden", "productgroepen", "stromen", "aanbieders", "doorstroom",
            "projecties"}) {
            Http.Response csv = controller.get("api/v1/warehouse/" + tabel + "/export?jaar=2031");
            assertEquals(200, csv.status(), tabel + ": " + csv.body());
            assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        }
        String indicatoren = controller.get("api/v1/warehouse/indicatoren/export?jaar=2031").body();
        assertTrue(indicatoren.startsWith("jaar;gemeente;aanbieder;productgroep;segment;clienten;"), indicatoren);
        assertTrue(indicatoren.contains(";0,75\n") || indicatoren.contains(";0,7500\n"), indicatoren);
        assertEquals(403, oss.get("api/v1/warehouse/indicatoren/export?gemeenteId=" + WarehouseSeed.bernheze).status());
    }

    static String scenario(String naam, String kostprijs) {
        return "{\"naam\":\"" + naam + "\",\"horizonJaren\":4,\"groei75tot84\":3.5,\"reeleKostprijsHv\":" + kostprijs
                + ",\"cao\":2.75}";
    }

    @Test
    void scenariosAreEditedByControllersWithVersion() {
        assertProblem(controller.post("api/v1/warehouse/scenarios", scenario("API te hoge kostprijs", "41")), 400,
                "reeleKostprijsHv");
        assertProblem(controller.post("api/v1/warehouse/scenarios", "{\"naam\":\"API horizon\",\"horizonJaren\":7}"), 400,
                "horizonJaren");
        assertProblem(controller.post("api/v1/warehouse/scenarios", "{\"naam\":\"\"}"), 400, "naam");
        Http.Response created = controller.post("api/v1/warehouse/scenarios", scenario("API vergrijzing", "40"));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String etag = created.header("ETag");
        assertProblem(controller.post("api/v1/warehouse/scenarios", scenario("api VERGRIJZING", "10")), 400, "naam");

        assertEquals(428, controller.put("api/v1/warehouse/scenarios/" + id, null, scenario("API vergrijzing", "30")).status());
        Http.Response updated = controller.put("api/v1/warehouse/scenarios/" + id, etag, scenario("API vergrijzing", "30"));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(0, new java.math.BigDecimal("30").compareTo(updated.json().getJsonNumber("reeleKostprijsHv").bigDecimalValue()));
        assertEquals(412, controller.put("api/v1/warehouse/scenarios/" + id, etag, scenario("API vergrijzing", "20")).status());
        assertEquals("controller", updated.json().getString("gewijzigdDoor"));

        assertEquals(403, oss.get("api/v1/warehouse/scenarios").status());
        assertEquals(403, inkoop.post("api/v1/warehouse/scenarios", scenario("API inkoop", "1")).status());
    }

    @Test
    void oneRunRequestAtATime() throws Exception {
        WarehouseSeed.sluitOpenRuns();
        try {
            // an open request written straight into the table: the server starts no job for it
            long open;
            try (java.sql.Connection c = WarehouseSeed.connect(); java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO wh_run (status, aangevraagd_door, aangevraagd_op) VALUES ('AANGEVRAAGD', 'it-api', NOW(3))");
                open = WarehouseSeed.one(s, "SELECT MAX(id) FROM wh_run WHERE aangevraagd_door = 'it-api'");
            }
            Http.Response tweede = controller.post("api/v1/warehouse/runs", "{}");
            assertProblem(tweede, 400, "run");
            assertEquals("RUN_LOOPT", tweede.json().getString("code"));
            assertEquals("AANGEVRAAGD", controller.get("api/v1/warehouse/runs/" + open).json().getString("status"));
            JsonArray runs = controller.get("api/v1/warehouse/runs").jsonValue().asJsonArray();
            assertTrue(runs.stream().anyMatch(r -> r.asJsonObject().getBoolean("actief")), "the seeded run is active: " + runs);
            assertEquals(403, oss.post("api/v1/warehouse/runs", "{}").status());
            assertEquals(403, oss.get("api/v1/warehouse/runs").status());
            WarehouseSeed.sluitOpenRuns();

            assertProblem(controller.post("api/v1/warehouse/runs", "{\"scenarioIds\":[999999]}"), 400, "scenarioIds");
            Http.Response run = controller.post("api/v1/warehouse/runs", "{}");
            // the IT server starts the real job for this request (WMO_WAREHOUSE_COMMAND); closing the request at once
            // lets the job refuse it (when the job claimed it first, sluitOpenRuns waits for it to finish)
            WarehouseSeed.sluitOpenRuns();
            assertEquals(201, run.status(), run.body());
            assertEquals("AANGEVRAAGD", run.json().getString("status"));
            assertTrue(!run.json().containsKey("scenarioIds"), "all active scenarios: " + run.body());
        } finally {
            WarehouseSeed.sluitOpenRuns();
        }
    }

    @Test
    void mergedGemeentenCountWithTheGemeenteTheyMergedInto() {
        JsonArray historisch = controller.get("api/v1/warehouse/indicatoren?jaar=2060").jsonValue().asJsonArray();
        assertEquals(2, historisch.size(), historisch.toString());
        assertTrue(historisch.toString().contains("Oud-Oss"), historisch.toString());
        JsonArray huidig = controller.get("api/v1/warehouse/indicatoren?jaar=2060&indeling=huidig").jsonValue().asJsonArray();
        assertEquals(1, huidig.size(), huidig.toString());
        JsonObject oss = huidig.getJsonObject(0);
        assertEquals("Oss", oss.getString("gemeente"));
        assertEquals(10, oss.getInt("clienten"));
        assertEquals(600000, oss.getJsonNumber("kostenCent").longValue());
        assertEquals(60000, oss.getJsonNumber("kostenPerClientCent").longValue(), "600000 / 10, not an average of averages");
        assertEquals(0, new java.math.BigDecimal("0.75").compareTo(oss.getJsonNumber("aandeelDoelenBehaald").bigDecimalValue()),
                "3 of 4 goals: " + oss);
        assertEquals(0, new java.math.BigDecimal("175.0").compareTo(oss.getJsonNumber("gemDuurDagen").bigDecimalValue()),
                "(100*1 + 200*3) / 4 uitstroom: " + oss);
        // the gemeente filter names the current gemeente; a gemeente user sees the merged one's history too
        assertEquals(1, controller.get("api/v1/warehouse/indicatoren?jaar=2060&indeling=huidig&gemeenteId=" + WarehouseSeed.oss)
                .jsonValue().asJsonArray().size());
        JsonArray eigen = this.oss.get("api/v1/warehouse/indicatoren?jaar=2060").jsonValue().asJsonArray();
        assertEquals(1, eigen.size(), eigen.toString());
        assertEquals(4, eigen.getJsonObject(0).getInt("clienten"));
        assertEquals(10, this.oss.get("api/v1/warehouse/indicatoren?jaar=2060&indeling=HUIDIG").jsonValue().asJsonArray()
                .getJsonObject(0).getInt("clienten"));
        JsonObject keuzes = controller.get("api/v1/warehouse/keuzes?indeling=huidig").json();
        assertFalse(keuzes.getJsonArray("gemeenten").toString().contains("Oud-Oss"), keuzes.toString());
        assertTrue(controller.get("api/v1/warehouse/keuzes").json().getJsonArray("gemeenten").toString().contains("Oud-Oss"));
        String csv = controller.get("api/v1/warehouse/indicatoren/export?jaar=2060&indeling=huidig").body();
        assertFalse(csv.contains("Oud-Oss"), csv);
        assertProblem(controller.get("api/v1/warehouse/indicatoren?indeling=toen"), 400, "indeling");
    }

    /** A year in 2062-2069 in which Bernheze has no budget yet (the database may be reused). */
    private int vrijJaar() {
        for (int jaar = 2062; jaar < 2070; jaar++) {
            if (controller.get("api/v1/warehouse/budgetten?jaar=" + jaar + "&gemeenteId=" + WarehouseSeed.bernheze)
                    .jsonValue().asJsonArray().isEmpty()) {
                return jaar;
            }
        }
        throw new AssertionError("no free budget year left in 2062-2069");
    }

    private static String budget(String cent) {
        return "{\"budgetCent\":" + cent + "}";
    }

    @Test
    void budgetsAreEnteredAndChangedByControllersWithVersion() throws Exception {
        int jaar = vrijJaar();
        String pad = "api/v1/warehouse/budgetten/" + WarehouseSeed.bernheze + "/" + jaar;
        assertEquals(404, controller.get(pad).status());
        assertEquals(428, controller.put(pad, budget("100")).status(), "neither If-Match nor If-None-Match");
        assertEquals(404, controller.put(pad, "\"0\"", budget("100")).status(), "If-Match on a budget that does not exist");
        assertProblem(nieuw(pad, budget("-1")), 400, "budgetCent");
        assertProblem(nieuw(pad, "{}"), 400, "budgetCent");
        assertProblem(nieuw(pad, budget("\"veel\"")), 400, "budgetCent");
        assertProblem(nieuw(pad, budget("1000000000001")), 400, "budgetCent");
        assertProblem(nieuw("api/v1/warehouse/budgetten/" + WarehouseSeed.bernheze + "/1999", budget("1")), 400, "jaar");
        assertProblem(nieuw("api/v1/warehouse/budgetten/" + WarehouseSeed.bernheze + "/twee", budget("1")), 400, "jaar");
        assertProblem(controller.get("api/v1/warehouse/budgetten?jaar=3000"), 400, "jaar");
        assertEquals(404, nieuw("api/v1/warehouse/budgetten/999999999/" + jaar, budget("1")).status());

        Http.Response aangemaakt = nieuw(pad, budget("123456789"));
        assertEquals(201, aangemaakt.status(), aangemaakt.body());
        assertEquals("Bernheze", aangemaakt.json().getString("gemeente"));
        String etag = aangemaakt.header("ETag");
        assertEquals(412, nieuw(pad, budget("5")).status(), "created meanwhile by someone else");
        Http.Response gewijzigd = controller.put(pad, etag, budget("0"));
        assertEquals(200, gewijzigd.status(), gewijzigd.body());
        assertEquals(0, gewijzigd.json().getJsonNumber("budgetCent").longValue());
        assertEquals(412, controller.put(pad, etag, budget("7")).status(), "stale version");
        assertEquals(gewijzigd.header("ETag"), controller.get(pad).header("ETag"));

        JsonArray lijst = controller.get("api/v1/warehouse/budgetten?jaar=" + jaar + "&gemeenteId=" + WarehouseSeed.bernheze)
                .jsonValue().asJsonArray();
        assertEquals(1, lijst.size(), lijst.toString());
        assertEquals(0, lijst.getJsonObject(0).getJsonNumber("budgetCent").longValue());
        JsonArray alle = controller.get("api/v1/warehouse/budgetten?jaar=" + jaar + "&alleGemeenten=true").jsonValue().asJsonArray();
        assertTrue(alle.stream().anyMatch(b -> b.asJsonObject().getString("gemeente").equals("Oss")
                && !b.asJsonObject().containsKey("budgetCent")), "every gemeente, also without a budget: " + alle);

        try (java.sql.Connection c = WarehouseSeed.connect(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT actie, actor, details FROM audit_entry WHERE entiteit = 'Budget'"
                        + " AND entiteit_id = '" + WarehouseSeed.bernheze + "/" + jaar + "' ORDER BY id")) {
            assertTrue(rs.next(), "audited");
            assertEquals("AANGEMAAKT", rs.getString(1));
            assertEquals("controller", rs.getString(2));
            assertTrue(rs.next());
            assertEquals("GEWIJZIGD", rs.getString(1));
            assertTrue(rs.getString(3).contains("voor: 123456789; na: 0"), rs.getString(3));
            assertFalse(rs.next(), "refused edits leave no audit entry");
        }

        assertEquals(403, oss.get("api/v1/warehouse/budgetten").status());
        assertEquals(403, inkoop.put(pad, gewijzigd.header("ETag"), budget("1")).status());
        assertEquals(401, new Http(base).get("api/v1/warehouse/budgetten").status());
    }

    private Http.Response nieuw(String pad, String json) {
        return controller.putHeader(pad, "If-None-Match", "*", json);
    }
}
