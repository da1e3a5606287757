package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.GemeenteApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Warehouse REST: results (own gemeente only for GEMEENTE), scenarios (CONTROLLER, If-Match) and runs. */
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
            assertProblem(controller.post("api/v1/warehouse/runs", "{\"scenarioIds\":[999999]}"), 400, "scenarioIds");
            Http.Response run = controller.post("api/v1/warehouse/runs", "{}");
            assertEquals(201, run.status(), run.body());
            assertEquals("AANGEVRAAGD", run.json().getString("status"));
            Http.Response tweede = controller.post("api/v1/warehouse/runs", "{}");
            assertProblem(tweede, 400, "run");
            assertEquals("RUN_LOOPT", tweede.json().getString("code"));
            JsonArray runs = controller.get("api/v1/warehouse/runs").jsonValue().asJsonArray();
            assertTrue(runs.stream().anyMatch(r -> r.asJsonObject().getBoolean("actief")), "the seeded run is active: " + runs);
            long id = run.json().getJsonNumber("id").longValue();
            assertEquals("AANGEVRAAGD", controller.get("api/v1/warehouse/runs/" + id).json().getString("status"));
            assertEquals(403, oss.post("api/v1/warehouse/runs", "{}").status());
            assertEquals(403, oss.get("api/v1/warehouse/runs").status());
        } finally {
            WarehouseSeed.sluitOpenRuns();
        }
    }
}
