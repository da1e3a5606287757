package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.GemeenteApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.security.SecureRandom;
import nl.wmoregio.toegang.boundary.Bsn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clients through the REST API: 11-proef, encrypted and masked BSN, access per role and gemeente,
 * the stated reason of the toezichthouder, the access log on every read, versions on edits.
 * Each test creates its own clients with fresh synthetic BSNs (3,000,000+ range).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ToegangApiIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http anonymous;
    Http beheerder;
    Http oss;
    Http bernheze;

    @BeforeEach
    void clients() {
        anonymous = new Http(base);
        beheerder = anonymous.as("beheerder");
        oss = anonymous.as("gemeente.oss");
        bernheze = anonymous.as("gemeente.bernheze");
    }

    static String nieuwBsn() {
        return Bsn.synthetisch(3_000_000 + RANDOM.nextInt(6_999_999));
    }

    long gemeenteId(String cbs) {
        JsonArray items = beheerder.get("api/v1/gemeenten?size=200").json().getJsonArray("items");
        return items.stream().map(JsonObject.class::cast).filter(g -> g.getString("cbsCode").equals(cbs))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A client of Oss created by gemeente.oss; returns the created JSON. */
    JsonObject ossClient(String bsn) {
        Http.Response created = oss.post("api/v1/clienten", "{\"bsn\":\"" + bsn + "\",\"geboortejaar\":1950,\"segment\":\"3\"}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    @Test
    void bsnFailingTheElevenTestIsRefusedWithCs002OnTheField() {
        Http.Response refused = oss.post("api/v1/clienten", "{\"bsn\":\"123456789\",\"geboortejaar\":1950,\"segment\":\"3\"}");
        assertProblem(refused, 400, "bsn");
        assertEquals("CS002", refused.json().getString("code"));
        assertFalse(refused.body().contains("123456789"), "the number is not echoed");
        assertProblem(oss.post("api/v1/clienten/zoeken", "{\"bsn\":\"111222334\"}"), 400, "bsn");
        assertProblem(oss.post("api/v1/clienten", "{\"geboortejaar\":1950,\"segment\":\"3\"}"), 400, "bsn");
        assertProblem(oss.post("api/v1/clienten", "{\"bsn\":\"" + nieuwBsn() + "\",\"geboortejaar\":1950,\"segment\":\"9\"}"), 400, "segment");
    }

    @Test
    void createdClientIsFoundByExactBsnAndShownMasked() {
        String bsn = nieuwBsn();
        JsonObject client = ossClient(bsn);
        assertEquals("******" + bsn.substring(6), client.getString("bsnGemaskeerd"));
        assertEquals(64, client.getString("pseudoniem").length());
        assertFalse(client.toString().contains(bsn), "the full BSN never leaves the service");
        assertEquals(gemeenteId("GM0828"), client.getJsonNumber("gemeenteId").longValue(), "GEMEENTE user: own gemeente");
        assertProblem(oss.post("api/v1/clienten", "{\"bsn\":\"" + bsn + "\",\"geboortejaar\":1950,\"segment\":\"3\"}"), 400, "bsn");

        Http.Response gevonden = oss.post("api/v1/clienten/zoeken", "{\"bsn\":\"" + bsn.substring(0, 3) + " " + bsn.substring(3) + "\"}");
        assertEquals(200, gevonden.status(), gevonden.body());
        JsonArray hits = gevonden.jsonValue().asJsonArray();
        assertEquals(1, hits.size());
        assertEquals(client.getJsonNumber("id").longValue(), hits.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("******" + bsn.substring(6), hits.getJsonObject(0).getString("bsnGemaskeerd"));
        assertFalse(gevonden.body().contains(bsn));

        JsonArray viaPseudoniem = beheerder.post("api/v1/clienten/zoeken",
                "{\"pseudoniem\":\"" + client.getString("pseudoniem") + "\"}").jsonValue().asJsonArray();
        assertEquals(1, viaPseudoniem.size());
        assertEquals(0, oss.post("api/v1/clienten/zoeken", "{\"bsn\":\"" + nieuwBsn() + "\"}").jsonValue().asJsonArray().size(),
                "an unknown BSN finds nothing");

        JsonObject lijst = oss.get("api/v1/clienten?size=5").json();
        assertTrue(lijst.getInt("total") > 0);
        lijst.getJsonArray("items").stream().map(JsonObject.class::cast).forEach(c -> {
            assertTrue(!c.containsKey("bsnGemaskeerd") || c.isNull("bsnGemaskeerd"), "lists carry no BSN, not even masked: " + c);
            assertEquals(gemeenteId("GM0828"), c.getJsonNumber("gemeenteId").longValue());
        });
    }

    @Test
    void anotherGemeenteCannotReadTheClientByIdSearchOrListFilter() {
        String bsn = nieuwBsn();
        long id = ossClient(bsn).getJsonNumber("id").longValue();
        long ossGemeente = gemeenteId("GM0828");
        long bernhezeGemeente = gemeenteId("GM1721");

        assertEquals(403, bernheze.get("api/v1/clienten/" + id).status());
        assertEquals(0, bernheze.post("api/v1/clienten/zoeken", "{\"bsn\":\"" + bsn + "\"}").jsonValue().asJsonArray().size(),
                "Bernheze's search does not find an Oss client");
        assertEquals(403, bernheze.get("api/v1/clienten?gemeenteId=" + ossGemeente).status());
        JsonObject eigen = bernheze.get("api/v1/clienten?size=50").json();
        assertTrue(eigen.getInt("total") > 0);
        assertTrue(eigen.getJsonArray("items").stream().map(JsonObject.class::cast)
                .allMatch(c -> c.getJsonNumber("gemeenteId").longValue() == bernhezeGemeente), "only Bernheze clients");
        assertTrue(eigen.getInt("total") < beheerder.get("api/v1/clienten?size=1").json().getInt("total"));
        Http.Response etag = oss.get("api/v1/clienten/" + id);
        assertEquals(403, bernheze.put("api/v1/clienten/" + id, etag.header("ETag"),
                "{\"geboortejaar\":1951,\"segment\":\"3\"}").status());
        assertEquals(403, bernheze.post("api/v1/clienten/" + id + "/indicaties", "{}").status());
        assertEquals(200, oss.get("api/v1/clienten/" + id).status());
    }

    @Test
    void contractmanagerInkoopAndControllerSeeNoClientIdentity() {
        long id = ossClient(nieuwBsn()).getJsonNumber("id").longValue();
        for (String user : new String[] {"contractmanager", "inkoop", "controller"}) {
            Http as = anonymous.as(user);
            assertEquals(403, as.get("api/v1/clienten").status(), user);
            assertEquals(403, as.get("api/v1/clienten/" + id).status(), user);
            assertEquals(403, as.post("api/v1/clienten/zoeken", "{\"bsn\":\"111222333\"}").status(), user);
            assertEquals(403, as.get("api/v1/clienten/" + id + "/inzage").status(), user);
        }
        Http.Response perAanbieder = anonymous.as("contractmanager").get("api/v1/declaraties/aanbieders?jaar=" + nl.wmoregio.shared.Wereld.nu().laatsteVolleJaar() + "&size=50");
        assertEquals(200, perAanbieder.status(), perAanbieder.body());
        perAanbieder.json().getJsonArray("items").stream().map(JsonObject.class::cast).forEach(r -> {
            assertTrue(r.containsKey("aanbiederNaam") && r.containsKey("bedragCent") && r.containsKey("clienten"));
            assertFalse(r.containsKey("bsnGemaskeerd") || r.containsKey("pseudoniem") || r.containsKey("clientId"), r.toString());
        });
        assertProblem(anonymous.as("contractmanager").get("api/v1/declaraties/aanbieders"), 400, "jaar");
        assertEquals(403, anonymous.as("toezichthouder").get("api/v1/declaraties/aanbieders?jaar=2022").status());
        assertEquals(401, anonymous.get("api/v1/clienten").status());
    }

    @Test
    void toezichthouderOpensAClientOnlyWithAStatedReason() {
        String bsn = nieuwBsn();
        JsonObject client = ossClient(bsn);
        long id = client.getJsonNumber("id").longValue();
        Http toezicht = anonymous.as("toezichthouder");
        // issue 16 M1: toezicht opens only clients named in a melding or onderzoek of the organisation (here: in triage)
        Http.Response melding = toezicht.post("api/v1/toezicht/meldingen", "{\"bron\":\"CONSULENT\",\"soort\":\"KLACHT\",\"aanbiederId\":"
                + toezichtAanbieder() + ",\"gemeenteId\":" + client.getJsonNumber("gemeenteId") + ",\"gebeurtenisDatum\":\""
                + java.time.LocalDate.now() + "\",\"melddatum\":\"" + java.time.LocalDate.now() + "\",\"clientPseudoniem\":\""
                + client.getString("pseudoniem") + "\",\"omschrijving\":\"Signaal over de zorg aan deze cliënt\"}");
        assertEquals(201, melding.status(), melding.body());
        assertProblem(toezicht.get("api/v1/clienten/" + id), 400, "reden");
        assertProblem(toezicht.get("api/v1/clienten/" + id + "?reden=%20"), 400, "reden");
        assertProblem(toezicht.post("api/v1/clienten/zoeken", "{\"bsn\":\"" + bsn + "\"}"), 400, "reden");
        Http.Response met = toezicht.get("api/v1/clienten/" + id + "?reden=Onderzoek%20T-2023-17%20signaal%20zorgfraude");
        assertEquals(200, met.status(), met.body());
        assertEquals("******" + bsn.substring(6), met.json().getJsonObject("client").getString("bsnGemaskeerd"));
        assertEquals(1, toezicht.post("api/v1/clienten/zoeken", "{\"bsn\":\"" + bsn + "\",\"reden\":\"Onderzoek T-2023-17\"}")
                .jsonValue().asJsonArray().size());
        assertEquals(403, toezicht.get("api/v1/clienten").status(), "no browsing the list");
        assertEquals(403, toezicht.post("api/v1/clienten", "{\"bsn\":\"" + nieuwBsn() + "\",\"geboortejaar\":1950,\"segment\":\"3\"}").status());

        JsonArray log = beheerder.get("api/v1/clienten/" + id + "/inzage").jsonValue().asJsonArray();
        assertTrue(log.stream().map(JsonObject.class::cast).anyMatch(r -> r.getString("gebruiker").equals("toezichthouder")
                && r.getString("rol").equals("TOEZICHTHOUDER") && r.getString("actie").equals("LEZEN")
                && r.getString("doel").equals("Onderzoek T-2023-17 signaal zorgfraude")), log.toString());
        assertTrue(log.stream().map(JsonObject.class::cast).noneMatch(r -> r.getString("actie").equals("LEZEN")
                && r.getString("gebruiker").equals("toezichthouder") && r.getString("doel").isBlank()));
    }

    long toezichtAanbieder() {
        return beheerder.get("api/v1/aanbieders?size=1").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void everyReadOfAClientWritesAnAccessLogRowThatCannotBeChanged() {
        String bsn = nieuwBsn();
        JsonObject client = ossClient(bsn);
        long id = client.getJsonNumber("id").longValue();
        int voor = beheerder.get("api/v1/clienten/" + id + "/inzage").jsonValue().asJsonArray().size();
        assertEquals(2, voor, "AANMAKEN + this EXPORT");

        assertEquals(200, oss.get("api/v1/clienten/" + id).status());
        assertEquals(200, oss.get("api/v1/clienten/" + id).status());
        assertEquals(1, oss.post("api/v1/clienten/zoeken", "{\"bsn\":\"" + bsn + "\"}").jsonValue().asJsonArray().size());
        assertEquals(200, beheerder.get("api/v1/clienten/" + id).status());
        // The list shows pseudonymous client data: every client on the page is logged as LIJST (issue 8).
        assertEquals(1, oss.get("api/v1/clienten?size=5&pseudoniem=" + client.getString("pseudoniem")).json().getJsonArray("items").size());

        JsonArray na = beheerder.get("api/v1/clienten/" + id + "/inzage").jsonValue().asJsonArray();
        assertEquals(voor + 5 + 1, na.size(), na.toString());
        JsonObject laatste = na.getJsonObject(0);
        assertEquals("EXPORT", laatste.getString("actie"));
        assertEquals("beheerder", laatste.getString("gebruiker"));
        assertEquals("LIJST", na.getJsonObject(1).getString("actie"));
        assertEquals("gemeente.oss", na.getJsonObject(1).getString("gebruiker"));
        assertEquals("LEZEN", na.getJsonObject(2).getString("actie"));
        assertEquals("beheerder", na.getJsonObject(2).getString("gebruiker"));
        assertEquals("ZOEKEN", na.getJsonObject(3).getString("actie"));
        assertEquals("gemeente.oss", na.getJsonObject(3).getString("gebruiker"));
        assertEquals("GEMEENTE", na.getJsonObject(3).getString("rol"));
        assertFalse(na.toString().contains(bsn), "the log holds no BSN");

        assertEquals(405, beheerder.put("api/v1/clienten/" + id + "/inzage", "\"1\"", "[]").status(), "no update path");
        assertEquals(405, beheerder.post("api/v1/clienten/" + id + "/inzage", "[]").status(), "no write path");
        assertEquals(403, oss.get("api/v1/clienten/" + id + "/inzage").status(), "only the BEHEERDER exports the log");
        assertEquals(404, beheerder.get("api/v1/clienten/987654321").status());
    }

    @Test
    void editsNeedTheCurrentVersionAndTheTrajectplanIsKept() {
        long id = ossClient(nieuwBsn()).getJsonNumber("id").longValue();
        Http.Response gelezen = oss.get("api/v1/clienten/" + id);
        String etag = gelezen.header("ETag");
        assertProblem(oss.put("api/v1/clienten/" + id, null, "{\"geboortejaar\":1951,\"segment\":\"3\"}"), 428, "If-Match");
        Http.Response gewijzigd = oss.put("api/v1/clienten/" + id, etag, "{\"geboortejaar\":1951,\"segment\":\"2\"}");
        assertEquals(200, gewijzigd.status(), gewijzigd.body());
        assertNotEquals(etag, gewijzigd.header("ETag"));
        assertProblem(oss.put("api/v1/clienten/" + id, etag, "{\"geboortejaar\":1952,\"segment\":\"3\"}"), 412, "If-Match");
        assertEquals(1951, oss.get("api/v1/clienten/" + id).json().getJsonObject("client").getInt("geboortejaar"));

        // An indicatie with a product and provider that hold a contract: copy them from a demo client of Oss.
        JsonObject demo = oss.get("api/v1/clienten?size=1&sort=id").json().getJsonArray("items").getJsonObject(0);
        JsonObject voorbeeld = oss.get("api/v1/clienten/" + demo.getJsonNumber("id").longValue()).json()
                .getJsonArray("indicaties").getJsonObject(0);
        String product = voorbeeld.getString("productCode");
        String categorie = product.startsWith("02B") ? "\"A\"" : "null";
        String van = voorbeeld.getString("van");
        String indicatieJson = "{\"productCode\":\"" + product + "\",\"categorie\":" + categorie + ",\"aanbiederId\":"
                + voorbeeld.getJsonNumber("aanbiederId") + ",\"van\":\"" + van + "\",\"tot\":\"" + voorbeeld.getString("tot")
                + "\",\"volume\":4}";
        assertProblem(oss.post("api/v1/clienten/" + id + "/indicaties", indicatieJson.replace("\"volume\":4", "\"volume\":0")), 400, "volume");
        assertProblem(oss.post("api/v1/clienten/" + id + "/indicaties", indicatieJson.replace(product, "ZZZZ")), 400, "productCode");
        Http.Response indicatie = oss.post("api/v1/clienten/" + id + "/indicaties", indicatieJson);
        assertEquals(201, indicatie.status(), indicatie.body());
        long indicatieId = indicatie.json().getJsonNumber("id").longValue();
        String indicatieTag = indicatie.header("ETag");

        Http.Response doel = oss.post("api/v1/indicaties/" + indicatieId + "/doelen",
                "{\"leefgebied\":\"huishouden\",\"omschrijving\":\"Zelf de was doen\",\"beoogdResultaat\":\"Wekelijks zonder hulp\"}");
        assertEquals(201, doel.status(), doel.body());
        assertEquals("HUISHOUDEN", doel.json().getString("leefgebied"));
        assertProblem(oss.post("api/v1/indicaties/" + indicatieId + "/doelen", "{\"leefgebied\":\"MAAN\",\"omschrijving\":\"x\"}"), 400, "leefgebied");
        long doelId = doel.json().getJsonNumber("id").longValue();
        Http.Response evaluatie = oss.post("api/v1/doelen/" + doelId + "/evaluaties",
                "{\"datum\":\"" + van + "\",\"uitkomst\":\"DEELS\",\"toelichting\":\"Met hulp van de buurvrouw\"}");
        assertEquals(201, evaluatie.status(), evaluatie.body());
        assertEquals("DEELS", evaluatie.json().getJsonArray("evaluaties").getJsonObject(0).getString("uitkomst"));
        assertProblem(oss.post("api/v1/doelen/" + doelId + "/evaluaties", "{\"datum\":\"" + van + "\",\"uitkomst\":\"PRIMA\"}"), 400, "uitkomst");

        Http.Response einde = oss.postIfMatch("api/v1/indicaties/" + indicatieId + "/beeindiging", indicatieTag,
                "{\"stopZorg\":\"" + van + "\",\"redenEinde\":\"DOEL_BEREIKT\"}");
        assertEquals(200, einde.status(), einde.body());
        assertEquals("DOEL_BEREIKT", einde.json().getString("redenEinde"));
        assertProblem(oss.postIfMatch("api/v1/indicaties/" + indicatieId + "/beeindiging", indicatieTag,
                "{\"stopZorg\":\"" + van + "\",\"redenEinde\":\"WLZ\"}"), 412, "If-Match");
        assertProblem(oss.put("api/v1/indicaties/" + indicatieId, indicatieTag, indicatieJson), 412, "If-Match");

        // A renewal points at the indicatie it continues.
        String verlenging = indicatieJson.replace("\"van\":\"" + van + "\"", "\"van\":\"" + java.time.LocalDate.parse(van).plusMonths(1) + "\"")
                .replace("}", ",\"vorigeId\":" + indicatieId + "}");
        Http.Response vervolg = oss.post("api/v1/clienten/" + id + "/indicaties", verlenging);
        assertEquals(201, vervolg.status(), vervolg.body());
        assertEquals(indicatieId, vervolg.json().getJsonNumber("vorigeId").longValue());

        JsonObject pagina = oss.get("api/v1/clienten/" + id).json();
        JsonArray indicaties = pagina.getJsonArray("indicaties");
        assertEquals(2, indicaties.size());
        JsonObject eerste = indicaties.stream().map(JsonObject.class::cast)
                .filter(i -> i.getJsonNumber("id").longValue() == indicatieId).findFirst().orElseThrow();
        assertEquals(1, eerste.getJsonArray("doelen").size());
        assertEquals(1, eerste.getJsonArray("doelen").getJsonObject(0).getJsonArray("evaluaties").size());
        assertEquals(2, pagina.getJsonObject("client").getInt("aantalIndicaties"));
        assertNull(pagina.getJsonObject("client").get("bsn"), "no full BSN field");
    }
}
