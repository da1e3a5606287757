package nl.wmoregio.web.it;

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
 * Issue 16 M2, M3 and L15 through the REST API: a client who moves (verhuizing) from Oss to
 * Bernheze. The indicatie stays with the gemeente that issued and pays it; registering a BSN that
 * another gemeente knows answers like a new client (no oracle) and is audited; refused
 * cross-gemeente access leaves a GEWEIGERD audit row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerhuizingApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http beheerder;
    Http oss;
    Http bernheze;

    @BeforeEach
    void clients() {
        Http anonymous = new Http(base);
        beheerder = anonymous.as("beheerder");
        oss = anonymous.as("gemeente.oss");
        bernheze = anonymous.as("gemeente.bernheze");
    }

    @Test
    void afterAMoveTheIndicatieStaysWithTheGemeenteThatIssuedIt() throws Exception {
        long bernhezeId = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM1721'");
        Http.Response created = oss.post("api/v1/clienten", "{\"bsn\":\"" + ToegangApiIT.nieuwBsn() + "\",\"geboortejaar\":1950,\"segment\":\"3\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        JsonObject demo = oss.get("api/v1/clienten?size=1&sort=id").json().getJsonArray("items").getJsonObject(0);
        JsonObject voorbeeld = oss.get("api/v1/clienten/" + demo.getJsonNumber("id").longValue()).json()
                .getJsonArray("indicaties").getJsonObject(0);
        String product = voorbeeld.getString("productCode");
        String indicatieJson = "{\"productCode\":\"" + product + "\",\"categorie\":" + (product.startsWith("02B") ? "\"A\"" : "null")
                + ",\"aanbiederId\":" + voorbeeld.getJsonNumber("aanbiederId") + ",\"van\":\"" + voorbeeld.getString("van")
                + "\",\"tot\":\"" + voorbeeld.getString("tot") + "\",\"volume\":4}";
        Http.Response indicatie = oss.post("api/v1/clienten/" + id + "/indicaties", indicatieJson);
        assertEquals(201, indicatie.status(), indicatie.body());
        long indicatieId = indicatie.json().getJsonNumber("id").longValue();
        String indicatieTag = indicatie.header("ETag");

        // the beheerder records the move (Oss -> Bernheze)
        Http.Response moved = beheerder.put("api/v1/clienten/" + id, beheerder.get("api/v1/clienten/" + id).header("ETag"),
                "{\"geboortejaar\":1950,\"segment\":\"3\",\"gemeenteId\":" + bernhezeId + "}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_entry WHERE entiteit = 'Client' AND entiteit_id = ? AND actie = 'VERHUISD'",
                String.valueOf(id)));

        // the new gemeente reads the client but not the old gemeente's indicatie, and cannot change or end it
        Http.Response nieuw = bernheze.get("api/v1/clienten/" + id);
        assertEquals(200, nieuw.status(), nieuw.body());
        assertEquals(0, nieuw.json().getJsonArray("indicaties").size(), nieuw.body());
        long geweigerdVoor = Database.number("SELECT COUNT(*) FROM audit_entry WHERE actie = 'GEWEIGERD' AND actor = 'gemeente.bernheze'"
                + " AND entiteit = 'Indicatie' AND entiteit_id = ?", String.valueOf(indicatieId));
        assertEquals(403, bernheze.put("api/v1/indicaties/" + indicatieId, indicatieTag, indicatieJson).status());
        assertEquals(403, bernheze.postIfMatch("api/v1/indicaties/" + indicatieId + "/beeindiging", indicatieTag,
                "{\"stopZorg\":\"" + voorbeeld.getString("van") + "\",\"redenEinde\":\"DOEL_BEREIKT\"}").status());
        assertEquals(403, bernheze.post("api/v1/indicaties/" + indicatieId + "/doelen",
                "{\"leefgebied\":\"huishouden\",\"omschrijving\":\"x\"}").status());
        // L15: each refusal is recorded (in its own transaction)
        assertEquals(geweigerdVoor + 3, Database.number("SELECT COUNT(*) FROM audit_entry WHERE actie = 'GEWEIGERD'"
                + " AND actor = 'gemeente.bernheze' AND entiteit = 'Indicatie' AND entiteit_id = ?", String.valueOf(indicatieId)));

        // the old gemeente, which still pays, keeps reading and working on its indicatie
        Http.Response oud = oss.get("api/v1/clienten/" + id);
        assertEquals(200, oud.status(), oud.body());
        JsonArray indicaties = oud.json().getJsonArray("indicaties");
        assertEquals(1, indicaties.size(), oud.body());
        assertEquals(indicatieId, indicaties.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(201, oss.post("api/v1/indicaties/" + indicatieId + "/doelen",
                "{\"leefgebied\":\"huishouden\",\"omschrijving\":\"Zelf de was doen\"}").status());
        // but may not change the client record of a resident of Bernheze
        assertEquals(403, oss.put("api/v1/clienten/" + id, oud.header("ETag"), "{\"geboortejaar\":1950,\"segment\":\"3\"}").status());
    }

    @Test
    void aBsnKnownInAnotherGemeenteGetsNoBsnExistsAnswerAndTheAttemptIsLogged() throws Exception {
        String bsn = ToegangApiIT.nieuwBsn();
        Http.Response inOss = oss.post("api/v1/clienten", "{\"bsn\":\"" + bsn + "\",\"geboortejaar\":1950,\"segment\":\"3\"}");
        assertEquals(201, inOss.status(), inOss.body());
        long id = inOss.json().getJsonNumber("id").longValue();
        String pseudoniem = inOss.json().getString("pseudoniem");
        // a BSN nobody knows and a BSN Oss knows look the same to Bernheze
        Http.Response onbekend = bernheze.post("api/v1/clienten", "{\"bsn\":\"" + ToegangApiIT.nieuwBsn() + "\",\"geboortejaar\":1960,\"segment\":\"2\"}");
        Http.Response bekend = bernheze.post("api/v1/clienten", "{\"bsn\":\"" + bsn + "\",\"geboortejaar\":1960,\"segment\":\"2\"}");
        assertEquals(201, onbekend.status(), onbekend.body());
        assertEquals(201, bekend.status(), bekend.body());
        assertFalse(bekend.body().contains("BSN_BESTAAT"), bekend.body());
        assertEquals(onbekend.json().keySet(), bekend.json().keySet());
        assertEquals(0, bekend.json().getInt("aantalIndicaties"));
        // the move is audited and in the access log of the client
        assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_entry WHERE entiteit = 'Client' AND entiteit_id = ? AND actie = 'VERHUISD'"
                + " AND actor = 'gemeente.bernheze'", String.valueOf(id)));
        assertTrue(Database.number("SELECT COUNT(*) FROM client_inzage WHERE pseudoniem = ? AND gebruiker = 'gemeente.bernheze'"
                + " AND actie = 'AANMAKEN'", pseudoniem) >= 1);
        // within the own gemeente a duplicate is still refused (no oracle: the gemeente can search its own residents)
        Http.Response dubbel = bernheze.post("api/v1/clienten", "{\"bsn\":\"" + bsn + "\",\"geboortejaar\":1960,\"segment\":\"2\"}");
        assertEquals(400, dubbel.status(), dubbel.body());
        assertEquals("BSN_BESTAAT", dubbel.json().getString("code"));
    }

    @Test
    void aRefusedReadOfAnotherGemeentesClientIsRecorded() throws Exception {
        Http.Response inOss = oss.post("api/v1/clienten", "{\"bsn\":\"" + ToegangApiIT.nieuwBsn() + "\",\"geboortejaar\":1950,\"segment\":\"3\"}");
        long id = inOss.json().getJsonNumber("id").longValue();
        assertEquals(403, bernheze.get("api/v1/clienten/" + id).status());
        assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_entry WHERE entiteit = 'Client' AND entiteit_id = ? AND actie = 'GEWEIGERD'"
                + " AND actor = 'gemeente.bernheze'", String.valueOf(id)));
    }
}
