package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * The REST API through the real stack: Payara Micro, the WAR as built, MariaDB with Flyway's
 * schema and the demo data (region BNO-O).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GemeenteApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http anonymous;
    Http beheerder;
    Http gemeenteOss;

    @BeforeEach
    void clients() {
        anonymous = new Http(base);
        beheerder = anonymous.as("beheerder");
        gemeenteOss = anonymous.as("gemeente.oss");
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsProblemJson() {
        Http.Response response = anonymous.get("api/v1/gemeenten");
        assertEquals(401, response.status());
        assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response.header("Content-Type"));
        assertTrue(response.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, response.json().getInt("status"));
        assertEquals(401, anonymous.as("beheerder-bestaat-niet").get("api/v1/gemeenten").status());
    }

    @Test
    void listsTheDemoRegionsGemeentenWithPagingAndSorting() {
        Http.Response all = beheerder.get("api/v1/gemeenten?size=200&sort=cbsCode");
        assertEquals(200, all.status(), all.body());
        JsonObject page = all.json();
        assertTrue(page.getInt("total") >= 13, "BNO-O has 13 gemeenten incl. merged ones: " + page);
        JsonArray items = page.getJsonArray("items");
        assertTrue(items.stream().map(JsonObject.class::cast).anyMatch(g -> g.getString("cbsCode").equals("GM0828")
                && g.getString("naam").equals("Oss")));
        JsonObject boxmeer = items.stream().map(JsonObject.class::cast)
                .filter(g -> g.getString("cbsCode").equals("GM0756")).findFirst().orElseThrow();
        assertEquals("2021-12-31", boxmeer.getString("geldigTot"));
        assertEquals("GM1982", boxmeer.getString("opgevolgdDoorCbsCode"));

        JsonObject firstPage = beheerder.get("api/v1/gemeenten?size=5&page=0&sort=-naam").json();
        assertEquals(5, firstPage.getJsonArray("items").size());
        assertEquals(page.getInt("total"), firstPage.getInt("total"));
        String first = firstPage.getJsonArray("items").getJsonObject(0).getString("naam");
        String second = firstPage.getJsonArray("items").getJsonObject(1).getString("naam");
        assertTrue(first.compareToIgnoreCase(second) >= 0, "descending by name: " + first + ", " + second);

        JsonObject active = beheerder.get("api/v1/gemeenten?actiefOp=2023-06-01&size=200").json();
        assertTrue(active.getJsonArray("items").stream().map(JsonObject.class::cast)
                .noneMatch(g -> g.getString("cbsCode").equals("GM0756")), "Boxmeer no longer exists in 2023");
    }

    @Test
    void badListParametersAreProblemsNamingTheParameter() {
        assertProblem(beheerder.get("api/v1/gemeenten?sort=wachtwoord"), 400, "sort");
        assertProblem(beheerder.get("api/v1/gemeenten?size=0"), 400, "size");
        assertProblem(beheerder.get("api/v1/gemeenten?size=abc"), 400, "size");
        assertProblem(beheerder.get("api/v1/gemeenten?actiefOp=morgen"), 400, "actiefOp");
    }

    @Test
    void everyRoleReadsButOnlyTheBeheerderChanges() {
        for (String user : new String[] {"inkoop", "contractmanager", "toezichthouder", "controller", "gemeente.oss"}) {
            assertEquals(200, anonymous.as(user).get("api/v1/gemeenten").status(), user + " may read");
            Http.Response refused = anonymous.as(user).post("api/v1/gemeenten",
                    "{\"cbsCode\":\"GM9800\",\"naam\":\"Mag niet\",\"geldigVan\":\"2024-01-01\"}");
            assertEquals(403, refused.status(), user + " may not create: " + refused);
            assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        }
        long ossId = idOf("GM0828");
        Http.Response oss = gemeenteOss.get("api/v1/gemeenten/" + ossId);
        Http.Response edit = gemeenteOss.put("api/v1/gemeenten/" + ossId, oss.header("ETag"),
                "{\"cbsCode\":\"GM0828\",\"naam\":\"Oss gekaapt\",\"geldigVan\":\"2020-01-01\"}");
        assertEquals(403, edit.status(), edit.body());
        assertEquals("Oss", beheerder.get("api/v1/gemeenten/" + ossId).json().getJsonObject("gemeente").getString("naam"));
        assertEquals(0, beheerder.get("api/v1/gemeenten?naam=Mag%20niet").json().getInt("total"));
    }

    @Test
    void createThenUpdateWithETagsAndAStaleETagGets412() {
        Http.Response created = beheerder.post("api/v1/gemeenten",
                "{\"cbsCode\":\"gm9001\",\"naam\":\"Testgemeente Noord\",\"geldigVan\":\"2024-01-01\"}");
        assertEquals(201, created.status(), created.body());
        assertNotNull(created.header("Location"));
        JsonObject gemeente = created.json().getJsonObject("gemeente");
        assertEquals("GM9001", gemeente.getString("cbsCode"), "CBS code is normalised");
        long id = gemeente.getJsonNumber("id").longValue();
        String etag = beheerder.get("api/v1/gemeenten/" + id).header("ETag");
        assertNotNull(etag);

        Http.Response missing = beheerder.put("api/v1/gemeenten/" + id, null,
                "{\"cbsCode\":\"GM9001\",\"naam\":\"Zonder If-Match\",\"geldigVan\":\"2024-01-01\"}");
        assertProblem(missing, 428, "If-Match");

        Http.Response updated = beheerder.put("api/v1/gemeenten/" + id, etag,
                "{\"cbsCode\":\"GM9001\",\"naam\":\"Testgemeente Zuid\",\"geldigVan\":\"2024-01-01\"}");
        assertEquals(200, updated.status(), updated.body());
        assertNotEquals(etag, updated.header("ETag"));

        Http.Response stale = beheerder.put("api/v1/gemeenten/" + id, etag,
                "{\"cbsCode\":\"GM9001\",\"naam\":\"Oude versie\",\"geldigVan\":\"2024-01-01\"}");
        assertProblem(stale, 412, "If-Match");
        assertEquals("Testgemeente Zuid", beheerder.get("api/v1/gemeenten/" + id).json()
                .getJsonObject("gemeente").getString("naam"), "the stale edit changed nothing");

        JsonArray history = beheerder.get("api/v1/gemeenten/" + id + "/historie").jsonValue().asJsonArray();
        assertEquals(2, history.size(), history.toString());
        assertEquals("GEWIJZIGD", history.getJsonObject(0).getString("actie"));
        assertEquals("beheerder", history.getJsonObject(0).getString("actor"));
    }

    @Test
    void invalidInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        assertProblem(beheerder.post("api/v1/gemeenten", "{\"cbsCode\":\"0828\",\"naam\":\"Fout\",\"geldigVan\":\"2024-01-01\"}"),
                400, "cbsCode");
        assertProblem(beheerder.post("api/v1/gemeenten", "{\"cbsCode\":\"GM9002\",\"naam\":\"\",\"geldigVan\":\"2024-01-01\"}"),
                400, "naam");
        assertProblem(beheerder.post("api/v1/gemeenten", "{\"cbsCode\":\"GM9002\",\"naam\":\"Zonder datum\"}"),
                400, "geldigVan");
        assertProblem(beheerder.post("api/v1/gemeenten", "{\"cbsCode\":\"GM0828\",\"naam\":\"Dubbel\",\"geldigVan\":\"2024-01-01\"}"),
                400, "cbsCode");
        Http.Response unreadable = beheerder.post("api/v1/gemeenten", "{\"cbsCode\":\"GM9002\",\"geldigVan\":\"1 januari\"}");
        assertEquals(400, unreadable.status(), unreadable.body());
        assertTrue(unreadable.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(!unreadable.body().contains("Exception") && !unreadable.body().contains("at nl."), "no stack trace");
        assertEquals(400, beheerder.post("api/v1/gemeenten", "{niet eens json").status());
        assertEquals(0, beheerder.get("api/v1/gemeenten?naam=GM9002").json().getInt("total"), "nothing saved");
        assertEquals(404, beheerder.get("api/v1/gemeenten/987654321").status());
    }

    @Test
    void endingAGemeenteBeforeItStartsIsRefusedAndAMergerKeepsHistory() {
        JsonObject created = beheerder.post("api/v1/gemeenten",
                "{\"cbsCode\":\"GM9003\",\"naam\":\"Fusiedorp\",\"geldigVan\":\"2024-01-01\"}").json().getJsonObject("gemeente");
        long id = created.getJsonNumber("id").longValue();
        String etag = beheerder.get("api/v1/gemeenten/" + id).header("ETag");
        assertProblem(beheerder.postIfMatch("api/v1/gemeenten/" + id + "/beeindiging", etag,
                "{\"geldigTot\":\"2023-12-31\",\"reden\":\"Herindeling\"}"), 400, "geldigTot");
        assertProblem(beheerder.postIfMatch("api/v1/gemeenten/" + id + "/beeindiging", etag,
                "{\"geldigTot\":\"2025-12-31\",\"reden\":\"Herindeling\",\"opvolgerCbsCode\":\"GM9999\"}"), 400, "opvolgerCbsCode");

        Http.Response ended = beheerder.postIfMatch("api/v1/gemeenten/" + id + "/beeindiging", etag,
                "{\"geldigTot\":\"2025-12-31\",\"reden\":\"Herindeling\",\"opvolgerCbsCode\":\"GM0828\"}");
        assertEquals(200, ended.status(), ended.body());
        JsonObject gemeente = ended.json().getJsonObject("gemeente");
        assertEquals("2025-12-31", gemeente.getString("geldigTot"));
        assertEquals("GM0828", gemeente.getString("opgevolgdDoorCbsCode"));
        assertEquals(1, beheerder.get("api/v1/gemeenten?naam=Fusiedorp").json().getInt("total"), "never hard-deleted");
    }

    @Test
    void overlappingParticipationPeriodsAreRefused() {
        long id = beheerder.post("api/v1/gemeenten", "{\"cbsCode\":\"GM9004\",\"naam\":\"Deelnamedorp\",\"geldigVan\":\"2020-01-01\"}")
                .json().getJsonObject("gemeente").getJsonNumber("id").longValue();
        Http.Response first = beheerder.post("api/v1/gemeenten/" + id + "/deelnames",
                "{\"productgroep\":\"HV\",\"van\":\"2020-01-01\",\"tot\":\"2021-12-31\"}");
        assertEquals(201, first.status(), first.body());
        assertProblem(beheerder.post("api/v1/gemeenten/" + id + "/deelnames",
                "{\"productgroep\":\"HV\",\"van\":\"2021-06-01\"}"), 400, "van");
        assertProblem(beheerder.post("api/v1/gemeenten/" + id + "/deelnames",
                "{\"productgroep\":\"XX\",\"van\":\"2022-01-01\"}"), 400, "productgroep");
        Http.Response adjacent = beheerder.post("api/v1/gemeenten/" + id + "/deelnames",
                "{\"productgroep\":\"HV\",\"van\":\"2022-01-01\"}");
        assertEquals(201, adjacent.status(), adjacent.body());
        JsonArray deelnames = beheerder.get("api/v1/gemeenten/" + id).json().getJsonArray("deelnames");
        assertEquals(2, deelnames.size(), deelnames.toString());
    }

    @Test
    void regionProductGroupsHealthAndOpenApi() {
        JsonObject regio = beheerder.get("api/v1/regio").json();
        assertEquals("Brabant Noordoost-oost", regio.getString("naam"));
        assertEquals("GM0828", regio.getString("centrumgemeenteCbsCode"));
        assertEquals(6, beheerder.get("api/v1/productgroepen").jsonValue().asJsonArray().size());

        Http.Response health = anonymous.getServer("/health");
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());

        Http.Response openapi = anonymous.get("api/v1/openapi.json"); // issue 19: at the API's base, public
        assertEquals(200, openapi.status(), openapi.body());
        assertTrue(openapi.body().contains("\"/gemeenten\""), "OpenAPI lists the gemeenten API");
    }

    @Test
    void theRegionIsEditedWithItsETagAndOnlyByTheBeheerder() {
        Http.Response regio = beheerder.get("api/v1/regio");
        String etag = regio.header("ETag");
        String body = "{\"naam\":\"Brabant Noordoost-oost\",\"centrumgemeenteCbsCode\":\"GM0828\","
                + "\"regelingVan\":\"2020-01-01\",\"regelingTot\":\"2024-12-31\"}";
        assertEquals(403, gemeenteOss.put("api/v1/regio", etag, body).status());
        assertProblem(beheerder.put("api/v1/regio", etag, body.replace("GM0828", "GM0000")), 400, "centrumgemeenteCbsCode");
        assertProblem(beheerder.put("api/v1/regio", etag, body.replace("2024-12-31", "2019-12-31")), 400, "regelingTot");
        Http.Response updated = beheerder.put("api/v1/regio", etag, body);
        assertEquals(200, updated.status(), updated.body());
        assertEquals("2024-12-31", updated.json().getString("regelingTot"));
        assertProblem(beheerder.put("api/v1/regio", etag, body), 412, "If-Match");
        // put the demo region back as it was, for the other tests
        assertEquals(200, beheerder.put("api/v1/regio", updated.header("ETag"), body.replace("2024-12-31", "2023-12-31")).status());
    }

    @Test
    void pagesCarrySecurityHeadersAndAnHttpOnlySameSiteSessionCookie() {
        Http.Response login = anonymous.get("login.xhtml");
        assertEquals(200, login.status());
        assertTrue(login.body().contains("lang=\"nl\""), "Dutch by default");
        String csp = login.raw().headers().allValues("Content-Security-Policy").toString();
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", login.header("X-Content-Type-Options"));
        String cookie = login.header("Set-Cookie");
        assertNotNull(cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), cookie);
        Http.Response page = anonymous.get("regio/gemeenten.xhtml");
        assertEquals(302, page.status(), "pages need a login");
        assertTrue(page.header("Location").endsWith("/login.xhtml"));
    }

    private long idOf(String cbsCode) {
        return beheerder.get("api/v1/gemeenten?naam=" + cbsCode).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    static void assertProblem(Http.Response response, int status, String field) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response.header("Content-Type"));
        JsonObject problem = response.json();
        assertEquals(status, problem.getInt("status"));
        assertEquals(field, problem.getString("field", null), response.body());
        assertTrue(problem.containsKey("title"));
    }
}
