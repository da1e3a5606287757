package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.GemeenteApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The generator as the BEHEERDER's action, on the small preset (200 clients in the world's four
 * full years up to today): the same seed writes the same counts and amounts, another seed other ones.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratorApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    JsonObject run(Http beheerder, long seed) throws InterruptedException {
        Http.Response gestart = beheerder.post("api/v1/beheer/generator", "{\"preset\":\"klein\",\"seed\":" + seed + "}");
        assertEquals(202, gestart.status(), gestart.body());
        assertEquals("BEZIG", gestart.json().getString("toestand"));
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject status = beheerder.get("api/v1/beheer/generator").json();
            if (!status.getString("toestand").equals("BEZIG")) {
                assertEquals("KLAAR", status.getString("toestand"), status.toString());
                return status.getJsonObject("resultaat");
            }
            Thread.sleep(500);
        }
        throw new AssertionError("generator not done in time");
    }

    @Test
    void sameSeedSameCountsAndSumsAndOnlyTheBeheerderMayRunIt() throws Exception {
        Http anonymous = new Http(base);
        Http beheerder = anonymous.as("beheerder");
        for (String user : new String[] {"inkoop", "contractmanager", "toezichthouder", "controller", "gemeente.oss"}) {
            assertEquals(403, anonymous.as(user).post("api/v1/beheer/generator", "{\"preset\":\"klein\",\"seed\":1}").status(), user);
            assertEquals(403, anonymous.as(user).get("api/v1/beheer/generator").status(), user);
        }
        assertProblem(beheerder.post("api/v1/beheer/generator", "{\"preset\":\"heelland\",\"seed\":1}"), 400, "preset");
        long clientenVoor = beheerder.get("api/v1/clienten?size=1").json().getJsonNumber("total").longValue();

        JsonObject eerste = run(beheerder, 20_360_101L);
        JsonObject tweede = run(beheerder, 20_360_101L);
        JsonObject ander = run(beheerder, 99L);

        assertEquals(200, eerste.getInt("clienten"));
        assertTrue(eerste.getJsonNumber("indicaties").longValue() > 200, eerste.toString());
        assertTrue(eerste.getJsonNumber("declaratieRegels").longValue() > 2000, eerste.toString());
        assertTrue(eerste.getJsonNumber("doelen").longValue() > 0 && eerste.getJsonNumber("evaluaties").longValue() > 0);
        assertTrue(eerste.getJsonNumber("verlengingen").longValue() > 0 && eerste.getJsonNumber("beeindigd").longValue() > 0);
        for (String veld : new String[] {"clienten", "indicaties", "verlengingen", "beeindigd", "doelen", "evaluaties",
                "declaratieRegels", "bedragCent"}) {
            assertEquals(eerste.getJsonNumber(veld).longValue(), tweede.getJsonNumber(veld).longValue(), "same seed, same " + veld);
        }
        assertNotEquals(eerste.getJsonNumber("bedragCent").longValue(), ander.getJsonNumber("bedragCent").longValue(),
                "another seed, other amounts");
        assertEquals(clientenVoor + 600, beheerder.get("api/v1/clienten?size=1").json().getJsonNumber("total").longValue(),
                "three runs of 200 clients were written");

        // The written declarations are there, at the contract tariff: the provider view of the last full year adds up.
        JsonObject perAanbieder = anonymous.as("contractmanager").get("api/v1/declaraties/aanbieders?jaar=" + nl.wmoregio.shared.Wereld.nu().laatsteVolleJaar() + "&size=200").json();
        assertTrue(perAanbieder.getJsonNumber("total").longValue() > 0, perAanbieder.toString());
        assertTrue(perAanbieder.getJsonArray("items").getJsonObject(0).getJsonNumber("bedragCent").longValue() > 0);
    }
}
