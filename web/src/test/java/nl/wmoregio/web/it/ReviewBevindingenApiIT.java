package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16 review findings through the REST API: M11 (the client pseudonym of a melding only for toezicht, its creation and
 * reads in the access log), L18 (a gemeente files only for itself and cannot backdate), L3 (a
 * gemeente reads only its own jaarverslag).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewBevindingenApiIT {

    static final String M = "api/v1/toezicht/meldingen";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    String body(long gemeente, String melddatum, String pseudoniem) throws Exception {
        long aanbieder = Database.number("SELECT MIN(id) FROM aanbieder");
        return "{\"bron\":\"CONSULENT\",\"soort\":\"KLACHT\",\"aanbiederId\":" + aanbieder + ",\"gemeenteId\":" + gemeente
                + ",\"gebeurtenisDatum\":\"" + LocalDate.now().minusDays(2) + "\",\"melddatum\":\"" + melddatum + "\""
                + (pseudoniem == null ? "" : ",\"clientPseudoniem\":\"" + pseudoniem + "\"")
                + ",\"omschrijving\":\"Signaal over de begeleiding van een cliënt\"}";
    }

    @Test
    void thePseudonymOfAMeldingIsForToezichtOnlyAndEveryUseIsLogged() throws Exception {
        long oss = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
        byte[] random = new byte[32];
        ThreadLocalRandom.current().nextBytes(random);
        String pseudoniem = HexFormat.of().formatHex(random);
        Http toezicht = new Http(base).as("toezichthouder");
        Http.Response created = toezicht.post(M, body(oss, LocalDate.now().toString(), pseudoniem));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonObject("melding").getJsonNumber("id").longValue();
        assertEquals(1, Database.number("SELECT COUNT(*) FROM client_inzage WHERE pseudoniem = ? AND actie = 'AANMAKEN'"
                + " AND gebruiker = 'toezichthouder'", pseudoniem), "the creation is in the access log");
        for (String rol : new String[] {"contractmanager", "beheerder"}) {
            Http.Response gelezen = new Http(base).as(rol).get(M + "/" + id);
            assertEquals(200, gelezen.status(), gelezen.body());
            assertFalse(gelezen.body().contains(pseudoniem), rol + " sees the client pseudonym: " + gelezen.body());
        }
        Http.Response doorToezicht = toezicht.get(M + "/" + id);
        assertEquals(pseudoniem, doorToezicht.json().getString("clientPseudoniem"));
        assertEquals(1, Database.number("SELECT COUNT(*) FROM client_inzage WHERE pseudoniem = ? AND actie = 'LEZEN'"
                + " AND gebruiker = 'toezichthouder'", pseudoniem), "the read is in the access log");
    }

    @Test
    void aGemeenteFilesOnlyForItselfAndOnlyToday() throws Exception {
        long oss = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
        long bernheze = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM1721'");
        Http gemeente = new Http(base).as("gemeente.oss");
        long voor = Database.number("SELECT COUNT(*) FROM melding");
        assertEquals(403, gemeente.post(M, body(bernheze, LocalDate.now().toString(), null)).status(), "filed for another gemeente");
        Http.Response terug = gemeente.post(M, body(oss, LocalDate.now().minusDays(40).toString(), null));
        assertEquals(400, terug.status(), terug.body());
        assertEquals("melddatum", terug.json().getString("field", terug.json().toString()));
        assertEquals(voor, Database.number("SELECT COUNT(*) FROM melding"));
        Http.Response eigen = gemeente.post(M, body(oss, LocalDate.now().toString(), null));
        assertEquals(201, eigen.status(), eigen.body());
        // a toezichthouder still registers a report received earlier (a letter)
        assertEquals(201, new Http(base).as("toezichthouder").post(M, body(bernheze, LocalDate.now().minusDays(1).toString(), null)).status());
    }

    @Test
    void aGemeenteReadsOnlyItsOwnJaarverslag() throws Exception {
        long oss = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
        long bernheze = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM1721'");
        Http gemeente = new Http(base).as("gemeente.oss");
        int jaar = LocalDate.now().getYear();
        assertEquals(403, gemeente.get("api/v1/toezicht/jaarverslag?jaar=" + jaar + "&gemeenteId=" + bernheze).status());
        Http.Response eigen = gemeente.get("api/v1/toezicht/jaarverslag?jaar=" + jaar + "&gemeenteId=" + oss);
        assertEquals(200, eigen.status(), eigen.body());
        JsonObject zonderFilter = gemeente.get("api/v1/toezicht/jaarverslag?jaar=" + jaar).json();
        assertEquals(eigen.json(), zonderFilter, "without a filter a gemeente gets its own figures");
        assertTrue(Database.number("SELECT COUNT(*) FROM audit_entry WHERE actie = 'GEWEIGERD' AND actor = 'gemeente.oss'"
                + " AND entiteit = 'Gemeente' AND entiteit_id = ?", String.valueOf(bernheze)) >= 1, "the refusal is recorded (L15)");
    }
    @Test
    void theReportingAccountReportsOnlyForItsOwnProvider() throws Exception {
        long eigen = Database.number("SELECT aanbieder_id FROM gebruiker WHERE gebruikersnaam = 'melder'");
        long ander = Database.number("SELECT MIN(id) FROM aanbieder WHERE id <> ?", eigen);
        long oss = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
        Http melder = new Http(base).as("melder");
        String body = "{\"soort\":\"CALAMITEIT\",\"gemeenteId\":" + oss + ",\"gebeurtenisDatum\":\"" + LocalDate.now()
                + "\",\"omschrijving\":\"Val met letsel bij transfer\"";
        long voor = Database.number("SELECT COUNT(*) FROM melding");
        assertEquals(403, melder.post("api/v1/toezicht/calamiteitmeldingen", body + ",\"aanbiederId\":" + ander + "}").status(),
                "a calamiteit in another provider's name");
        assertEquals(voor, Database.number("SELECT COUNT(*) FROM melding"));
        Http.Response zonder = melder.post("api/v1/toezicht/calamiteitmeldingen", body + "}");
        assertEquals(201, zonder.status(), zonder.body());
        assertEquals(eigen, zonder.json().getJsonObject("melding").getJsonNumber("aanbiederId").longValue(),
                "the provider comes from the account");
    }
    /** L10 (issue 16): the largest int as year or page is the caller's error (400), never a 500. */
    @Test
    void farOutOfRangeYearsAndPagesAreRefusedNotFailed() {
        String max = String.valueOf(Integer.MAX_VALUE);
        java.util.Map<String, String> urls = new java.util.LinkedHashMap<>();
        urls.put("api/v1/dashboard?jaar=" + max, "inkoop");
        urls.put("api/v1/tarieven?jaar=" + max, "inkoop");
        urls.put("api/v1/toezicht/jaarverslag?jaar=" + max, "toezichthouder");
        urls.put("api/v1/toezicht/meldingen?jaar=" + max, "toezichthouder");
        urls.put("api/v1/ceo/rondes?jaar=" + max, "controller");
        urls.put("api/v1/ceo/benchmark?jaar=" + max, "controller");
        urls.put("api/v1/declaraties/aanbieders?jaar=" + max, "controller");
        urls.put("api/v1/gemeenten?page=" + max, "beheerder");
        urls.put("api/v1/aanbieders?page=" + max + "&size=200", "inkoop");
        urls.put("api/v1/toezicht/meldingen?page=" + max, "toezichthouder");
        java.util.List<String> failures = new java.util.ArrayList<>();
        urls.forEach((url, user) -> {
            Http.Response r = new Http(base).as(user).get(url);
            if (r.status() >= 500) {
                failures.add(url + " -> " + r);
            }
        });
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
    /**
     * L14 (issue 16): a path parameter in the API prefix ({@code api;x=1}) does not turn an API call
     * into a screen request: a screen session cookie does not open the API there either.
     */
    @Test
    void aPathParameterInTheApiPrefixDoesNotLetASessionCookieIn() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        java.net.http.HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "login.xhtml")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher viewState = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(viewState.find());
        String form = "login=login&login%3Agebruikersnaam=beheerder&login%3Awachtwoord=" + Http.DEMO_PASSWORD
                + "&login%3Aaanmelden=&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState.group(1), java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + sessie(page))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode());
        String cookie = "JSESSIONID=" + sessie(login);
        for (String path : new String[] {"api/v1/gemeenten", "api;x=1/v1/gemeenten", "api;jsessionid=x/v1/gemeenten"}) {
            java.net.http.HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                    .header("Cookie", cookie).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 401 || r.statusCode() == 400 || r.statusCode() == 404,
                    path + " with only a session cookie answered " + r.statusCode() + " " + r.body());
            assertFalse(r.body().contains("cbsCode"), path + " returned data with a session cookie");
        }
    }

    private static String sessie(java.net.http.HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }
    /**
     * M4 (issue 16): a screen session follows the user row: a role taken away counts within seconds
     * (not at the session's idle timeout), a deactivated user's session ends.
     */
    @Test
    void aScreenSessionFollowsTheUserRow() throws Exception {
        String naam = "sessietest" + System.nanoTime() % 1_000_000;
        Database.update("INSERT INTO gebruiker (gebruikersnaam, wachtwoord_hash, volledige_naam, actief, version) "
                + "SELECT ?, wachtwoord_hash, 'Sessie Test', 1, 0 FROM gebruiker WHERE gebruikersnaam = 'controller'", naam);
        long id = Database.number("SELECT id FROM gebruiker WHERE gebruikersnaam = ?", naam);
        Database.update("INSERT INTO gebruiker_rol (gebruiker_id, rol) VALUES (?, 'CONTROLLER'), (?, 'INKOOP')", id, id);
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
            String cookie = "JSESSIONID=" + schermLogin(client, naam);
            assertEquals(200, scherm(client, cookie, "inkoop/vervolgacties.xhtml"));
            Database.update("DELETE FROM gebruiker_rol WHERE gebruiker_id = ? AND rol = 'INKOOP'", id);
            Thread.sleep(6_000);
            assertEquals(403, scherm(client, cookie, "inkoop/vervolgacties.xhtml"), "the role taken away still opens the page");
            assertEquals(200, scherm(client, cookie, "index.xhtml"));
            Database.update("UPDATE gebruiker SET actief = 0 WHERE id = ?", id);
            Thread.sleep(6_000);
            assertEquals(302, scherm(client, cookie, "index.xhtml"), "a deactivated user's session still works");
        } finally {
            Database.update("UPDATE gebruiker SET actief = 0 WHERE id = ?", id);
        }
    }

    private int scherm(java.net.http.HttpClient client, String cookie, String page) throws Exception {
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + page)).header("Cookie", cookie).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String schermLogin(java.net.http.HttpClient client, String user) throws Exception {
        java.net.http.HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "login.xhtml")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher viewState = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(viewState.find());
        String form = "login=login&login%3Agebruikersnaam=" + user + "&login%3Awachtwoord=" + Http.DEMO_PASSWORD
                + "&login%3Aaanmelden=&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState.group(1), java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + sessie(page))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), "login of " + user);
        return sessie(login);
    }
    /** L2 (issue 16): an attachment over 5 MB is refused (413) without being read into memory. */
    @Test
    void anOversizeAttachmentIsRefusedWith413() throws Exception {
        long melding = Database.number("SELECT MIN(id) FROM melding");
        long voor = Database.number("SELECT COUNT(*) FROM melding_bijlage");
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/v1/toezicht/meldingen/" + melding + "/bijlagen?bestandsnaam=groot.pdf"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("toezichthouder:" + Http.DEMO_PASSWORD)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/pdf")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[6 * 1024 * 1024])).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(r.body().contains("BIJLAGE_TE_GROOT"), r.body());
        assertEquals(voor, Database.number("SELECT COUNT(*) FROM melding_bijlage"));
    }

    /** L6 (issue 16): an inactive account answers no faster than a wrong password (both hash). */
    @Test
    void anInactiveAccountTakesAsLongAsAWrongPassword() throws Exception {
        String inactief = "inactief" + System.nanoTime() % 1_000_000;
        String actief = "actief" + System.nanoTime() % 1_000_000;
        for (String[] u : new String[][] {{inactief, "0"}, {actief, "1"}}) {
            Database.update("INSERT INTO gebruiker (gebruikersnaam, wachtwoord_hash, volledige_naam, actief, version) "
                    + "SELECT ?, wachtwoord_hash, 'Timing', " + u[1] + ", 0 FROM gebruiker WHERE gebruikersnaam = 'controller'", u[0]);
            long id = Database.number("SELECT id FROM gebruiker WHERE gebruikersnaam = ?", u[0]);
            Database.update("INSERT INTO gebruiker_rol (gebruiker_id, rol) VALUES (?, 'CONTROLLER')", id);
        }
        long[] inactiefMs = new long[3];
        long[] foutMs = new long[3];
        for (int i = 0; i < 3; i++) {
            inactiefMs[i] = tijd(inactief, Http.DEMO_PASSWORD);
            foutMs[i] = tijd(actief, "fout-wachtwoord-" + i);
        }
        java.util.Arrays.sort(inactiefMs);
        java.util.Arrays.sort(foutMs);
        System.out.printf("[timing] inactive %s ms, wrong password %s ms%n", java.util.Arrays.toString(inactiefMs),
                java.util.Arrays.toString(foutMs));
        assertTrue(inactiefMs[1] * 3 >= foutMs[1], "inactive " + inactiefMs[1] + " ms vs wrong password " + foutMs[1] + " ms");
        Database.update("UPDATE gebruiker SET actief = 0 WHERE gebruikersnaam = ?", actief);
    }

    private long tijd(String user, String wachtwoord) throws Exception {
        long start = System.nanoTime();
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/v1/gemeenten"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + wachtwoord)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode(), user);
        return (System.nanoTime() - start) / 1_000_000;
    }
    /**
     * M1 (issue 16): a toezichthouder no longer opens any client by walking ids with any reason: only a
     * client named in a case of the own organisation, or with the number of an own case in the reason
     * (break the glass, audited DOORBRAAK); every refusal recorded; a volume alert in the audit trail.
     */
    @Test
    void aToezichthouderOpensOnlyClientsOfTheOrganisationsCases() throws Exception {
        Http oss = new Http(base).as("gemeente.oss");
        Http.Response created = oss.post("api/v1/clienten", "{\"bsn\":\"" + ToegangApiIT.nieuwBsn() + "\",\"geboortejaar\":1950,\"segment\":\"3\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Http wmo = new Http(base).as("toezichthouder");
        assertEquals(403, wmo.get("api/v1/clienten/" + id + "?reden=nieuwsgierig").status(), "walking ids with any reason");
        assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_entry WHERE entiteit = 'Client' AND entiteit_id = ? AND actie = 'GEWEIGERD'"
                + " AND actor = 'toezichthouder'", String.valueOf(id)));
        List<List<Object>> eigen = Database.rows("SELECT nummer FROM onderzoek WHERE organisatie = 'WMO_TOEZICHTHOUDER' ORDER BY id LIMIT 1");
        List<List<Object>> ggd = Database.rows("SELECT nummer FROM onderzoek WHERE organisatie = 'GGD' ORDER BY id LIMIT 1");
        if (!ggd.isEmpty()) {
            assertEquals(403, wmo.get("api/v1/clienten/" + id + "?reden=" + java.net.URLEncoder.encode("Zaak " + ggd.get(0).get(0),
                    java.nio.charset.StandardCharsets.UTF_8)).status(), "another organisation's case number");
        }
        if (!eigen.isEmpty()) {
            Http.Response doorbraak = wmo.get("api/v1/clienten/" + id + "?reden=" + java.net.URLEncoder.encode("Zaak " + eigen.get(0).get(0)
                    + " spoed", java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(200, doorbraak.status(), doorbraak.body());
            assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_entry WHERE entiteit = 'Client' AND entiteit_id = ?"
                    + " AND actie = 'DOORBRAAK'", String.valueOf(id)));
        }
        // named in a melding (in triage): opened with a reason; 25 reads raise the volume alert
        Http.Response melding = wmo.post(M, body(Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'"),
                LocalDate.now().toString(), created.json().getString("pseudoniem")));
        assertEquals(201, melding.status(), melding.body());
        long alarmen = Database.number("SELECT COUNT(*) FROM audit_entry WHERE actie = 'VOLUME_ALARM' AND entiteit_id = 'toezichthouder'");
        for (int i = 0; i < 25; i++) {
            assertEquals(200, wmo.get("api/v1/clienten/" + id + "?reden=Melding%20signaal").status());
        }
        assertTrue(Database.number("SELECT COUNT(*) FROM audit_entry WHERE actie = 'VOLUME_ALARM' AND entiteit_id = 'toezichthouder'") > alarmen,
                "25 client records in a day raise the alert");
    }
}
