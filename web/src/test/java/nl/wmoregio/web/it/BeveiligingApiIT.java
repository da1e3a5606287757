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

    /**
     * The verified-credential memory (ADR 0005) must never outlive a change: the user row is read on
     * every request, and the stored hash is part of what is remembered. Own user name (2060).
     */
    @Test
    void aRememberedLoginStopsWorkingAtOnceWhenThePasswordRolesOrActiveFlagChange() throws Exception {
        String naam = "geheugen.2060";
        Database.update("DELETE FROM gebruiker_rol WHERE gebruiker_id IN (SELECT id FROM gebruiker WHERE gebruikersnaam = ?)", naam);
        Database.update("DELETE FROM gebruiker WHERE gebruikersnaam = ?", naam);
        Database.update("INSERT INTO gebruiker (gebruikersnaam, wachtwoord_hash, volledige_naam, actief) VALUES (?, ?, ?, TRUE)",
                naam, pbkdf2("eerste-2060"), "Geheugen Test");
        long id = Database.number("SELECT id FROM gebruiker WHERE gebruikersnaam = ?", naam);
        Database.update("INSERT INTO gebruiker_rol (gebruiker_id, rol) VALUES (?, 'CONTROLLER')", id);

        Http eerste = new Http(base).as(naam, "eerste-2060");
        assertEquals(200, eerste.get("api/v1/gemeenten").status(), "first login pays PBKDF2");
        assertEquals(200, eerste.get("api/v1/gemeenten").status(), "second login is remembered");
        assertEquals(401, new Http(base).as(naam, "fout-2060").get("api/v1/gemeenten").status(),
                "a wrong password is refused even while a right one is remembered");

        Database.update("UPDATE gebruiker SET wachtwoord_hash = ?, version = version + 1 WHERE id = ?", pbkdf2("tweede-2060"), id);
        assertEquals(401, eerste.get("api/v1/gemeenten").status(), "the old password is refused at once after a change");
        Http tweede = new Http(base).as(naam, "tweede-2060");
        assertEquals(200, tweede.get("api/v1/gemeenten").status(), "the new password works");
        assertEquals(200, tweede.get("api/v1/gemeenten").status(), "and is remembered");

        Database.update("UPDATE gebruiker_rol SET rol = 'MELDER' WHERE gebruiker_id = ?", id);
        Http.Response zonderRol = tweede.get("api/v1/gemeenten");
        assertEquals(403, zonderRol.status(), "a role taken away counts at once: " + zonderRol);

        Database.update("UPDATE gebruiker SET actief = FALSE, version = version + 1 WHERE id = ?", id);
        assertEquals(401, tweede.get("api/v1/gemeenten").status(), "a deactivated user is refused at once");
        Database.update("UPDATE gebruiker SET actief = TRUE, version = version + 1 WHERE id = ?", id);
        Database.update("UPDATE gebruiker_rol SET rol = 'CONTROLLER' WHERE gebruiker_id = ?", id);
        assertEquals(200, tweede.get("api/v1/gemeenten").status(), "reactivated, the password is checked again");
        Database.update("UPDATE gebruiker SET actief = FALSE WHERE id = ?", id); // leave no usable account behind
    }

    /** The stored format of Jakarta Security's Pbkdf2PasswordHash; few iterations, which the hash itself records. */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        javax.crypto.SecretKeyFactory factory = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] hash = factory.generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 1000, 256)).getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:1000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElse(null);
    }
}
