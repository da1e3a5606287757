package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.wmoregio.iwmo.control.Berichttype;
import nl.wmoregio.iwmo.control.IwmoXml;
import nl.wmoregio.iwmo.control.RetourSchrijver;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 points 6-8: a new or changed indicatie puts its WMO301 in the outbox of its provider at
 * once (toegang's event, no look at the outbox needed); the provider's own account fetches it
 * (XSD-valid, with its envelope) and another provider sees nothing; the WMO302 closes it; unknown
 * providers are 404. And the CEO fieldwork file: name and address of the round's sample, no
 * pseudonym, logged and audited, the respondent key still importable.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IwmoUitbakApiIT {

    private static final Pattern PSEUDONIEM = Pattern.compile("(?i)(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");
    private static final List<String> ACCOUNTS = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void opruimen() throws Exception {
        for (String naam : ACCOUNTS) {
            Database.update("DELETE FROM gebruiker_rol WHERE gebruiker_id IN (SELECT id FROM gebruiker WHERE gebruikersnaam = ?)", naam);
            Database.update("DELETE FROM gebruiker WHERE gebruikersnaam = ?", naam);
        }
        IwmoBerichten.opruimen();
    }

    /** An AANBIEDER account (password as the demo users) bound to the provider, or to none. */
    static String aanbiederAccount(Long aanbiederId) throws Exception {
        String naam = "iwmo15-aanb-" + IwmoBerichten.TELLER.incrementAndGet();
        Database.update("INSERT INTO gebruiker (gebruikersnaam, wachtwoord_hash, volledige_naam, actief, aanbieder_id) "
                + "SELECT ?, wachtwoord_hash, 'Aanbieder (test)', TRUE, ? FROM gebruiker WHERE gebruikersnaam = 'beheerder'", naam, aanbiederId);
        Database.update("INSERT INTO gebruiker_rol (gebruiker_id, rol) SELECT id, 'AANBIEDER' FROM gebruiker WHERE gebruikersnaam = ?", naam);
        ACCOUNTS.add(naam);
        return naam;
    }

    /** Everything pending for the account: fetched until the list is empty (100 per call). */
    List<JsonObject> allesOphalen(Http aanbieder) {
        List<JsonObject> alles = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Http.Response r = aanbieder.get("api/v1/iwmo/aanbieder/uitbak");
            assertEquals(200, r.status(), r.body());
            JsonArray lijst = r.jsonValue().asJsonArray();
            if (lijst.isEmpty()) {
                return alles;
            }
            lijst.forEach(v -> alles.add(v.asJsonObject()));
        }
        throw new AssertionError("the outbox never ran empty");
    }

    @Test
    void aNewOrChangedIndicatieFillsTheOutboxOfItsProviderWhoFetchesItOnce() throws Exception {
        Http oss = new Http(base).as("gemeente.oss");
        Http beheerder = new Http(base).as("beheerder");
        // A product and provider under contract: copied from a demo client of Oss (as ToegangApiIT does).
        JsonObject demo = oss.get("api/v1/clienten?size=1&sort=id").json().getJsonArray("items").getJsonObject(0);
        JsonObject voorbeeld = oss.get("api/v1/clienten/" + demo.getJsonNumber("id").longValue()).json()
                .getJsonArray("indicaties").getJsonObject(0);
        String product = voorbeeld.getString("productCode");
        long aanbiederId = voorbeeld.getJsonNumber("aanbiederId").longValue();
        String agb = IwmoBerichten.string("select agb_code from aanbieder where id = ?", aanbiederId);
        assertNotNull(agb, "the demo provider has an AGB code");
        String indicatieJson = "{\"productCode\":\"" + product + "\",\"categorie\":" + (product.startsWith("02B") ? "\"A\"" : "null")
                + ",\"aanbiederId\":" + aanbiederId + ",\"van\":\"" + voorbeeld.getString("van") + "\",\"tot\":"
                + (voorbeeld.isNull("tot") ? "null" : "\"" + voorbeeld.getString("tot") + "\"") + ",\"volume\":4}";
        long client = IwmoBerichten.client("GM0828"); // demo mode: synthetic BSN and contact data (DemoBsnBron)

        Http.Response nieuw = oss.post("api/v1/clienten/" + client + "/indicaties", indicatieJson);
        assertEquals(201, nieuw.status(), nieuw.body());
        long indicatie = nieuw.json().getJsonNumber("id").longValue();
        // At once, without anyone looking at the outbox: one WMO301 for this client, at this provider only.
        assertEquals(1, IwmoBerichten.count("select count(*) from iwmo_uitbak where client_id = ?", client));
        assertEquals(1, IwmoBerichten.count("select count(*) from iwmo_uitbak where client_id = ? and aanbieder_id = ? "
                + "and status = 'AANGEMAAKT' and berichtcode = '414'", client, aanbiederId));

        Http.Response gewijzigd = oss.put("api/v1/indicaties/" + indicatie, nieuw.header("ETag"),
                indicatieJson.replace("\"volume\":4", "\"volume\":6,\"redenWijziging\":\"01\""));
        assertEquals(200, gewijzigd.status(), gewijzigd.body());
        assertEquals(2, IwmoBerichten.count("select count(*) from iwmo_uitbak where client_id = ? and aanbieder_id = ?", client, aanbiederId),
                "the change gives a second WMO301");
        assertEquals(0, IwmoBerichten.count("select count(*) from iwmo_uitbak where client_id = ? and aanbieder_id <> ?", client, aanbiederId),
                "no other provider's outbox is touched");
        List<String> identificaties = new ArrayList<>();
        for (List<Object> r : Database.rows("select identificatie from iwmo_uitbak where client_id = ? order by id", client)) {
            identificaties.add((String) r.get(0));
        }

        // Another provider's account sees nothing; an account without a provider is refused; other roles too.
        IwmoBerichten.Aanbieder ander = IwmoBerichten.aanbieder("Uitbak ander");
        Http.Response leeg = new Http(base).as(aanbiederAccount(ander.id())).get("api/v1/iwmo/aanbieder/uitbak");
        assertEquals(200, leeg.status(), leeg.body());
        assertEquals(0, leeg.jsonValue().asJsonArray().size(), leeg.body());
        Http.Response zonder = new Http(base).as(aanbiederAccount(null)).get("api/v1/iwmo/aanbieder/uitbak");
        assertEquals(403, zonder.status(), zonder.body());
        assertEquals(403, beheerder.get("api/v1/iwmo/aanbieder/uitbak").status(), "the provider endpoint is the provider's only");
        String eigenAccount = aanbiederAccount(aanbiederId);
        Http eigen = new Http(base).as(eigenAccount);
        assertEquals(403, eigen.get("api/v1/iwmo/uitbak?aanbieder=" + agb + "&gemeente=GM0828").status(),
                "a provider account does not reach the gemeente's outbox");
        assertEquals(403, eigen.get("api/v1/clienten?size=1").status(), "nor client data");

        // The provider fetches: both messages, valid against WMO301.xsd, with their envelope.
        List<JsonObject> opgehaald = allesOphalen(eigen);
        Map<String, JsonObject> perId = new HashMap<>();
        opgehaald.forEach(b -> perId.put(b.getJsonObject("envelop").getString("berichtIdentificatie"), b));
        String laatste = null;
        for (String identificatie : identificaties) {
            JsonObject b = perId.get(identificatie);
            assertNotNull(b, identificatie + " fetched: " + perId.keySet());
            JsonObject envelop = b.getJsonObject("envelop");
            assertEquals("WMO301", envelop.getString("berichttype"));
            assertEquals("414", envelop.getString("berichtcode"));
            assertEquals("0828", envelop.getString("afzender"));
            assertEquals(agb, envelop.getString("ontvanger"));
            assertEquals("OPGEHAALD", envelop.getString("status"));
            assertFalse(envelop.isNull("aangemaaktOp") || envelop.isNull("opgehaaldOp") || envelop.isNull("dagtekening"), envelop.toString());
            byte[] xml = b.getString("inhoud").getBytes(StandardCharsets.UTF_8);
            assertDoesNotThrow(() -> IwmoXml.valideer(Berichttype.WMO301, xml), identificatie);
            assertTrue(b.getString("inhoud").contains("<wmo301:Ontvanger>" + agb + "</wmo301:Ontvanger>"), b.getString("inhoud"));
            assertTrue(b.getString("inhoud").contains(">" + indicatie + "<"), "holds the toewijzing");
            assertTrue(b.getString("inhoud").contains("<iwmo:Postcode>"), "TR006/CD034: an address");
            laatste = b.getString("inhoud");
        }
        assertTrue(laatste.contains("<iwmo:Volume>6</iwmo:Volume>"), "the newest message states the change: " + laatste);
        assertEquals(2, IwmoBerichten.count("select count(*) from iwmo_uitbak where client_id = ? and status = 'OPGEHAALD' "
                + "and opgehaald_door = ?", client, eigenAccount));
        assertEquals(0, eigen.get("api/v1/iwmo/aanbieder/uitbak").jsonValue().asJsonArray().size(), "fetched once: nothing pending");
        assertTrue(IwmoBerichten.count("select count(*) from audit_entry where entiteit = 'Aanbieder' and entiteit_id = ? "
                + "and actie = 'WMO301_OPGEHAALD' and actor = ? and details like ?", String.valueOf(aanbiederId), eigenAccount,
                "%" + identificaties.get(1) + "%") >= 1, "the fetch is audited");
        assertTrue(IwmoBerichten.count("select count(*) from client_inzage i join client c on c.pseudoniem = i.pseudoniem "
                + "where c.id = ? and i.actie = 'EXPORT' and i.gebruiker = ? and i.rol = 'AANBIEDER'", client, eigenAccount) >= 1,
                "the BSN leaving is logged for the client");

        // The provider's WMO302 on the newest message (through the inbox) closes it.
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Element wmo301 = f.newDocumentBuilder().parse(new ByteArrayInputStream(laatste.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        byte[] wmo302 = RetourSchrijver.retour(wmo301, Berichttype.WMO301, "P" + identificaties.get(1).substring(1),
                java.time.LocalDate.now(), new RetourSchrijver.Codes(List.of(), List.of(), List.of(List.of())));
        assertDoesNotThrow(() -> IwmoXml.valideer(Berichttype.WMO302, wmo302));
        Http.Response retour = beheerder.postBytes("api/v1/iwmo/berichten", "application/xml", wmo302);
        assertEquals(201, retour.status(), retour.body());
        assertEquals("WMO302", retour.json().getString("berichttype"));
        assertEquals("RETOUR_ONTVANGEN", IwmoBerichten.string("select status from iwmo_uitbak where aanbieder_id = ? and identificatie = ?",
                aanbiederId, identificaties.get(1)));
        assertEquals("OPGEHAALD", IwmoBerichten.string("select status from iwmo_uitbak where aanbieder_id = ? and identificatie = ?",
                aanbiederId, identificaties.get(0)));

        // The gemeente's side takes an AGB or an id and refuses an unknown provider.
        Http.Response onbekend = beheerder.get("api/v1/iwmo/uitbak?aanbieder=00000001&gemeente=GM0828");
        assertEquals(404, onbekend.status(), onbekend.body());
        assertTrue(onbekend.body().contains("Aanbieder"), onbekend.body());
        assertEquals(404, beheerder.get("api/v1/iwmo/toewijzingen/wmo301?aanbieder=999999999&gemeente=GM0828").status());
        Http.Response geenGetal = beheerder.get("api/v1/iwmo/uitbak?aanbieder=AGB1&gemeente=GM0828");
        assertEquals(400, geenGetal.status(), geenGetal.body());
        assertEquals("GEEN_GETAL", geenGetal.json().getString("code"));
        JsonArray perAgb = beheerder.get("api/v1/iwmo/uitbak?aanbieder=" + ander.agb() + "&gemeente=GM0828").jsonValue().asJsonArray();
        assertEquals(0, perAgb.size(), "the other provider's outbox stays empty: " + perAgb);
    }

    @Test
    void theCeoFieldworkFileHoldsNameAndAddressOfTheSampleAndNoPseudonym() throws Exception {
        Http controller = new Http(base).as("controller");
        Http beheerder = new Http(base).as("beheerder");
        int jaar = 2038; // a year CeoApiIT uses too: no new "latest year" for other screens
        String cbs = null;
        for (int i = 0; i < 100 && cbs == null; i++) {
            String kandidaat = String.format("GM7%03d", (System.currentTimeMillis() / 7 + i) % 1000);
            if (IwmoBerichten.count("select count(*) from gemeente where cbs_code = ?", kandidaat) == 0) {
                cbs = kandidaat;
            }
        }
        assertNotNull(cbs);
        Database.update("insert into gemeente (regio_id, cbs_code, naam, geldig_van, aangemaakt_op, gewijzigd_op) "
                + "select min(r.id), ?, ?, '2020-01-01', now(), now() from regio r", cbs, "Veldwerktest " + cbs);
        long gemeente = Database.number("select id from gemeente where cbs_code = ?", cbs);
        long aanbieder = Database.number("select min(id) from aanbieder");
        String[][] personen = {{"Veldwerk-Een", "A.B.", "5341AB", "12"}, {"Veldwerk-Twee", "C", "5342CD", "7"}, {"Veldwerk-Drie", null, "5343EF", "301"}};
        Map<String, String[]> perPseudoniem = new HashMap<>();
        for (String[] p : personen) {
            String pseudoniem = String.format("f15%061d", IwmoBerichten.TELLER.incrementAndGet());
            long client = IwmoBerichten.insert("insert into client (pseudoniem, geboortejaar, gemeente_id, segment) values (?, 1950, ?, '2')",
                    pseudoniem, gemeente);
            IwmoBerichten.insert("insert into indicatie (client_id, gemeente_id, product_code, aanbieder_id, van, tot) values (?, ?, '01HV', ?, ?, ?)",
                    client, gemeente, aanbieder, jaar + "-01-01", jaar + "-12-31");
            Http.Response contact = beheerder.put("api/v1/clienten/" + client + "/contact", "{\"achternaam\":\"" + p[0] + "\",\"voorletters\":"
                    + (p[1] == null ? "null" : "\"" + p[1] + "\"") + ",\"postcode\":\"" + p[2] + "\",\"huisnummer\":" + p[3] + "}");
            assertEquals(200, contact.status(), contact.body());
            perPseudoniem.put(pseudoniem, p);
        }

        Http.Response ronde = controller.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"" + cbs + "\",\"jaar\":" + jaar
                + ",\"omvang\":3,\"seed\":15}");
        assertEquals(201, ronde.status(), ronde.body());
        long id = ronde.json().getJsonNumber("id").longValue();
        Http.Response getrokken = controller.postIfMatch("api/v1/ceo/rondes/" + id + "/steekproef", ronde.header("ETag"), "");
        assertEquals(200, getrokken.status(), getrokken.body());
        assertEquals(3, getrokken.json().getInt("steekproef"));

        Http.Response csv = controller.get("api/v1/ceo/rondes/" + id + "/steekproef.csv");
        assertEquals(200, csv.status(), csv.body());
        String[] regels = csv.body().split("\n");
        assertEquals("respondent;voorletters;achternaam;postcode;huisnummer", regels[0]);
        assertEquals(4, regels.length, csv.body());
        assertFalse(PSEUDONIEM.matcher(csv.body()).find(), "no pseudonym leaves: " + csv.body());
        for (String pseudoniem : perPseudoniem.keySet()) {
            assertFalse(csv.body().contains(pseudoniem), "no pseudonym leaves");
        }
        Map<String, String> respondentVan = new HashMap<>();
        for (List<Object> r : Database.rows("select respondent, pseudoniem from ceo_steekproef where ronde_id = ?", id)) {
            respondentVan.put((String) r.get(1), (String) r.get(0));
        }
        for (Map.Entry<String, String[]> e : perPseudoniem.entrySet()) {
            String[] p = e.getValue();
            String verwacht = respondentVan.get(e.getKey()) + ";" + (p[1] == null ? "" : p[1].replace(".", "")) + ";" + p[0] + ";" + p[2] + ";" + p[3];
            assertTrue(List.of(regels).contains(verwacht), "line " + verwacht + " in\n" + csv.body());
            assertTrue(IwmoBerichten.count("select count(*) from client_inzage where pseudoniem = ? and actie = 'EXPORT' and gebruiker = 'controller' "
                    + "and doel like 'CEO-veldwerkbestand%'", e.getKey()) >= 1, "the export is logged per client");
        }
        assertEquals(1, IwmoBerichten.count("select count(*) from audit_entry where entiteit = 'CeoRonde' and entiteit_id = ? "
                + "and actie = 'STEEKPROEF_GEEXPORTEERD' and actor = 'controller' and details = ?", String.valueOf(id),
                "3 respondenten, 3 met naam en adres, 0 zonder bekend adres"), "the export is audited with its counts");

        // The respondent key still brings the answers back.
        String sleutel = regels[1].split(";")[0];
        Http.Response antwoorden = controller.postBytes("api/v1/ceo/rondes/" + id + "/antwoorden", "text/csv",
                ("respondent;vraag;antwoord\n" + sleutel + ";V01;4\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, antwoorden.status(), antwoorden.body());
        assertEquals(1, antwoorden.json().getInt("opgeslagen"), antwoorden.body());

        // Another gemeente's account cannot export this round; a role outside the CEO neither.
        assertEquals(403, new Http(base).as("gemeente.oss").get("api/v1/ceo/rondes/" + id + "/steekproef.csv").status());
        assertEquals(403, new Http(base).as("inkoop").get("api/v1/ceo/rondes/" + id + "/steekproef.csv").status());
    }
}
