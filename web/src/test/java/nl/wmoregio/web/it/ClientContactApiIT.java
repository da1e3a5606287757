package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Client contact data (issue 15): stored encrypted (the plain name is nowhere in the row), read
 * back by the roles that see the client, every read logged, other gemeenten and procurement roles
 * refused, and used in the WMO301 instead of the demo contact.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientContactApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    IwmoApiIT.Antwoord put(String user, String path, String json) {
        return IwmoApiIT.send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    IwmoApiIT.Antwoord get(String user, String path) {
        return IwmoApiIT.send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    @AfterAll
    static void opruimen() {
        IwmoBerichten.opruimen();
    }

    @Test
    void contactDataIsEncryptedShownToTheRightRolesLoggedAndUsedInTheWmo301() throws Exception {
        IwmoBerichten.Aanbieder aanbieder = IwmoBerichten.aanbieder("Contact");
        long client = IwmoBerichten.client("GM0828");
        IwmoBerichten.toewijzing(client, "GM0828", aanbieder.id(), "02BIR", "A", 4, "82", "4", null);
        String pad = "api/v1/clienten/" + client + "/contact";
        IwmoApiIT.Antwoord gezet = put("gemeente.oss", pad,
                "{\"achternaam\":\"Ëlzinga-Ströcker\",\"voorletters\":\"J.A.\",\"postcode\":\"5341 ab\",\"huisnummer\":12,\"telefoon\":\"06-12345678\"}");
        assertEquals(200, gezet.status(), gezet.body());
        String rij = IwmoBerichten.string("select concat_ws('|', achternaam_versleuteld, postcode_versleuteld, huisnummer_versleuteld, "
                + "telefoon_versleuteld) from client where id = ?", client);
        assertFalse(rij.contains("Ströcker") || rij.contains("5341") || rij.contains("12345678"), "encrypted at rest: " + rij);

        long logVoor = IwmoBerichten.count("select count(*) from client_inzage i join client c on c.pseudoniem = i.pseudoniem "
                + "where c.id = ? and i.actie = 'LEZEN'", client);
        IwmoApiIT.Antwoord gelezen = get("beheerder", pad);
        assertEquals(200, gelezen.status(), gelezen.body());
        JsonObject c = Json.createReader(new StringReader(gelezen.body())).readObject();
        assertEquals("Ëlzinga-Ströcker", c.getString("achternaam"));
        assertEquals("5341AB", c.getString("postcode"));
        assertEquals(12, c.getInt("huisnummer"));
        assertEquals("0612345678", c.getString("telefoon"));
        assertEquals(logVoor + 1, IwmoBerichten.count("select count(*) from client_inzage i join client c on c.pseudoniem = i.pseudoniem "
                + "where c.id = ? and i.actie = 'LEZEN'", client), "every read logged");

        assertEquals(403, get("gemeente.bernheze", pad).status(), "another gemeente");
        assertEquals(403, get("inkoop", pad).status());
        assertEquals(403, get("contractmanager", pad).status());
        assertEquals(403, put("gemeente.bernheze", pad, "{\"achternaam\":\"X\",\"telefoon\":\"0612345678\"}").status());
        IwmoApiIT.Antwoord onvolledig = put("beheerder", pad, "{\"achternaam\":\"Jansen\"}");
        assertEquals(400, onvolledig.status(), onvolledig.body());
        assertTrue(onvolledig.body().contains("CONTACT_ONVOLLEDIG"), onvolledig.body());

        IwmoApiIT.Antwoord zip = get("beheerder", "api/v1/iwmo/toewijzingen/wmo301?aanbieder=" + aanbieder.agb() + "&gemeente=GM0828");
        assertEquals(200, zip.status(), zip.body());
        String xml = IwmoApiIT.alles(zip);
        assertTrue(xml.contains("<iwmo:Achternaam>Ëlzinga-Ströcker</iwmo:Achternaam>"), xml);
        assertTrue(xml.contains("<iwmo:Postcode>5341AB</iwmo:Postcode>") && xml.contains("<iwmo:Huisnummer>12</iwmo:Huisnummer>"), xml);
        assertNotEquals(-1, xml.indexOf("<iwmo:Telefoonnummer>0612345678</iwmo:Telefoonnummer>"));
    }
}
