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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Kwaliteitsmonitoring through the real stack, on providers and method names of its own (year 2038). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KwaliteitApiIT {

    static final AtomicInteger TELLER = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http cm;

    @BeforeEach
    void clients() {
        cm = new Http(base).as("contractmanager");
    }

    @Test
    void scoresCompareAcrossVersionsOnlyThroughAnExplicitMapping() throws Exception {
        String naam = "IT-methode " + TELLER.incrementAndGet();
        JsonObject v1 = created(cm.post("api/v1/kwaliteit/methoden", "{\"naam\":\"" + naam + "\",\"versie\":1,\"indicatoren\":["
                + indicator("PLAN", "Ondersteuningsplannen", 1, 4, 3, null) + ","
                + indicator("VOG", "Personeel", 0, 1, 1, null) + "]}"));
        long planV1 = v1.getJsonArray("indicatoren").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject v2 = created(cm.post("api/v1/kwaliteit/methoden", "{\"naam\":\"" + naam + "\",\"versie\":2,\"indicatoren\":["
                + indicator("PLAN2", "Ondersteuningsplannen", 1, 4, 3, planV1) + ","
                + indicator("KLACHT", "Klachtenregeling", 1, 4, 3, null) + "]}"));
        long x = aanbieder("Kwaliteit X");
        long y = aanbieder("Kwaliteit Y");
        long r1 = created(cm.post("api/v1/kwaliteit/rondes", ronde("Voorjaar 2038", v1, "2038-01-01", "2038-06-30", x, y))).getJsonNumber("id").longValue();
        long r2 = created(cm.post("api/v1/kwaliteit/rondes", ronde("Najaar 2038", v2, "2038-07-01", "2038-12-31", x))).getJsonNumber("id").longValue();
        JsonObject rv = cm.get("api/v1/kwaliteit/rondes/" + r1).json();
        assertEquals("SELECTIE", rv.getString("selectie"));
        assertEquals(2, rv.getInt("aanbieders"));

        scoor(r1, x, "[{\"indicatorCode\":\"PLAN\",\"score\":2,\"onderbouwing\":\"3 van 10 plannen zonder doelen\"},{\"indicatorCode\":\"VOG\",\"score\":1}]");
        scoor(r1, y, "[{\"indicatorCode\":\"PLAN\",\"score\":4},{\"indicatorCode\":\"VOG\",\"score\":0,\"onderbouwing\":\"2 VOG's ontbreken\"}]");
        scoor(r2, x, "[{\"indicatorCode\":\"PLAN2\",\"score\":3},{\"indicatorCode\":\"KLACHT\",\"score\":4}]");

        JsonObject trend = cm.get("api/v1/kwaliteit/aanbieders/" + x + "/trend").json();
        assertEquals(2, trend.getJsonArray("rondes").size(), trend.toString());
        JsonObject plan = trend.getJsonArray("reeksen").getJsonObject(0);
        assertEquals("PLAN2", plan.getString("code"));
        assertEquals(2, plan.getJsonArray("scores").getInt(0), "mapped PLAN2 -> PLAN: the v1 score counts");
        assertEquals(3, plan.getJsonArray("scores").getInt(1));
        JsonObject klacht = trend.getJsonArray("reeksen").getJsonObject(1);
        assertEquals(JsonValue.NULL, klacht.getJsonArray("scores").get(0), "no mapping: not comparable with round 1");
        assertFalse(klacht.getJsonArray("vergelijkbaar").getBoolean(0));
        assertTrue(klacht.getJsonArray("vergelijkbaar").getBoolean(1));

        JsonObject verdeling = cm.get("api/v1/kwaliteit/rondes/" + r1 + "/verdeling").json();
        JsonObject planVerdeling = verdeling.getJsonArray("indicatoren").getJsonObject(0);
        assertEquals("[0,1,0,1]", planVerdeling.getJsonArray("aantallen").toString());
        assertEquals(1, planVerdeling.getInt("onderNorm"));
        assertEquals(3.0, planVerdeling.getJsonNumber("gemiddelde").doubleValue(), 0.001);
        JsonArray onder = verdeling.getJsonArray("aanbiedersOnderNorm");
        assertEquals(2, onder.size(), onder.toString());
        assertProblem(cm.post("api/v1/kwaliteit/methoden", "{\"naam\":\"" + naam + "\",\"versie\":3,\"indicatoren\":["
                + indicator("X", "T", 1, 4, 3, 999_999_999L) + "]}"), 400, "indicatoren[0].gekoppeldAanId");
        assertProblem(cm.post("api/v1/kwaliteit/methoden", "{\"naam\":\"" + naam + "\",\"versie\":1,\"indicatoren\":["
                + indicator("X", "T", 1, 4, 3, null) + "]}"), 400, "versie");
        assertProblem(cm.post("api/v1/kwaliteit/methoden", "{\"naam\":\"" + naam + "\",\"versie\":4,\"indicatoren\":["
                + indicator("X", "T", 1, 4, 5, null) + "]}"), 400, "indicatoren[0].norm");
    }

    @Test
    void scoringChecksTheScaleTheVersionAndKeepsImprovementsOpenUntilDone() throws Exception {
        String naam = "IT-methode " + TELLER.incrementAndGet();
        JsonObject m = created(cm.post("api/v1/kwaliteit/methoden", "{\"naam\":\"" + naam + "\",\"versie\":1,\"indicatoren\":["
                + indicator("PLAN", "Ondersteuningsplannen", 1, 4, 3, null) + "]}"));
        long x = aanbieder("Kwaliteit Z");
        long r = created(cm.post("api/v1/kwaliteit/rondes", ronde("Scoren 2038", m, "2038-01-01", "2038-12-31", x))).getJsonNumber("id").longValue();
        String pad = "api/v1/kwaliteit/rondes/" + r + "/beoordelingen/" + x;
        Http.Response leeg = cm.get(pad);
        assertEquals(200, leeg.status(), leeg.body());
        assertProblem(cm.put(pad, null, "{\"scores\":[]}"), 428, "If-Match");
        assertProblem(cm.put(pad, leeg.header("ETag"), "{\"scores\":[{\"indicatorCode\":\"PLAN\",\"score\":5}]}"), 400, "scores[0].score");
        assertProblem(cm.put(pad, leeg.header("ETag"), "{\"scores\":[{\"indicatorCode\":\"NEE\",\"score\":2}]}"), 400, "scores[0].indicatorCode");
        Http.Response ok = cm.put(pad, leeg.header("ETag"), "{\"leerpunten\":\"Doelen SMART maken\",\"scores\":[{\"indicatorCode\":\"PLAN\",\"score\":2}]}");
        assertEquals(200, ok.status(), ok.body());
        assertEquals(1, ok.json().getInt("onderNorm"));
        assertProblem(cm.put(pad, leeg.header("ETag"), "{\"scores\":[{\"indicatorCode\":\"PLAN\",\"score\":3}]}"), 412, "If-Match");

        Http.Response verbetering = cm.post(pad + "/verbeteringen", "{\"omschrijving\":\"Alle plannen met SMART-doelen\",\"deadline\":\"2039-03-01\"}");
        assertEquals(201, verbetering.status(), verbetering.body());
        assertProblem(cm.post(pad + "/verbeteringen", "{\"omschrijving\":\"Zonder datum\"}"), 400, "deadline");
        assertEquals(1, cm.get("api/v1/kwaliteit/aanbieders/" + x + "/trend").json().getJsonArray("openVerbeteringen").size());
        long id = verbetering.json().getJsonNumber("id").longValue();
        Http.Response af = cm.postIfMatch("api/v1/kwaliteit/verbeteringen/" + id + "/afronding", verbetering.header("ETag"), "");
        assertEquals(200, af.status(), af.body());
        assertEquals(0, cm.get("api/v1/kwaliteit/aanbieders/" + x + "/trend").json().getJsonArray("openVerbeteringen").size());
        assertProblem(cm.post("api/v1/kwaliteit/rondes", "{\"naam\":\"x\",\"methodeId\":" + m.getJsonNumber("id")
                + ",\"van\":\"2038-02-01\",\"tot\":\"2038-01-01\"}"), 400, "tot");
    }

    @Test
    void contractManagersChangeTheBeheerderReadsOthersAreRefused() {
        Http beheerder = new Http(base).as("beheerder");
        assertEquals(200, beheerder.get("api/v1/kwaliteit/methoden").status());
        assertEquals(200, beheerder.get("api/v1/kwaliteit/rondes").status());
        Http.Response refused = beheerder.post("api/v1/kwaliteit/methoden", "{\"naam\":\"Mag niet\",\"versie\":1,\"indicatoren\":[]}");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        for (String user : new String[] {"inkoop", "toezichthouder", "controller", "gemeente.oss"}) {
            assertEquals(403, new Http(base).as(user).get("api/v1/kwaliteit/rondes").status(), user);
            assertEquals(403, new Http(base).as(user).post("api/v1/kwaliteit/rondes", "{}").status(), user);
        }
        assertEquals(401, new Http(base).get("api/v1/kwaliteit/methoden").status());
    }

    // ------------------------------------------------------------------ helpers

    private void scoor(long ronde, long aanbieder, String scores) {
        String pad = "api/v1/kwaliteit/rondes/" + ronde + "/beoordelingen/" + aanbieder;
        Http.Response huidig = cm.get(pad);
        Http.Response ok = cm.put(pad, huidig.header("ETag"), "{\"leerpunten\":\"\",\"scores\":" + scores + "}");
        assertEquals(200, ok.status(), ok.body());
    }

    private static JsonObject created(Http.Response response) {
        assertEquals(201, response.status(), response.body());
        return response.json();
    }

    private static String indicator(String code, String thema, int min, int max, int norm, Long gekoppeld) {
        return "{\"code\":\"" + code + "\",\"thema\":\"" + thema + "\",\"omschrijving\":\"" + code + " op orde\",\"schaalMin\":" + min
                + ",\"schaalMax\":" + max + ",\"norm\":" + norm + (gekoppeld == null ? "" : ",\"gekoppeldAanId\":" + gekoppeld) + "}";
    }

    private static String ronde(String naam, JsonObject methode, String van, String tot, long... aanbieders) {
        StringBuilder ids = new StringBuilder();
        for (long a : aanbieders) {
            ids.append(ids.length() == 0 ? "" : ",").append(a);
        }
        return "{\"naam\":\"" + naam + "\",\"methodeId\":" + methode.getJsonNumber("id") + ",\"van\":\"" + van + "\",\"tot\":\"" + tot
                + "\",\"aanbiederIds\":[" + ids + "]}";
    }

    static long aanbieder(String naam) throws Exception {
        try (Connection db = CeoApiIT.db(); Statement s = db.createStatement()) {
            String kvk = String.format("6%07d", TELLER.incrementAndGet() % 10_000_000);
            s.executeUpdate("insert into aanbieder (naam, kvk_nummer, status, aangemaakt_op, gewijzigd_op) values ('" + naam + " " + kvk
                    + "', '" + kvk + "', 'ACTIEF', now(), now())", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
