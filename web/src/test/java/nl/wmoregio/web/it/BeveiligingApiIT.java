package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
}
