package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cross-cutting security behaviour of the API: login throttling and response headers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BeveiligingApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void repeatedWrongPasswordsAreThrottledWith429WhileOthersCanStillLogIn() {
        Http wrong = new Http(base).as("inkoop", "geraden-wachtwoord");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("api/v1/gemeenten").status(), "attempt " + (i + 1));
        }
        Http.Response blocked = wrong.get("api/v1/gemeenten");
        assertEquals(429, blocked.status(), blocked.body());
        assertEquals("AANMELDEN_GEBLOKKEERD", blocked.json().getString("code"));
        assertNotNull(blocked.header("Retry-After"));
        assertTrue(blocked.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(429, new Http(base).as("inkoop").get("api/v1/gemeenten").status(),
                "while blocked even the right password is refused for this name and address");
        assertEquals(200, new Http(base).as("controller").get("api/v1/gemeenten").status(), "other users are not affected");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Http.Response response : new Http.Response[] {
                new Http(base).get("api/v1/gemeenten"),
                new Http(base).as("beheerder").get("api/v1/gemeenten"),
                new Http(base).as("beheerder").get("api/v1/gemeenten/999999999"),
                new Http(base).get("login.xhtml")}) {
            assertEquals("nosniff", response.header("X-Content-Type-Options"), response.toString());
            assertNotNull(response.header("Content-Security-Policy"), response.toString());
            assertNotNull(response.header("X-Frame-Options"), response.toString());
        }
    }

    @Test
    void theSessionIdChangesAtLoginSoAPlantedSessionIsWorthless() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(page);
        assertNotNull(before, "the login page starts a session: " + page.headers().map());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(viewState.find(), "login form has a view state");
        String form = "login=login&login%3Agebruikersnaam=controller&login%3Awachtwoord=wmo-demo&login%3Aaanmelden=&"
                + "jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + before)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), "a successful login redirects: " + login.body());
        String after = sessionCookie(login);
        assertNotNull(after, "login hands out a new session id");
        assertTrue(!after.equals(before), "session id renewed at login");
        HttpResponse<String> planted = client.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml"))
                .header("Cookie", "JSESSIONID=" + before).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, planted.statusCode(), "the old id does not log anyone in");
        assertTrue(planted.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        HttpResponse<String> fresh = client.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml"))
                .header("Cookie", "JSESSIONID=" + after).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fresh.statusCode());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElse(null);
    }
}
