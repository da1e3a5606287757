package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.IwmoBerichten.client;
import static nl.wmoregio.web.it.IwmoBerichten.client323;
import static nl.wmoregio.web.it.IwmoBerichten.count;
import static nl.wmoregio.web.it.IwmoBerichten.prestatie;
import static nl.wmoregio.web.it.IwmoBerichten.string;
import static nl.wmoregio.web.it.IwmoBerichten.toewijzing;
import static nl.wmoregio.web.it.IwmoBerichten.wmo323;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.wmoregio.iwmo.control.Berichttype;
import nl.wmoregio.iwmo.control.DemoBsnBron;
import nl.wmoregio.iwmo.control.IwmoXml;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The iWmo 3.2 exchange through the real stack: WMO323 accepted once and recognised as a
 * duplicate, every check refusing a crafted line with its code, malformed and hostile XML refused
 * with nothing saved, WMO305/WMO307 applied, WMO301 valid against its XSD, roles enforced. Test
 * data: own provider, clients and toewijzingen in 2035 (demo clients carry synthetic test BSNs).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IwmoApiIT {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    record Antwoord(int status, String body, String type, byte[] bytes, java.net.http.HttpHeaders headers) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    Antwoord post(String user, String xml) {
        return send(user, HttpRequest.newBuilder(URI.create(base + "api/v1/iwmo/berichten"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xml.getBytes(StandardCharsets.UTF_8))));
    }

    Antwoord get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    static Antwoord send(String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Antwoord(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8),
                    r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertProblem(Antwoord a, int status, String code, String field) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.type().startsWith("application/problem+json"), a.type());
        JsonObject p = a.json();
        assertEquals(code, p.getString("code", null), a.body());
        if (field != null) {
            assertEquals(field, p.getString("field", null), a.body());
        }
    }

    /** One provider and one client in Oss with a 02BIR (categorie A) toewijzing of 4 per month. */
    record Opzet(IwmoBerichten.Aanbieder aanbieder, long client, String bsn, long toewijzing, long tarief) {
    }

    static Opzet opzet(String naam) {
        IwmoBerichten.Aanbieder aanbieder = IwmoBerichten.aanbieder(naam);
        long client = client("GM0828");
        long toewijzing = toewijzing(client, "GM0828", aanbieder.id(), "02BIR", "A", 4, "82", "4", null);
        long tarief = IwmoBerichten.tarief("02BIR", "A", 51_000);
        return new Opzet(aanbieder, client, DemoBsnBron.testBsn(client), toewijzing, tarief);
    }

    static long regels(long toewijzing) {
        return count("select count(*) from declaratie_regel where indicatie_id = ?", toewijzing);
    }

    static long berichten() {
        return count("select count(*) from iwmo_bericht");
    }

    @AfterAll
    static void opruimen() {
        IwmoBerichten.opruimen();
    }

    @Test
    void aValidDeclarationIsAcceptedOnceAndTheSecondImportIsADuplicate() {
        Opzet o = opzet("Declarant");
        long t = o.tarief();
        String xml = wmo323(o.aanbieder().agb(), "0828", 2 * t + 3 * t, client323(o.bsn(),
                prestatie("A1", o.toewijzing(), "02", "02BIR", "2035-01-01", "2035-01-31", 2, "82", t, 2 * t),
                prestatie("A2", o.toewijzing(), "02", "02BIR", "2035-02-01", "2035-02-28", 3, "82", t, 3 * t)));
        Antwoord eerste = post("inkoop", xml);
        assertEquals(201, eerste.status(), eerste.body());
        JsonObject v = eerste.json();
        assertEquals("WMO323", v.getString("berichttype"));
        assertFalse(v.getBoolean("alVerwerkt"));
        assertEquals(2, v.getInt("goedgekeurd"), eerste.body());
        assertEquals(0, v.getInt("afgekeurd"));
        assertEquals(5 * t, v.getJsonNumber("goedgekeurdBedragCent").longValue());
        assertTrue(eerste.headers().firstValue("Location").orElse("").endsWith("/iwmo/berichten/" + v.getInt("id")));
        assertEquals(2, regels(o.toewijzing()));
        assertEquals(5 * t, count("select sum(bedrag_cent) from declaratie_regel where indicatie_id = ?", o.toewijzing()));
        long berichten = berichten();

        Antwoord tweede = post("contractmanager", xml);
        assertEquals(200, tweede.status(), tweede.body());
        assertTrue(tweede.json().getBoolean("alVerwerkt"), "the answer says it was processed before");
        assertEquals(v.getInt("id"), tweede.json().getInt("id"), "with the original result");
        assertEquals(2, tweede.json().getInt("goedgekeurd"));
        assertEquals(2, regels(o.toewijzing()), "nothing changed");
        assertEquals(berichten, berichten(), "no second message stored");

        Antwoord gelezen = get("beheerder", "api/v1/iwmo/berichten/" + v.getInt("id"));
        assertEquals(200, gelezen.status(), gelezen.body());
        assertEquals(2, gelezen.json().getJsonArray("regelresultaten").size());
        assertEquals("******" + o.bsn().substring(6), gelezen.json().getJsonArray("regelresultaten").getJsonObject(0).getString("bsn"),
                "the BSN only masked");
        assertFalse(gelezen.body().contains(o.bsn()), "never the full BSN in the answer");
    }

    @Test
    void eachCheckRefusesACraftedLineWithItsCode() {
        Opzet o = opzet("Controles");
        long t = o.tarief();
        long n = o.toewijzing();
        long budgetToewijzing = toewijzing(o.client(), "GM0828", o.aanbieder().id(), "02BIR", "A", null, "82", null, 3 * t);
        long totaalToewijzing = toewijzing(o.client(), "GM0828", o.aanbieder().id(), "02BIR", "A", 3, "82", "6", null);
        long regelsVooraf = count("select count(*) from declaratie_regel where aanbieder_id = ?", o.aanbieder().id());
        List<String> regels = new ArrayList<>();
        regels.add(prestatie("OK1", n, "02", "02BIR", "2035-01-01", "2035-01-31", 2, "82", t, 2 * t));          // 1 accepted
        regels.add(prestatie("F346", n, "02", "02BIR", "2035-02-01", "2035-02-28", 1, "82", t, t + 1));          // 2 TR346
        regels.add(prestatie("F418", n, "02", "02BIR", "2035-03-01", "2035-03-31", 1, "82", t + 100, t + 100));  // 3 TR418
        regels.add(prestatie("F339", n, "07", "02BIR", "2035-04-01", "2035-04-30", 1, "82", t, t));              // 4 TR339
        regels.add(prestatie("F340", n, "02", "02BIP", "2035-05-01", "2035-05-31", 1, "82", t, t));              // 5 TR340
        regels.add(prestatie("F341", n, "02", "02BIR", "2035-06-01", "2035-06-30", 1, "04", t, t));              // 6 TR341
        regels.add(prestatie("F321", n, "02", "02BIR", "2035-01-01", "2035-01-31", 3, "82", t, 3 * t));          // 7 TR321 (2 + 3 > 4)
        regels.add(prestatie("F387", n, "02", "02BIR", "2035-07-02", "2035-07-31", 1, "82", t, t));              // 8 TR387
        regels.add(prestatie("F388", n, "02", "02BIR", "2035-08-01", "2035-08-30", 1, "82", t, t));              // 9 TR388
        regels.add(prestatie("OK1", n, "02", "02BIR", "2035-09-01", "2035-09-30", 1, "82", t, t));               // 10 WR02 duplicate ref
        regels.add(prestatie("B1", budgetToewijzing, "02", "02BIR", "2035-01-01", "2035-01-31", 2, "82", t, 2 * t)); // 11 accepted
        regels.add(prestatie("F369", budgetToewijzing, "02", "02BIR", "2035-02-01", "2035-02-28", 2, "82", t, 2 * t)); // 12 TR369
        regels.add(prestatie("T1", totaalToewijzing, "02", "02BIR", "2035-01-01", "2035-01-31", 2, "82", t, 2 * t)); // 13 accepted
        regels.add(prestatie("F322", totaalToewijzing, "02", "02BIR", "2035-02-01", "2035-02-28", 2, "82", t, 2 * t)); // 14 TR322
        regels.add(prestatie("F999", 999_999_999L, "02", "02BIR", "2035-01-01", "2035-01-31", 1, "82", t, t)); // 15 WR01 unknown toewijzing
        String ongeldigBsn = "123456789";
        String xml = wmo323(o.aanbieder().agb(), "0828", 0, client323(o.bsn(), regels.toArray(String[]::new)),
                client323(ongeldigBsn, prestatie("FCS", n, "02", "02BIR", "2035-10-01", "2035-10-31", 1, "82", t, t)), // 16 CS002
                client323("111222333", prestatie("FBS", n, "02", "02BIR", "2035-11-01", "2035-11-30", 1, "82", t, t))); // 17 WR04
        Antwoord a = post("beheerder", xml);
        assertEquals(201, a.status(), a.body());
        JsonArray resultaten = a.json().getJsonArray("regelresultaten");
        assertEquals(17, resultaten.size());
        String[] verwacht = {null, "TR346", "TR418", "TR339", "TR340", "TR341", "TR321", "TR387", "TR388", "WR02", null, "TR369",
                null, "TR322", "WR01", "CS002", "WR04"};
        for (int i = 0; i < verwacht.length; i++) {
            JsonObject r = resultaten.getJsonObject(i);
            List<String> codes = r.getJsonArray("retourcodes").stream().map(JsonValue::asJsonObject).map(c -> c.getString("code")).toList();
            if (verwacht[i] == null) {
                assertTrue(r.getBoolean("goedgekeurd"), "line " + (i + 1) + " accepted: " + r);
            } else {
                assertFalse(r.getBoolean("goedgekeurd"), "line " + (i + 1) + " rejected: " + r);
                assertEquals(List.of(verwacht[i]), codes, "line " + (i + 1) + ": " + r);
                assertFalse(r.getJsonArray("retourcodes").getJsonObject(0).getString("reden").isBlank());
            }
        }
        assertEquals(3, a.json().getInt("goedgekeurd"));
        assertEquals(14, a.json().getInt("afgekeurd"));
        assertEquals("WR07", a.json().getJsonArray("berichtcodes").getJsonObject(0).getString("code"), "total 0 is not the sum");
        assertEquals(regelsVooraf + 3, count("select count(*) from declaratie_regel where aanbieder_id = ?", o.aanbieder().id()),
                "only the accepted lines became declaration lines");
    }

    @Test
    void malformedXmlIsRefusedNamingTheElementAndNothingIsSaved() {
        Opzet o = opzet("Kapot");
        long t = o.tarief();
        long voor = berichten();
        String geldig = wmo323(o.aanbieder().agb(), "0828", t, client323(o.bsn(),
                prestatie("K1", o.toewijzing(), "02", "02BIR", "2035-01-01", "2035-01-31", 1, "82", t, t)));
        Antwoord schema = post("inkoop", geldig.replace("<wmo323:Eenheid>82</wmo323:Eenheid>", "<wmo323:Eenheid>99</wmo323:Eenheid>"));
        assertProblem(schema, 400, "XML_ONGELDIG", "Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/Eenheid");
        assertTrue(schema.json().getString("detail").startsWith("Regel 10, kolom "), schema.body());

        Antwoord kapot = post("inkoop", geldig.replace("</wmo323:DeclaratieNummer>", "</wmo323:Nummer>"));
        assertProblem(kapot, 400, "XML_ONGELDIG", "Bericht/Declaratie/DeclaratieNummer");
        assertTrue(kapot.json().getString("detail").contains("Regel 4"), kapot.body());

        Antwoord onbekend = post("inkoop", geldig.replace(o.aanbieder().agb(), "00000001"));
        assertProblem(onbekend, 400, "AFZENDER_ONBEKEND", "Bericht/Header/Afzender");
        assertProblem(post("inkoop", "dit is geen xml"), 400, "XML_ONGELDIG", null);
        assertEquals(voor, berichten(), "nothing saved");
        assertEquals(0, regels(o.toewijzing()));
    }

    @Test
    void externalEntitiesAreRefused() {
        long voor = berichten();
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<wmo323:Bericht xmlns:wmo323=\"http://www.istandaarden.nl/iwmo/3_2/wmo323/schema\">&xxe;</wmo323:Bericht>";
        Antwoord a = post("inkoop", xxe);
        assertProblem(a, 400, "XML_ONGELDIG", null);
        assertTrue(a.json().getString("detail").contains("DOCTYPE"), a.body());
        assertFalse(a.body().contains("root:"), "no file content leaks");
        String bom = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><a>&c;</a>";
        assertProblem(post("inkoop", bom), 400, "XML_ONGELDIG", null);
        assertEquals(voor, berichten());
    }

    @Test
    void aFileAboveTheSizeLimitIsRefused() {
        String groot = "<a>" + "x".repeat(10 * 1024 * 1024) + "</a>";
        Antwoord a = post("inkoop", groot);
        assertProblem(a, 413, "BESTAND_TE_GROOT", "bestand");
    }

    @Test
    void startAndStopOfZorgAreApplied() {
        Opzet o = opzet("Start en stop");
        Antwoord start = post("contractmanager", IwmoBerichten.wmo305(o.aanbieder().agb(), "0828", o.bsn(), o.toewijzing(), "2035-01-06"));
        assertEquals(201, start.status(), start.body());
        assertEquals("WMO305", start.json().getString("berichttype"));
        assertEquals(1, start.json().getInt("goedgekeurd"), start.body());
        assertEquals("2035-01-06", string("select start_zorg from indicatie where id = ?", o.toewijzing()));

        Antwoord stop = post("contractmanager", IwmoBerichten.wmo307(o.aanbieder().agb(), "0828", o.bsn(), o.toewijzing(),
                "2035-01-06", "31", "2035-06-30"));
        assertEquals(201, stop.status(), stop.body());
        assertEquals(1, stop.json().getInt("goedgekeurd"), stop.body());
        assertEquals("2035-06-30", string("select stop_zorg from indicatie where id = ?", o.toewijzing()));
        assertEquals("VERHUISD", string("select reden_einde from indicatie where id = ?", o.toewijzing()));
        assertTrue(count("select count(*) from audit_entry where entiteit = 'Indicatie' and entiteit_id = ? and actie = 'STOP_ZORG'",
                String.valueOf(o.toewijzing())) >= 1, "audited");

        // The same stop again changes nothing; a stop outside the toewijzing is refused per line.
        String herhaling = IwmoBerichten.wmo307(o.aanbieder().agb(), "0828", o.bsn(), o.toewijzing(), "2035-01-06", "31", "2035-06-30");
        Antwoord buiten = post("contractmanager", herhaling.replace("2035-06-30", "2036-06-30"));
        assertEquals(201, buiten.status(), buiten.body());
        assertEquals(0, buiten.json().getInt("goedgekeurd"));
        assertEquals("WR03", buiten.json().getJsonArray("regelresultaten").getJsonObject(0).getJsonArray("retourcodes")
                .getJsonObject(0).getString("code"));
        assertEquals("2035-06-30", string("select stop_zorg from indicatie where id = ?", o.toewijzing()), "unchanged");

        Antwoord vreemd = post("contractmanager", IwmoBerichten.wmo305(o.aanbieder().agb(), "0828", o.bsn(), 999_999_998L, "2035-01-06"));
        assertEquals("WR01", vreemd.json().getJsonArray("regelresultaten").getJsonObject(0).getJsonArray("retourcodes")
                .getJsonObject(0).getString("code"));
    }

    @Test
    void wmo301OutputValidatesAgainstTheXsd() throws Exception {
        Opzet o = opzet("Toewijzingen");
        long tweede = toewijzing(o.client(), "GM0828", o.aanbieder().id(), "01HV", null, 3, "04", "2", null);
        long anderClient = client("GM0828");
        toewijzing(anderClient, "GM0828", o.aanbieder().id(), "02BIR", "B", null, "82", null, 100_000L);
        Antwoord a = get("inkoop", "api/v1/iwmo/toewijzingen/wmo301?aanbieder=" + o.aanbieder().id() + "&gemeente=GM0828&van=2035-01-01");
        assertEquals(200, a.status(), a.body());
        assertTrue(a.type().startsWith("application/zip"), a.type());
        assertEquals("2", a.headers().firstValue("X-Aantal-Berichten").orElse(null));
        assertEquals("3", a.headers().firstValue("X-Aantal-Toewijzingen").orElse(null));
        int bestanden = 0;
        boolean beideToewijzingen = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(a.bytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] xml = zip.readAllBytes();
                assertDoesNotThrow(() -> IwmoXml.valideer(Berichttype.WMO301, xml), e.getName());
                String tekst = new String(xml, StandardCharsets.UTF_8);
                assertTrue(tekst.contains("<wmo301:Ontvanger>" + o.aanbieder().agb() + "</wmo301:Ontvanger>"));
                beideToewijzingen |= tekst.contains(">" + o.toewijzing() + "<") && tekst.contains(">" + tweede + "<");
                bestanden++;
            }
        }
        assertEquals(2, bestanden, "one message per client");
        assertEquals(1, count("select count(*) from client_inzage c join client k on k.pseudoniem = c.pseudoniem "
                + "where k.id = ? and c.actie = 'EXPORT' and c.gebruiker = 'inkoop'", o.client()), "the BSN leaving is logged");
        assertTrue(beideToewijzingen, "the first client's message holds both toewijzingen");
        Antwoord leeg = get("inkoop", "api/v1/iwmo/toewijzingen/wmo301?aanbieder=" + o.aanbieder().id() + "&gemeente=GM0828&van=2037-01-01");
        assertEquals("0", leeg.headers().firstValue("X-Aantal-Berichten").orElse(null));
        assertProblem(get("inkoop", "api/v1/iwmo/toewijzingen/wmo301?aanbieder=" + o.aanbieder().id()), 400, "VERPLICHT", "gemeente");
        assertProblem(get("inkoop", "api/v1/iwmo/toewijzingen/wmo301?aanbieder=1&gemeente=GM0828&van=morgen"), 400, "DATUM_ONGELDIG", "van");
    }

    @Test
    void rolesAreEnforced() {
        Opzet o = opzet("Rollen");
        long t = o.tarief();
        String xml = wmo323(o.aanbieder().agb(), "0828", t, client323(o.bsn(),
                prestatie("R1", o.toewijzing(), "02", "02BIR", "2035-01-01", "2035-01-31", 1, "82", t, t)));
        for (String user : new String[] {"toezichthouder", "controller", "gemeente.oss"}) {
            Antwoord refused = post(user, xml);
            assertEquals(403, refused.status(), user + ": " + refused.body());
            assertTrue(refused.type().startsWith("application/problem+json"), refused.type());
            assertEquals(403, get(user, "api/v1/iwmo/toewijzingen/wmo301?aanbieder=" + o.aanbieder().id() + "&gemeente=GM0828").status());
        }
        assertEquals(401, post(null, xml).status());
        assertEquals(0, regels(o.toewijzing()), "nothing saved by refused calls");
        Antwoord ok = post("inkoop", xml);
        assertEquals(201, ok.status(), ok.body());
        int id = ok.json().getInt("id");
        for (String user : new String[] {"toezichthouder", "controller"}) {
            assertEquals(403, get(user, "api/v1/iwmo/berichten").status(), user);
            assertEquals(403, get(user, "api/v1/iwmo/berichten/" + id).status(), user);
        }
        // GEMEENTE users see only their own gemeente's messages.
        assertEquals(200, get("gemeente.oss", "api/v1/iwmo/berichten/" + id).status());
        assertEquals(404, get("gemeente.bernheze", "api/v1/iwmo/berichten/" + id).status());
        Antwoord lijstBernheze = get("gemeente.bernheze", "api/v1/iwmo/berichten?size=200");
        assertEquals(200, lijstBernheze.status(), lijstBernheze.body());
        assertTrue(lijstBernheze.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .noneMatch(b -> b.getInt("id") == id), "not in Bernheze's list");
        Antwoord lijstOss = get("gemeente.oss", "api/v1/iwmo/berichten?size=200");
        assertTrue(lijstOss.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(b -> b.getInt("id") == id), "in Oss's list");
        Antwoord pagina = get("beheerder", "api/v1/iwmo/berichten?size=1&page=0");
        assertEquals(1, pagina.json().getJsonArray("items").size());
        assertTrue(pagina.json().getInt("total") >= 1);
        assertEquals(400, get("beheerder", "api/v1/iwmo/berichten?sort=inhoud").status());
    }
}
