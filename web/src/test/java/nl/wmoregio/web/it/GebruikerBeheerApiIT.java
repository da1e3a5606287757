package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16: L19 user management over REST (BEHEERDER only; rules per field; 412 on a stale version;
 * every change audited with its reason), L7 (a hash with the old iteration count is replaced at the
 * next login) and L12 (the reason as a header; a BSN in free text never reaches the immutable logs).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GebruikerBeheerApiIT {

    static final String G = "api/v1/beheer/gebruikers";
    static final String WACHTWOORD = "lange zin over de Maas 2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static String uniek(String voorvoegsel) {
        return voorvoegsel + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + ThreadLocalRandom.current().nextInt(1000);
    }

    static String body(String naam, String rollen, String binding, String reden) {
        return "{\"gebruikersnaam\":\"" + naam + "\",\"volledigeNaam\":\"IT Gebruiker\",\"wachtwoord\":\"" + WACHTWOORD
                + "\",\"rollen\":[" + rollen + "]" + binding + ",\"reden\":\"" + reden + "\"}";
    }

    static void assertProblem(Http.Response r, int status, String code, String field) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
        if (code != null) {
            assertEquals(code, r.json().getString("code", ""), r.body());
        }
        if (field != null) {
            assertEquals(field, r.json().getString("field", ""), r.body());
        }
    }

    @Test
    void onlyTheBeheerderManagesUsers() throws Exception {
        String naam = uniek("it.weiger.");
        long oss = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
        String nieuw = body(naam, "\"GEMEENTE\"", ",\"gemeenteId\":" + oss, "Nieuwe medewerker");
        long id = Database.number("SELECT MIN(id) FROM gebruiker");
        assertEquals(401, new Http(base).get(G).status(), "anonymous");
        for (String rol : List.of("inkoop", "contractmanager", "toezichthouder", "toezichthouder.ggd", "controller", "gemeente.oss", "melder")) {
            Http als = new Http(base).as(rol);
            Http.Response lijst = als.get(G);
            assertProblem(lijst, 403, "GEEN_TOEGANG", null);
            assertFalse(lijst.body().contains("beheerder"), rol + " sees user names: " + lijst.body());
            assertProblem(als.get(G + "/" + id), 403, "GEEN_TOEGANG", null);
            assertProblem(als.post(G, nieuw), 403, "GEEN_TOEGANG", null);
            assertProblem(als.put(G + "/" + id, "\"0\"", nieuw), 403, "GEEN_TOEGANG", null);
            assertProblem(als.postIfMatch(G + "/" + id + "/deactivering", "\"0\"", "{\"reden\":\"poging tot deactiveren\"}"), 403,
                    "GEEN_TOEGANG", null);
        }
        assertEquals(0, Database.number("SELECT COUNT(*) FROM gebruiker WHERE gebruikersnaam = ?", naam), "no refused role created it");
    }

    @Test
    void aBeheerderCreatesChangesAndDeactivatesAUserEveryStepAudited() throws Exception {
        Http beheer = new Http(base).as("beheerder");
        String naam = uniek("it.gebr.");
        long oss = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
        String oss_ = ",\"gemeenteId\":" + oss;

        // the rules, each on its field; nothing stored
        assertProblem(beheer.post(G, body(naam, "\"GEMEENTE\"", "", "Nieuwe medewerker")), 400, "GEMEENTE_VERPLICHT", "gemeenteId");
        assertProblem(beheer.post(G, body(naam, "\"INKOOP\"", oss_, "Nieuwe medewerker")), 400, "GEMEENTE_ZONDER_ROL", "gemeenteId");
        assertProblem(beheer.post(G, body(naam, "\"TOEZICHTHOUDER\"", "", "Nieuwe medewerker")), 400, "ORGANISATIE_VERPLICHT", "toezichtOrganisatie");
        assertProblem(beheer.post(G, body(naam, "\"MELDER\"", "", "Nieuwe medewerker")), 400, "AANBIEDER_VERPLICHT", "aanbiederId");
        assertProblem(beheer.post(G, body(naam, "\"SUPERUSER\"", "", "Nieuwe medewerker")), 400, "ROL_ONBEKEND", "rollen");
        assertProblem(beheer.post(G, body(naam, "", "", "Nieuwe medewerker")), 400, "ROL_VERPLICHT", "rollen");
        assertProblem(beheer.post(G, body(naam, "\"GEMEENTE\"", oss_, "")), 400, "REDEN_VERPLICHT", "reden");
        assertProblem(beheer.post(G, body(naam, "\"GEMEENTE\"", oss_, "Nieuwe medewerker").replace(WACHTWOORD, "kort")), 400,
                "WACHTWOORD_TE_KORT", "wachtwoord");
        assertProblem(beheer.post(G, body(naam, "\"GEMEENTE\"", oss_, "Nieuwe medewerker").replace(WACHTWOORD, "wmo-demo-wmo-demo")), 400,
                "WACHTWOORD_TE_ZWAK", "wachtwoord");
        assertProblem(beheer.post(G, body("Ab", "\"GEMEENTE\"", oss_, "Nieuwe medewerker")), 400, "GEBRUIKERSNAAM_ONGELDIG", "gebruikersnaam");
        assertEquals(0, Database.number("SELECT COUNT(*) FROM gebruiker WHERE gebruikersnaam = ?", naam));

        // create
        Http.Response gemaakt = beheer.post(G, body(naam, "\"GEMEENTE\"", oss_, "Nieuwe medewerker Wmo-loket"));
        assertEquals(201, gemaakt.status(), gemaakt.body());
        JsonObject g = gemaakt.json();
        long id = g.getJsonNumber("id").longValue();
        assertEquals(naam, g.getString("gebruikersnaam"));
        assertEquals(List.of("GEMEENTE"), g.getJsonArray("rollen").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        assertEquals(oss, g.getJsonNumber("gemeenteId").longValue());
        assertTrue(g.getBoolean("actief"));
        assertFalse(gemaakt.body().contains("wachtwoord") || gemaakt.body().contains("PBKDF2"), "no password or hash in the answer: " + gemaakt.body());
        assertTrue(gemaakt.header("Location").endsWith("/beheer/gebruikers/" + id), gemaakt.header("Location"));
        String etag = gemaakt.header("ETag");
        assertEquals("\"" + g.getJsonNumber("version").longValue() + "\"", etag);
        assertTrue(Database.rows("SELECT wachtwoord_hash FROM gebruiker WHERE id = ?", id).get(0).get(0).toString()
                .startsWith("PBKDF2WithHmacSHA256:600000:"), "stored with today's iteration count (L7)");
        assertProblem(beheer.post(G, body(naam.toUpperCase(), "\"GEMEENTE\"", oss_, "Nieuwe medewerker")), 400,
                "GEBRUIKERSNAAM_BESTAAT", "gebruikersnaam");

        // the new user logs in and is bound to Oss
        Http nieuw = new Http(base).as(naam, WACHTWOORD);
        assertEquals(200, nieuw.get("api/v1/gemeenten?size=1").status());
        assertProblem(nieuw.get(G), 403, "GEEN_TOEGANG", null);

        // list with filter and sort
        JsonObject lijst = beheer.get(G + "?tekst=" + naam + "&rol=GEMEENTE&actief=true&sort=-gebruikersnaam").json();
        assertEquals(1, lijst.getJsonNumber("total").longValue(), lijst.toString());
        assertEquals(id, lijst.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertProblem(beheer.get(G + "?sort=wachtwoordHash"), 400, "SORT_ONBEKEND", "sort");
        assertProblem(beheer.get(G + "?actief=misschien"), 400, null, "actief");

        // change roles: stale version 412, current version 200
        String wijziging = "{\"volledigeNaam\":\"IT Gebruiker Inkoop\",\"rollen\":[\"INKOOP\"],\"reden\":\"Overgestapt naar inkoop\"}";
        assertProblem(beheer.put(G + "/" + id, wijziging), 428, null, null);
        assertProblem(beheer.put(G + "/" + id, "\"" + (g.getJsonNumber("version").longValue() + 7) + "\"", wijziging), 412, null, null);
        Http.Response gewijzigd = beheer.put(G + "/" + id, etag, wijziging);
        assertEquals(200, gewijzigd.status(), gewijzigd.body());
        JsonObject na = gewijzigd.json();
        assertEquals("[\"INKOOP\"]", na.getJsonArray("rollen").toString());
        assertTrue(!na.containsKey("gemeenteId") || na.isNull("gemeenteId"), "the binding went with the role: " + na);
        assertEquals("IT Gebruiker Inkoop", na.getString("volledigeNaam"));
        assertNotEquals(etag, gewijzigd.header("ETag"));
        assertEquals(gewijzigd.header("ETag"), beheer.get(G + "/" + id).header("ETag"), "the answer's version is the stored one");
        // the same stale version again: someone else changed it meanwhile
        Http.Response oud = beheer.put(G + "/" + id, etag, wijziging.replace("Inkoop\"", "Oud\""));
        assertProblem(oud, 412, null, null);
        assertEquals("IT Gebruiker Inkoop", beheer.get(G + "/" + id).json().getString("volledigeNaam"), "the stale edit changed nothing");
        assertEquals(0, Database.number("SELECT COUNT(*) FROM gebruiker WHERE id = ? AND gemeente_id IS NOT NULL", id));
        assertEquals(List.of("INKOOP"), Database.rows("SELECT rol FROM gebruiker_rol WHERE gebruiker_id = ?", id).stream()
                .map(r -> r.get(0).toString()).toList());

        // deactivate: stale 412, then 200; the user can no longer log in
        String deactiveer = "{\"reden\":\"Uit dienst, personeelsnummer 111222333\"}";
        assertProblem(beheer.postIfMatch(G + "/" + id + "/deactivering", etag, deactiveer), 412, null, null);
        Http.Response uit = beheer.postIfMatch(G + "/" + id + "/deactivering", gewijzigd.header("ETag"), deactiveer);
        assertEquals(200, uit.status(), uit.body());
        assertFalse(uit.json().getBoolean("actief"));
        assertEquals(401, nieuw.get("api/v1/gemeenten?size=1").status(), "a deactivated user is refused");
        assertProblem(beheer.postIfMatch(G + "/" + id + "/deactivering", uit.header("ETag"), deactiveer), 400, "AL_INACTIEF", "actief");

        // the audit trail: who, when, what, why - in the database and through the history endpoint
        List<List<Object>> audit = Database.rows("SELECT actie, actor, details, reden FROM audit_entry WHERE entiteit = 'Gebruiker'"
                + " AND entiteit_id = ? ORDER BY id", String.valueOf(id));
        assertEquals(List.of("AANGEMAAKT", "GEWIJZIGD", "GEDEACTIVEERD"), audit.stream().map(r -> r.get(0).toString()).toList(), audit.toString());
        audit.forEach(r -> assertEquals("beheerder", r.get(1)));
        assertTrue(audit.get(0).get(2).toString().contains("rollen=GEMEENTE") && audit.get(0).get(2).toString().contains("gemeenteId=" + oss), audit.toString());
        assertEquals("Nieuwe medewerker Wmo-loket", audit.get(0).get(3));
        assertTrue(audit.get(1).get(2).toString().contains("rollen=GEMEENTE") && audit.get(1).get(2).toString().contains("-> naam=IT Gebruiker Inkoop; rollen=INKOOP"),
                audit.get(1).toString());
        assertEquals("Overgestapt naar inkoop", audit.get(1).get(3));
        assertEquals("Uit dienst, personeelsnummer [BSN verwijderd]", audit.get(2).get(3), "L12: the 11-proef number is scrubbed");
        audit.forEach(r -> assertFalse(String.valueOf(r.get(2)).contains(WACHTWOORD) || String.valueOf(r.get(2)).contains("PBKDF2"), r.toString()));
        JsonArray historie = beheer.get(G + "/" + id + "/historie").jsonValue().asJsonArray();
        assertEquals(3, historie.size(), historie.toString());
        assertEquals("GEDEACTIVEERD", historie.getJsonObject(0).getString("actie"));

        // activate again with a reason
        Http.Response aan = beheer.postIfMatch(G + "/" + id + "/activering", uit.header("ETag"), "{\"reden\":\"Terug in dienst\"}");
        assertEquals(200, aan.status(), aan.body());
        assertEquals(200, nieuw.get("api/v1/gemeenten?size=1").status(), "active again");
    }

    @Test
    void theBeheerderCannotLockThemselvesOut() throws Exception {
        Http beheer = new Http(base).as("beheerder");
        long id = Database.number("SELECT id FROM gebruiker WHERE gebruikersnaam = 'beheerder'");
        Http.Response zelf = beheer.get(G + "/" + id);
        assertEquals(200, zelf.status(), zelf.body());
        assertProblem(beheer.postIfMatch(G + "/" + id + "/deactivering", zelf.header("ETag"), "{\"reden\":\"probeer mezelf\"}"), 400,
                "EIGEN_ACCOUNT", "id");
        assertProblem(beheer.put(G + "/" + id, zelf.header("ETag"), "{\"volledigeNaam\":\"Bea Beheer\",\"rollen\":[\"INKOOP\"],"
                + "\"reden\":\"probeer mezelf\"}"), 400, "EIGEN_BEHEERROL", "rollen");
        assertEquals(1, Database.number("SELECT COUNT(*) FROM gebruiker_rol WHERE gebruiker_id = ? AND rol = 'BEHEERDER'", id));
    }

    /** L7: a hash made with the old 210,000 iterations verifies, and the login replaces it with a 600,000 one. */
    @Test
    void anOldHashStillLogsInAndIsReplacedByAStrongerOne() throws Exception {
        String naam = uniek("it.oud.");
        byte[] zout = new byte[32];
        ThreadLocalRandom.current().nextBytes(zout);
        byte[] sleutel = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(WACHTWOORD.toCharArray(), zout, 210_000, 256)).getEncoded();
        String oud = "PBKDF2WithHmacSHA256:210000:" + Base64.getEncoder().encodeToString(zout) + ":" + Base64.getEncoder().encodeToString(sleutel);
        Database.update("INSERT INTO gebruiker (gebruikersnaam, wachtwoord_hash, volledige_naam, actief, version) VALUES (?, ?, 'IT oude hash', TRUE, 0)",
                naam, oud);
        long id = Database.number("SELECT id FROM gebruiker WHERE gebruikersnaam = ?", naam);
        Database.update("INSERT INTO gebruiker_rol (gebruiker_id, rol) VALUES (?, 'INKOOP')", id);

        assertEquals(401, new Http(base).as(naam, WACHTWOORD + "x").get("api/v1/gemeenten?size=1").status(), "a wrong password");
        assertEquals(oud, Database.rows("SELECT wachtwoord_hash FROM gebruiker WHERE id = ?", id).get(0).get(0), "no rehash on failure");
        assertEquals(200, new Http(base).as(naam, WACHTWOORD).get("api/v1/gemeenten?size=1").status(), "the old hash verifies");
        String nieuw = Database.rows("SELECT wachtwoord_hash FROM gebruiker WHERE id = ?", id).get(0).get(0).toString();
        assertTrue(nieuw.startsWith("PBKDF2WithHmacSHA256:600000:"), nieuw);
        assertEquals(0, Database.number("SELECT version FROM gebruiker WHERE id = ?", id), "the rehash leaves the version");
        assertEquals(200, new Http(base).as(naam, WACHTWOORD).get("api/v1/gemeenten?size=1").status(), "the new hash verifies");
    }

    /** L12: the reason for a client read comes in a header (percent-encoded UTF-8 allowed); a BSN in it is scrubbed. */
    @Test
    void theReasonTravelsInAHeaderAndABsnInItNeverReachesTheAccessLog() throws Exception {
        long client = Database.number("SELECT MIN(id) FROM client");
        String pseudoniem = Database.rows("SELECT pseudoniem FROM client WHERE id = ?", client).get(0).get(0).toString();
        String kenmerk = uniek("IT-");
        Http beheer = new Http(base).as("beheerder");
        Http.Response r = beheer.getHeader("api/v1/clienten/" + client, "X-Reden", "Controle " + kenmerk + " dossier 111222333 op verzoek");
        assertEquals(200, r.status(), r.body());
        Http.Response utf8 = beheer.getHeader("api/v1/clienten/" + client, "X-Reden", "Inzage%20cli%C3%ABnt%20" + kenmerk);
        assertEquals(200, utf8.status(), utf8.body());
        List<Object> doelen = Database.rows("SELECT doel FROM client_inzage WHERE pseudoniem = ? AND gebruiker = 'beheerder' AND doel LIKE ?"
                + " ORDER BY id", pseudoniem, "%" + kenmerk + "%").stream().map(row -> row.get(0)).toList();
        assertEquals(List.of("Controle " + kenmerk + " dossier [BSN verwijderd] op verzoek", "Inzage cliënt " + kenmerk), doelen);
        assertEquals(0, Database.number("SELECT COUNT(*) FROM client_inzage WHERE doel LIKE '%111222333%'"));
    }
}
