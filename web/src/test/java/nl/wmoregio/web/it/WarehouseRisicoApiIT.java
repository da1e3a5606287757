package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.GemeenteApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14: the named risks of seed 000 as scenario templates of the demo data (copied, never
 * edited themselves) and two kept runs side by side (REST). The second run is written straight
 * into the wh_ tables (year 2031, like {@link WarehouseSeed}); the dashboard keeps the active run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WarehouseRisicoApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http controller;

    @BeforeEach
    void clients() throws Exception {
        WarehouseSeed.ensure();
        controller = new Http(base).as("controller");
    }

    @Test
    void theNamedRisksAreTemplatesThatAControllerCopiesAndEdits() {
        JsonArray alle = controller.get("api/v1/warehouse/scenarios").jsonValue().asJsonArray();
        Set<String> risicos = new TreeSet<>();
        JsonObject tekort = null;
        for (JsonValue v : alle) {
            JsonObject s = v.asJsonObject();
            if (s.getBoolean("sjabloon", false)) {
                risicos.add(s.getString("risico"));
                if (s.getString("risico").equals("PERSONEELSTEKORT")) {
                    tekort = s;
                }
            }
        }
        assertEquals(Set.of("ABONNEMENTSTARIEF", "REELE_KOSTPRIJS_HV", "DOORDECENTRALISATIE_BW_MO", "WLZ_UITNAME_BW",
                "VERGRIJZING", "PERSONEELSTEKORT", "OPEN_EINDE", "RESULTAATGERICHT"), risicos);
        long id = tekort.getJsonNumber("id").longValue();
        // a template is not edited itself
        Http.Response zelf = controller.get("api/v1/warehouse/scenarios/" + id);
        assertProblem(controller.put("api/v1/warehouse/scenarios/" + id, zelf.header("ETag"),
                "{\"naam\":\"Personeelstekort\",\"horizonJaren\":5}"), 400, "naam");

        Http.Response kopie = controller.post("api/v1/warehouse/scenarios/" + id + "/kopie", "{}");
        assertEquals(201, kopie.status(), kopie.toString());
        JsonObject k = kopie.json();
        assertTrue(k.getString("naam").startsWith("Personeelstekort (kopie"), k.toString());
        assertFalse(k.getBoolean("sjabloon"));
        assertEquals("PERSONEELSTEKORT", k.getString("risico"));
        assertEquals(0, k.getJsonNumber("capaciteitGroei").bigDecimalValue().compareTo(new java.math.BigDecimal("0.5")));
        assertTrue(k.getBoolean("vergrijzingPrognose"));
        long kopieId = k.getJsonNumber("id").longValue();
        // the copy is edited: a capacity growth of 1.25% a year, 2% extra demand (open einde)
        Http.Response gewijzigd = controller.put("api/v1/warehouse/scenarios/" + kopieId, kopie.header("ETag"),
                "{\"naam\":\"" + k.getString("naam") + "\",\"horizonJaren\":4,\"capaciteitGroei\":1.25,\"extraVraag\":2,"
                        + "\"vergrijzingPrognose\":true}");
        assertEquals(200, gewijzigd.status(), gewijzigd.toString());
        assertEquals("1.25", gewijzigd.json().getJsonNumber("capaciteitGroei").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals(4, gewijzigd.json().getInt("horizonJaren"));
        assertProblem(controller.put("api/v1/warehouse/scenarios/" + kopieId, gewijzigd.header("ETag"),
                "{\"naam\":\"" + k.getString("naam") + "\",\"capaciteitGroei\":101}"), 400, "capaciteitGroei");
        // the doordecentralisatie template's budget key travels with a copy
        long verdeel = 0;
        for (JsonValue v : alle) {
            if ("DOORDECENTRALISATIE_BW_MO".equals(v.asJsonObject().getString("risico", ""))
                    && v.asJsonObject().getBoolean("sjabloon")) {
                verdeel = v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        long verdeelKopie = controller.post("api/v1/warehouse/scenarios/" + verdeel + "/kopie", "{}").json()
                .getJsonNumber("id").longValue();
        try {
            assertEquals(Database.number("SELECT COUNT(*) FROM wh_verdeelsleutel WHERE scenario_id = " + verdeel),
                    Database.number("SELECT COUNT(*) FROM wh_verdeelsleutel WHERE scenario_id = " + verdeelKopie));
            assertTrue(Database.number("SELECT COUNT(*) FROM wh_verdeelsleutel WHERE scenario_id = " + verdeelKopie) > 0);
            assertTrue(Database.number("SELECT COUNT(*) FROM audit_entry WHERE entiteit = 'Scenario' AND entiteit_id = '"
                    + kopieId + "' AND actie = 'GEKOPIEERD'") == 1, "the copy is audited");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertEquals(403, new Http(base).as("gemeente.oss").post("api/v1/warehouse/scenarios/" + id + "/kopie", "{}").status());
        assertEquals(404, controller.post("api/v1/warehouse/scenarios/99999999/kopie", "{}").status());
    }

    @Test
    void twoKeptRunsSideBySide() throws Exception {
        long a = WarehouseSeed.run;
        long b;
        try (Connection c = WarehouseSeed.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO wh_run (status, aangevraagd_door, aangevraagd_op, klaar_op) VALUES ('KLAAR',"
                    + " 'it-vergelijk', NOW(3), NOW(3))");
            b = WarehouseSeed.one(s, "SELECT MAX(id) FROM wh_run WHERE aangevraagd_door = 'it-vergelijk'");
            s.executeUpdate("INSERT INTO wh_dim_gemeente SELECT " + b + ", gemeente_id, cbs_code, naam, geldig_van, geldig_tot,"
                    + " huidige_gemeente_id FROM wh_dim_gemeente WHERE run_id = " + a);
            // run b: Oss HV 2031 costs 650000 (a: 500000) with 12 clients; Bernheze BI gone; Oss BG new
            s.executeUpdate("INSERT INTO wh_indicator SELECT " + b + ", jaar, gemeente_id, aanbieder_id, productgroep_code, segment,"
                    + " 12, indicaties, instroom, uitstroom, gem_duur_dagen, 650000, kosten_per_client_cent, 4, 4, 1.0,"
                    + " huidige_gemeente_id FROM wh_indicator WHERE run_id = " + a + " AND jaar = 2031 AND productgroep_code = 'HV'");
            s.executeUpdate("INSERT INTO wh_indicator SELECT " + b + ", jaar, gemeente_id, aanbieder_id, 'BG', segment,"
                    + " 2, indicaties, instroom, uitstroom, gem_duur_dagen, 70000, kosten_per_client_cent, 0, 0, NULL,"
                    + " huidige_gemeente_id FROM wh_indicator WHERE run_id = " + a + " AND jaar = 2031 AND productgroep_code = 'HV'");
        }
        try {
            JsonArray rijen = controller.get("api/v1/warehouse/runs/vergelijking?a=" + a + "&b=" + b + "&jaar=2031")
                    .jsonValue().asJsonArray();
            // largest cost difference first: Bernheze BI -300000 (gone), Oss HV +150000, Oss BG +70000 (new)
            assertEquals(3, rijen.size(), rijen.toString());
            JsonObject bernheze = rijen.getJsonObject(0);
            assertEquals("Bernheze", bernheze.getString("gemeente"));
            assertEquals(300000, bernheze.getJsonNumber("kostenCentA").longValue());
            assertTrue(!bernheze.containsKey("kostenCentB") || bernheze.isNull("kostenCentB"), bernheze.toString());
            JsonObject oss = rijen.getJsonObject(1);
            assertEquals("Oss|HV|10|12|500000|650000|150000", oss.getString("gemeente") + "|" + oss.getString("productgroep") + "|"
                    + oss.getJsonNumber("clientenA") + "|" + oss.getJsonNumber("clientenB") + "|" + oss.getJsonNumber("kostenCentA")
                    + "|" + oss.getJsonNumber("kostenCentB") + "|" + oss.getJsonNumber("verschilKostenCent"));
            assertEquals("0.7500|1.0000", oss.getJsonNumber("aandeelDoelenA") + "|" + oss.getJsonNumber("aandeelDoelenB"));
            assertEquals("BG", rijen.getJsonObject(2).getString("productgroep"));
            // the runs listing says which runs still have results
            boolean gevonden = false;
            for (JsonValue v : controller.get("api/v1/warehouse/runs").jsonValue().asJsonArray()) {
                if (v.asJsonObject().getJsonNumber("id").longValue() == b) {
                    gevonden = v.asJsonObject().getBoolean("resultaten");
                }
            }
            assertTrue(gevonden, "run b has results");
            // the dashboard still reads the active run (the seed run a)
            assertEquals(2, controller.get("api/v1/warehouse/indicatoren?jaar=2031").jsonValue().asJsonArray().size());
            assertProblem(controller.get("api/v1/warehouse/runs/vergelijking?a=" + a), 400, "b");
            assertEquals(404, controller.get("api/v1/warehouse/runs/vergelijking?a=" + a + "&b=99999999").status());
            assertEquals(403, new Http(base).as("gemeente.oss").get("api/v1/warehouse/runs/vergelijking?a=" + a + "&b=" + b)
                    .status());
        } finally {
            try (Connection c = WarehouseSeed.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM wh_indicator WHERE run_id = " + b);
                s.executeUpdate("DELETE FROM wh_dim_gemeente WHERE run_id = " + b);
            }
        }
    }
}
