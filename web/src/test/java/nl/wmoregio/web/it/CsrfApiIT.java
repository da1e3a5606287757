package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery, over plain HTTP (what a forged form sends): a Faces POST without a
 * view state, with a forged one, with another session's, or from another origin changes nothing;
 * the genuine post does (the control). The API takes no session cookie as a login and refuses a
 * foreign Origin even with the password (a browser re-sends cached Basic credentials).
 * Own data: gemeente GM9463, year 2060.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void facesPostsWithoutAValidViewStateOrFromAnotherSiteChangeNothing() throws Exception {
        long id = gemeente("GM9463", "CSRF 2060");
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String session = login(client, "beheerder");
        String page = "regio/gemeente.xhtml?id=" + id;
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + page)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode());
        Map<String, String> fields = formFields(form.body(), "gemeente");
        assertTrue(fields.containsKey("jakarta.faces.ViewState"), "the edit form has a view state: " + fields.keySet());
        fields.put("gemeente:naam", "CSRF gewijzigd");
        fields.put("gemeente:opslaan", "");
        String action = base + page;

        Map<String, String> zonder = new LinkedHashMap<>(fields);
        zonder.remove("jakarta.faces.ViewState");
        Map<String, String> vervalst = new LinkedHashMap<>(fields);
        vervalst.put("jakarta.faces.ViewState", "-1234567890123456789:-987654321098765432");
        Map<String, Integer> statuses = new LinkedHashMap<>();
        statuses.put("no view state", post(client, action, session, zonder, null).statusCode());
        statuses.put("forged view state", post(client, action, session, vervalst, null).statusCode());
        statuses.put("valid view state, foreign Origin", post(client, action, session, fields, "https://evil.example").statusCode());
        statuses.put("valid view state, Origin null", post(client, action, session, fields, "null").statusCode());
        statuses.put("view state of another session", post(client, action, login(client, "beheerder"), fields, null).statusCode());
        assertEquals("CSRF 2060", Database.rows("SELECT naam FROM gemeente WHERE id = ?", id).get(0).get(0),
                "a forged or foreign post changed the gemeente: " + statuses);
        assertEquals(403, statuses.get("valid view state, foreign Origin"), statuses.toString());
        assertEquals(302, statuses.get("forged view state"), "an unknown view state: a fresh GET of the page, not a 500: " + statuses);
        assertEquals(302, statuses.get("view state of another session"), statuses.toString());

        // The control: the same form, same site, valid view state, does save - so the refusals above are real.
        HttpResponse<String> echt = post(client, action, session, fields, base.getProtocol() + "://" + base.getHost() + ":" + base.getPort());
        assertEquals("CSRF gewijzigd", Database.rows("SELECT naam FROM gemeente WHERE id = ?", id).get(0).get(0),
                "the genuine post saves (" + echt.statusCode() + "); statuses of the forged ones: " + statuses);
        System.out.println("[csrf] faces: " + statuses + ", genuine -> " + echt.statusCode());

        // The API: a session cookie is no login, and a foreign origin is refused even with the password.
        HttpResponse<String> metCookie = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/gemeenten"))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, metCookie.statusCode(), "the API ignores session cookies");
        HttpResponse<String> vreemd = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/ceo/rondes/1/antwoorden"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("controller:wmo-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Origin", "https://evil.example").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("respondent;vraag;antwoord\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, vreemd.statusCode(), vreemd.body());
        assertTrue(vreemd.body().contains("HERKOMST_ONGELDIG"), vreemd.body());
    }

    private HttpResponse<String> post(HttpClient client, String url, String session, Map<String, String> fields, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The named form's inputs (name -> value), as a browser would send them. */
    static Map<String, String> formFields(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        assertTrue(start >= 0, "form " + formId + " on the page");
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input([^>]*)>").matcher(form);
        while (input.find()) {
            String attrs = input.group(1);
            String name = attr(attrs, "name");
            String type = attr(attrs, "type");
            if (name != null && !"submit".equals(type) && !"checkbox".equals(type)) {
                fields.put(name, unescape(attr(attrs, "value") == null ? "" : attr(attrs, "value")));
            }
        }
        return fields;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? m.group(1) : null;
    }

    private String login(HttpClient client, String user) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        String before = cookie(page);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(viewState.find());
        String form = "login=login&login%3Agebruikersnaam=" + user + "&login%3Awachtwoord=wmo-demo&login%3Aaanmelden=&"
                + "jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + before)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), login.body());
        return cookie(login);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow();
    }

    private long gemeente(String cbs, String naam) throws Exception {
        Database.update("INSERT INTO gemeente (regio_id, cbs_code, naam, geldig_van, aangemaakt_op, gewijzigd_op) SELECT r.id, ?, ?, "
                + "'2060-01-01', NOW(), NOW() FROM regio r WHERE NOT EXISTS (SELECT 1 FROM gemeente WHERE cbs_code = ?) ORDER BY r.id LIMIT 1", cbs, naam, cbs);
        Database.update("UPDATE gemeente SET naam = ? WHERE cbs_code = ?", naam, cbs);
        return Database.number("SELECT id FROM gemeente WHERE cbs_code = ?", cbs);
    }
}
