package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.GemeenteApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Toezicht through the real stack: late-report flag, every forbidden step refused with 409 and its
 * code, finalisation blocked without complete findings, contract measures visible to inkoop, role
 * and organisation refusals, and a history entry for every change. Meldingen here use 2025 dates
 * and the test's own gemeente GM9537 (no other test uses them).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ToezichtApiIT {

    static final String CBS = "GM9537";
    static final String M = "api/v1/toezicht/meldingen";
    static final String O = "api/v1/toezicht/onderzoeken";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http wmo;
    Http ggd;
    long aanbiederId;
    long demoGemeenteId;

    @BeforeEach
    void clients() {
        wmo = new Http(base).as("toezichthouder");
        ggd = new Http(base).as("toezichthouder.ggd");
        JsonObject contract = new Http(base).as("inkoop").get("api/v1/contracten?size=1&sort=nummer").json().getJsonArray("items").getJsonObject(0);
        aanbiederId = contract.getJsonNumber("aanbiederId").longValue();
        demoGemeenteId = new Http(base).as("beheerder").get("api/v1/gemeenten?naam=GM0828").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void calamiteitenReportedAfterTwoWorkingDaysAreFlaggedLate() throws Exception {
        // Monday 3 March 2025; Wednesday is two working days later (in time), Thursday three (late).
        JsonObject opTijd = meld(wmo, "ZORGVERLENER", "CALAMITEIT", "2025-03-03", "2025-03-05", null).json().getJsonObject("melding");
        assertFalse(opTijd.getBoolean("teLaat"), opTijd.toString());
        assertEquals(2, opTijd.getInt("werkdagen"));
        JsonObject teLaat = meld(wmo, "ZORGVERLENER", "GEWELD", "2025-03-03", "2025-03-06", null).json().getJsonObject("melding");
        assertTrue(teLaat.getBoolean("teLaat"));
        assertEquals(3, teLaat.getInt("werkdagen"));
        // Over a weekend: Friday to Tuesday is two working days.
        assertFalse(meld(wmo, "CONSULENT", "CALAMITEIT", "2025-03-07", "2025-03-11", null).json().getJsonObject("melding").getBoolean("teLaat"));
        // Only calamiteit and geweld have the reporting duty.
        assertFalse(meld(wmo, "CONSULENT", "KLACHT", "2025-01-06", "2025-03-06", null).json().getJsonObject("melding").getBoolean("teLaat"));
        JsonObject instelling = wmo.get("api/v1/toezicht/instelling").json();
        assertEquals(2, instelling.getInt("meldtermijnWerkdagen"));
        assertEquals("BNO-O", instelling.getString("regioCode"));

        // The provider's own channel: report date is today, so an event ten days ago is late.
        Http melder = new Http(base).as("melder");
        // the reporting account belongs to one provider (issue 16 M10)
        long melderAanbieder = Database.number("SELECT aanbieder_id FROM gebruiker WHERE gebruikersnaam = 'melder'");
        Http.Response eigen = melder.post("api/v1/toezicht/calamiteitmeldingen", "{\"soort\":\"CALAMITEIT\",\"aanbiederId\":" + melderAanbieder
                + ",\"gemeenteId\":" + demoGemeenteId + ",\"gebeurtenisDatum\":\"" + LocalDate.now().minusDays(10)
                + "\",\"omschrijving\":\"Val met letsel bij transfer\",\"melderNaam\":\"Kwaliteitsfunctionaris\"}");
        assertEquals(201, eigen.status(), eigen.body());
        assertTrue(eigen.json().getJsonObject("melding").getBoolean("teLaat"));
        assertEquals("AANBIEDER", eigen.json().getJsonObject("melding").getString("bron"));
        assertProblem(melder.post("api/v1/toezicht/calamiteitmeldingen", "{\"soort\":\"KLACHT\",\"aanbiederId\":" + aanbiederId
                + ",\"gemeenteId\":" + demoGemeenteId + ",\"gebeurtenisDatum\":\"2025-03-03\",\"omschrijving\":\"x\"}"), 400, "soort");
        assertEquals(403, melder.get(M).status(), "the reporting account cannot read meldingen");
        assertEquals(403, melder.get("api/v1/aanbieders").status(), "nor anything else");
        assertProblem(meld(wmo, "INWONER", "KLACHT", "2025-03-07", "2025-03-06", null), 400, "gebeurtenisDatum");
        assertProblem(meld(wmo, "INWONER", "ONZIN", "2025-03-03", "2025-03-06", null), 400, "soort");
    }

    @Test
    void everyForbiddenMeldingStepIsRefusedWith409AndItsCode() {
        JsonObject m = meld(wmo, "VERWIJZER", "SIGNAAL_KWALITEIT", "2025-04-01", "2025-04-02", null).json();
        long id = id(m);
        String path = M + "/" + id;
        conflict(wmo.postIfMatch(path + "/onderzoek", etag(path), onderzoekJson(null)), "MELDING_ONDERZOEK_STARTEN_NIET_TOEGESTAAN");
        conflict(wmo.postIfMatch(path + "/samenvoeging", etag(path), "{\"hoofdMeldingId\":1}"), "MELDING_SAMENVOEGEN_NIET_TOEGESTAAN");
        conflict(wmo.postIfMatch(path + "/heropening", etag(path), "{\"reden\":\"x\"}"), "MELDING_HEROPENEN_NIET_TOEGESTAAN");
        conflict(wmo.postIfMatch(path + "/anonimisering", etag(path), "{}"), "MELDING_ANONIMISEREN_NIET_TOEGESTAAN");
        ok(wmo.postIfMatch(path + "/toewijzing", etag(path), "{\"organisatie\":\"WMO_TOEZICHTHOUDER\",\"termijnDagen\":10}"));
        assertProblem(wmo.postIfMatch(path + "/sluiting", etag(path), "{\"reden\":\" \"}"), 400, "reden");
        JsonObject gesloten = ok(wmo.postIfMatch(path + "/sluiting", etag(path), "{\"reden\":\"Geen aanwijzingen\"}"));
        assertEquals("GESLOTEN", gesloten.getJsonObject("melding").getString("status"));
        conflict(wmo.postIfMatch(path + "/sluiting", etag(path), "{\"reden\":\"nogmaals\"}"), "MELDING_SLUITEN_NIET_TOEGESTAAN");
        conflict(wmo.postIfMatch(path + "/onderzoek", etag(path), onderzoekJson(null)), "MELDING_ONDERZOEK_STARTEN_NIET_TOEGESTAAN");
        conflict(wmo.postIfMatch(path + "/toewijzing", etag(path), "{\"organisatie\":\"GGD\"}"), "MELDING_TOEWIJZEN_NIET_TOEGESTAAN");
        assertProblem(wmo.postIfMatch(path + "/heropening", etag(path), "{}"), 400, "reden");
        ok(wmo.postIfMatch(path + "/heropening", etag(path), "{\"reden\":\"Nieuwe informatie van de verwijzer\"}"));
        Http.Response onderzoek = wmo.postIfMatch(path + "/onderzoek", etag(path), onderzoekJson(null));
        assertEquals(201, onderzoek.status(), onderzoek.body());
        JsonObject inOnderzoek = wmo.get(path).json();
        assertEquals("IN_ONDERZOEK", inOnderzoek.getJsonObject("melding").getString("status"));
        assertEquals(onderzoek.json().getJsonObject("onderzoek").getString("nummer"), inOnderzoek.getString("onderzoekNummer"));
        conflict(wmo.postIfMatch(path + "/sluiting", etag(path), "{\"reden\":\"x\"}"), "MELDING_SLUITEN_NIET_TOEGESTAAN");
        conflict(wmo.postIfMatch(path + "/heropening", etag(path), "{\"reden\":\"x\"}"), "MELDING_HEROPENEN_NIET_TOEGESTAAN");

        // Onderzoek steps out of order.
        String o = O + "/" + onderzoek.json().getJsonObject("onderzoek").getJsonNumber("id").longValue();
        long norm = onderzoek.json().getJsonArray("normen").getJsonObject(0).getJsonNumber("normId").longValue();
        conflict(wmo.postIfMatch(o + "/bevindingen", etag(o), bevinding(norm, "VOLDOET")), "ONDERZOEK_BEVINDING_VASTLEGGEN_NIET_TOEGESTAAN");
        conflict(wmo.postIfMatch(o + "/concept", etag(o), "{}"), "ONDERZOEK_CONCEPT_OPSTELLEN_NIET_TOEGESTAAN");
        conflict(wmo.postIfMatch(o + "/definitief", etag(o), "{}"), "ONDERZOEK_DEFINITIEF_MAKEN_NIET_TOEGESTAAN");
        ok(wmo.postIfMatch(o + "/start", etag(o), "{\"datum\":\"2025-04-10\"}"));
        conflict(wmo.postIfMatch(o + "/start", etag(o), "{}"), "ONDERZOEK_STARTEN_NIET_TOEGESTAAN");
        conflict(wmo.postIfMatch(o + "/zienswijze", etag(o), "{\"tekst\":\"x\"}"), "ONDERZOEK_ZIENSWIJZE_VASTLEGGEN_NIET_TOEGESTAAN");
        conflict(wmo.postIfMatch(o + "/definitief", etag(o), "{}"), "ONDERZOEK_DEFINITIEF_MAKEN_NIET_TOEGESTAAN");
    }

    @Test
    void theReportCannotBeFinalWithoutAFindingForEveryNormInScope() {
        String o = nieuwOnderzoek(wmo, "[\"V1\",\"V2\",\"C1\"]");
        JsonObject detail = wmo.get(o).json();
        assertEquals(3, detail.getJsonArray("normen").size(), "only the norms in scope");
        ok(wmo.postIfMatch(o + "/start", etag(o), "{}"));
        ok(wmo.postIfMatch(o + "/bevindingen", etag(o), bevinding(normId(detail, "V1"), "VOLDOET_DEELS")));
        assertProblem(wmo.postIfMatch(o + "/bevindingen", etag(o), "{\"normId\":" + normId(detail, "V2") + ",\"oordeel\":\"GOED\",\"onderbouwing\":\"x\"}"), 400, "oordeel");
        assertProblem(wmo.postIfMatch(o + "/bevindingen", etag(o), "{\"normId\":" + normId(detail, "V2") + ",\"oordeel\":\"VOLDOET\"}"), 400, "onderbouwing");
        ok(wmo.postIfMatch(o + "/concept", etag(o), "{}"));
        ok(wmo.postIfMatch(o + "/zienswijze", etag(o), "{\"tekst\":\"Wij herkennen de bevinding over V1 en passen het risicobeleid aan.\"}"));
        Http.Response geweigerd = wmo.postIfMatch(o + "/definitief", etag(o), "{}");
        conflict(geweigerd, "BEVINDINGEN_ONVOLLEDIG");
        assertTrue(geweigerd.json().getString("detail").contains("C1, V2"), geweigerd.body());
        assertEquals("ZIENSWIJZE_ONTVANGEN", wmo.get(o).json().getJsonObject("onderzoek").getString("status"), "nothing changed");
        ok(wmo.postIfMatch(o + "/bevindingen", etag(o), bevinding(normId(detail, "V2"), "VOLDOET")));
        ok(wmo.postIfMatch(o + "/bevindingen", etag(o), bevinding(normId(detail, "C1"), "VOLDOET_NIET")));
        JsonObject definitief = ok(wmo.postIfMatch(o + "/definitief", etag(o), "{}"));
        assertEquals("DEFINITIEF", definitief.getJsonObject("onderzoek").getString("status"));
        conflict(wmo.postIfMatch(o + "/bevindingen", etag(o), bevinding(normId(detail, "C1"), "VOLDOET")), "ONDERZOEK_BEVINDING_VASTLEGGEN_NIET_TOEGESTAAN");
        Http.Response rapport = wmo.get(o + "/rapport");
        assertEquals(200, rapport.status());
        assertTrue(rapport.header("Content-Type").startsWith("text/html"));
        assertTrue(rapport.body().contains("Definitief rapport") && rapport.body().contains("Voldoet niet")
                && rapport.body().contains("risicobeleid"), rapport.body());
    }

    @Test
    void aTerminationMeasureIsVisibleOnTheContractAndOverdueMeasuresSurface() {
        JsonObject contract = new Http(base).as("inkoop").get("api/v1/contracten?size=1&sort=nummer").json().getJsonArray("items").getJsonObject(0);
        String contractPath = "api/v1/contracten/" + contract.getJsonNumber("id").longValue() + "/toezicht";
        String o = nieuwOnderzoek(wmo, "[\"V1\"]");
        ok(wmo.postIfMatch(o + "/start", etag(o), "{}"));
        Http.Response zonderDeadline = wmo.postIfMatch(o + "/maatregelen", etag(o), "{\"type\":\"BEEINDIGING_CONTRACT\",\"omschrijving\":\"Ernstige tekortkomingen\"}");
        assertProblem(zonderDeadline, 400, "deadline");
        assertEquals("DEADLINE_VERPLICHT", zonderDeadline.json().getString("code"));
        JsonObject met = ok(wmo.postIfMatch(o + "/maatregelen", etag(o), "{\"type\":\"BEEINDIGING_CONTRACT\",\"omschrijving\":"
                + "\"Ernstige tekortkomingen na aanwijzing\",\"deadline\":\"" + LocalDate.now().minusDays(1) + "\","
                + "\"redenOverslaan\":\"Acuut gevaar na calamiteit (issue 13: ladder)\"}"));
        long maatregelId = met.getJsonArray("maatregelen").getJsonObject(0).getJsonNumber("id").longValue();
        String maatregelEtag = "\"" + met.getJsonArray("maatregelen").getJsonObject(0).getJsonNumber("version").longValue() + "\"";
        for (String user : List.of("inkoop", "contractmanager", "controller")) {
            JsonObject toezicht = new Http(base).as(user).get(contractPath).json();
            assertTrue(toezicht.getBoolean("beeindiging"), user + ": " + toezicht);
            assertTrue(toezicht.getJsonArray("maatregelen").stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == maatregelId));
        }
        JsonObject verlopen = wmo.get("api/v1/toezicht/maatregelen/verlopen?size=200").json();
        assertTrue(verlopen.getJsonArray("items").stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == maatregelId),
                "the overdue measure is on the worklist");
        String afronding = O + "/maatregelen/" + maatregelId + "/afronding";
        Http.Response zonderMatch = wmo.post(afronding, "{\"opvolging\":\"Contract beëindigd per 1 mei\"}");
        assertEquals(428, zonderMatch.status());
        assertEquals(412, wmo.postIfMatch(afronding, "\"99\"", "{\"opvolging\":\"x\"}").status());
        Http.Response afgerond = wmo.postIfMatch(afronding, maatregelEtag, "{\"opvolging\":\"Contract beëindigd per 1 mei\"}");
        assertEquals(200, afgerond.status(), afgerond.body());
        assertEquals("AFGEROND", afgerond.json().getString("status"));
        conflict(wmo.postIfMatch(afronding, afgerond.header("ETag"), "{\"opvolging\":\"x\"}"), "MAATREGEL_AL_AFGEROND");
        assertFalse(wmo.get("api/v1/toezicht/maatregelen/verlopen?size=200").json().getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == maatregelId));
    }

    @Test
    void rolesAndOrganisationsAreEnforced() {
        // Roles: controller and gemeente may not read the worklist; gemeente may report; contractmanager may not triage.
        assertEquals(403, new Http(base).as("controller").get(M).status());
        Http gemeente = new Http(base).as("gemeente.oss");
        assertEquals(403, gemeente.get(M).status());
        // a gemeente reports today (issue 16 L18: only toezicht registers an earlier report date)
        JsonObject inwoner = meld(gemeente, "INWONER", "KLACHT", LocalDate.now().minusDays(1).toString(), LocalDate.now().toString(),
                "Mevrouw Jansen").json();
        String path = M + "/" + id(inwoner);
        Http cm = new Http(base).as("contractmanager");
        assertEquals(403, cm.postIfMatch(path + "/toewijzing", etag(path), "{\"organisatie\":\"GGD\"}").status());
        assertEquals(401, new Http(base).get(M).status());
        // Reporter identity of an inwoner: only toezicht sees it.
        JsonObject voorCm = cm.get(path).json();
        assertNull(voorCm.getString("melderNaam", null));
        assertFalse(voorCm.getBoolean("melderZichtbaar"));
        assertEquals("Mevrouw Jansen", wmo.get(path).json().getString("melderNaam"));
        // If-Match is required and must be current.
        assertEquals(428, wmo.post(path + "/toewijzing", "{\"organisatie\":\"GGD\"}").status());
        assertEquals(412, wmo.postIfMatch(path + "/toewijzing", "\"77\"", "{\"organisatie\":\"GGD\"}").status());
        // Assigned to the GGD: the Wmo-toezichthouder may not close it.
        ok(wmo.postIfMatch(path + "/toewijzing", etag(path), "{\"organisatie\":\"GGD\"}"));
        Http.Response ander = wmo.postIfMatch(path + "/sluiting", etag(path), "{\"reden\":\"x\"}");
        assertProblem(ander, 403, "organisatie");
        assertEquals("ANDERE_ORGANISATIE", ander.json().getString("code"));
        ok(ggd.postIfMatch(path + "/sluiting", etag(path), "{\"reden\":\"Doorverwezen naar de klachtenregeling van de aanbieder\"}"));
        // AVG: anonymise after closing.
        JsonObject anoniem = ok(ggd.postIfMatch(path + "/anonimisering", etag(path), "{\"reden\":\"Bewaartermijn\"}"));
        assertTrue(anoniem.getBoolean("geanonimiseerd"));
        assertNull(anoniem.getString("melderNaam", null));
        // An onderzoek of the Wmo-toezichthouder: the GGD may read but not edit.
        String o = nieuwOnderzoek(wmo, "[\"V1\"]");
        assertEquals(200, ggd.get(o).status());
        assertFalse(ggd.get(o).json().getBoolean("bewerkbaar"));
        Http.Response ggdStart = ggd.postIfMatch(o + "/start", etag(o), "{}");
        assertProblem(ggdStart, 403, "organisatie");
        assertEquals("GEPLAND", wmo.get(o).json().getJsonObject("onderzoek").getString("status"));
        assertEquals(403, cm.postIfMatch(o + "/start", etag(o), "{}").status());
        // Only the beheerder changes the regional deadlines.
        assertEquals(403, wmo.put("api/v1/toezicht/instelling", "\"0\"", "{\"meldtermijnWerkdagen\":3,\"triagetermijnDagen\":5}").status());
    }

    @Test
    void everyChangeIsWrittenToTheHistoryWithBeforeAndAfter() {
        JsonObject m = meld(wmo, "ANONIEM", "SIGNAAL_RECHTMATIGHEID", "2025-06-02", "2025-06-03", null).json();
        String path = M + "/" + id(m);
        assertEquals(1, historie(path).size());
        ok(wmo.postIfMatch(path + "/toewijzing", etag(path), "{\"organisatie\":\"WMO_TOEZICHTHOUDER\"}"));
        ok(wmo.postIfMatch(path + "/sluiting", etag(path), "{\"reden\":\"Onvoldoende concreet\"}"));
        ok(wmo.postIfMatch(path + "/heropening", etag(path), "{\"reden\":\"Tweede signaal ontvangen\"}"));
        Http.Response bijlage = wmo.postBytes(path + "/bijlagen?bestandsnaam=notitie.txt", "text/plain", "Gespreksnotitie".getBytes());
        assertEquals(201, bijlage.status(), bijlage.body());
        assertEquals(400, wmo.postBytes(path + "/bijlagen?bestandsnaam=nep.pdf", "application/pdf", "MZ geen pdf".getBytes()).status());
        long bijlageId = bijlage.json().getJsonArray("bijlagen").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals("Gespreksnotitie", wmo.get(path + "/bijlagen/" + bijlageId).body());
        Http.Response o = wmo.postIfMatch(path + "/onderzoek", etag(path), onderzoekJson("[\"E1\"]"));
        assertEquals(201, o.status(), o.body());
        JsonArray historie = historie(path);
        assertEquals(List.of("ONDERZOEK_STARTEN", "BIJLAGE_TOEGEVOEGD", "HEROPENEN", "SLUITEN", "TOEWIJZEN", "AANGEMAAKT"),
                historie.stream().map(v -> v.asJsonObject().getString("actie")).toList());
        for (int i = 0; i < historie.size(); i++) {
            JsonObject h = historie.getJsonObject(i);
            assertEquals("toezichthouder", h.getString("actor"));
            if (List.of("ONDERZOEK_STARTEN", "HEROPENEN", "SLUITEN", "TOEWIJZEN").contains(h.getString("actie"))) {
                assertTrue(h.getString("details").contains(" -> "), "before and after: " + h);
            }
        }
        assertEquals("Tweede signaal ontvangen", historie.getJsonObject(2).getString("reden"));
        String op = O + "/" + o.json().getJsonObject("onderzoek").getJsonNumber("id").longValue();
        long norm = o.json().getJsonArray("normen").getJsonObject(0).getJsonNumber("normId").longValue();
        ok(wmo.postIfMatch(op + "/start", etag(op), "{}"));
        ok(wmo.postIfMatch(op + "/bevindingen", etag(op), bevinding(norm, "VOLDOET_DEELS")));
        ok(wmo.postIfMatch(op + "/bevindingen", etag(op), bevinding(norm, "VOLDOET")));
        ok(wmo.postIfMatch(op + "/maatregelen", etag(op), "{\"type\":\"VERBETERPLAN\",\"omschrijving\":\"Plan voor urenverantwoording\",\"deadline\":\"2025-09-01\"}"));
        JsonArray oh = wmo.get(op).json().getJsonArray("historie");
        assertEquals(List.of("MAATREGEL", "BEVINDING", "BEVINDING", "STARTEN", "AANGEMAAKT"),
                oh.stream().map(v -> v.asJsonObject().getString("actie")).toList());
        assertTrue(oh.getJsonObject(1).getString("details").contains("VOLDOET_DEELS") && oh.getJsonObject(1).getString("details").contains("-> VOLDOET "),
                "a changed finding shows before and after: " + oh.getJsonObject(1));
    }

    @Test
    void theJaarverslagCountsPerGemeenteAndTheDemoYearIsFull() {
        long gemeente = eigenGemeente();
        meldIn(gemeente, "CALAMITEIT", "2025-02-03", "2025-02-04");
        meldIn(gemeente, "CALAMITEIT", "2025-02-03", "2025-02-10");
        JsonObject klacht = meldIn(gemeente, "KLACHT", "2025-02-03", "2025-02-04");
        String path = M + "/" + id(klacht);
        ok(wmo.postIfMatch(path + "/toewijzing", etag(path), "{\"organisatie\":\"WMO_TOEZICHTHOUDER\"}"));
        Http.Response o = wmo.postIfMatch(path + "/onderzoek", etag(path), onderzoekJson("[\"C1\",\"C2\"]"));
        String op = O + "/" + o.json().getJsonObject("onderzoek").getJsonNumber("id").longValue();
        ok(wmo.postIfMatch(op + "/start", etag(op), "{}"));
        ok(wmo.postIfMatch(op + "/bevindingen", etag(op), bevinding(normId(o.json(), "C1"), "VOLDOET_NIET")));
        ok(wmo.postIfMatch(op + "/maatregelen", etag(op), "{\"type\":\"FORMELE_WAARSCHUWING\",\"omschrijving\":\"x\",\"deadline\":\"2025-12-01\","
                + "\"redenOverslaan\":\"Ernstige tekortkomingen, direct waarschuwen\"}"));
        JsonObject jv = new Http(base).as("controller").get("api/v1/toezicht/jaarverslag?jaar=2025&gemeenteId=" + gemeente).json();
        assertEquals(3, jv.getInt("meldingen"), jv.toString());
        assertEquals(2, jv.getJsonObject("meldingenPerSoort").getInt("CALAMITEIT"));
        assertEquals(1, jv.getJsonObject("meldingenPerSoort").getInt("KLACHT"));
        assertEquals(1, jv.getInt("teLaat"));
        assertEquals(1, jv.getInt("onderzoeken"));
        assertEquals(1, jv.getJsonObject("onderzoekenPerType").getInt("SIGNAALGERICHT"));
        JsonObject c1 = jv.getJsonArray("bevindingenPerNorm").getJsonObject(0);
        assertEquals("C1", c1.getString("code"));
        assertEquals(1, c1.getInt("voldoetNiet"));
        assertEquals(1, jv.getJsonObject("maatregelenPerType").getInt("FORMELE_WAARSCHUWING"));
        assertProblem(wmo.get("api/v1/toezicht/jaarverslag"), 400, "jaar");

        JsonObject demo = wmo.get("api/v1/toezicht/jaarverslag?jaar=" + nl.wmoregio.shared.Wereld.nu().laatsteVolleJaar() + "").json();
        assertTrue(demo.getInt("meldingen") >= 300, "a year of demo meldingen: " + demo.getInt("meldingen"));
        assertTrue(demo.getJsonObject("meldingenPerSoort").getInt("CALAMITEIT") >= 20);
        assertTrue(demo.getInt("onderzoeken") >= 10 && demo.getInt("maatregelen") >= 5, demo.toString());
        for (String status : List.of("NIEUW", "TOEGEWEZEN", "GESLOTEN", "SAMENGEVOEGD", "IN_ONDERZOEK")) {
            assertTrue(wmo.get(M + "?jaar=" + nl.wmoregio.shared.Wereld.nu().laatsteVolleJaar() + "&size=1&status=" + status).json().getInt("total") > 0, "demo meldingen in state " + status);
        }
        for (String status : List.of("GEPLAND", "LOPEND", "RAPPORT_CONCEPT", "ZIENSWIJZE_ONTVANGEN", "DEFINITIEF")) {
            assertTrue(wmo.get(O + "?size=1&status=" + status).json().getInt("total") > 0, "demo onderzoeken in state " + status);
        }
        JsonObject gesorteerd = wmo.get(M + "?jaar=" + nl.wmoregio.shared.Wereld.nu().laatsteVolleJaar() + "&size=5&sort=-triageDeadline").json();
        assertEquals(5, gesorteerd.getJsonArray("items").size());
        assertProblem(wmo.get(M + "?sort=omschrijving"), 400, "sort");
    }

    // --- helpers ---

    JsonObject meldIn(long gemeente, String soort, String gebeurtenis, String melddatum) {
        Http.Response r = wmo.post(M, "{\"bron\":\"CONSULENT\",\"soort\":\"" + soort + "\",\"aanbiederId\":" + aanbiederId + ",\"gemeenteId\":"
                + gemeente + ",\"gebeurtenisDatum\":\"" + gebeurtenis + "\",\"melddatum\":\"" + melddatum + "\",\"omschrijving\":\"Jaarverslagtest\"}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    Http.Response meld(Http als, String bron, String soort, String gebeurtenis, String melddatum, String melder) {
        Http.Response r = als.post(M, "{\"bron\":\"" + bron + "\",\"soort\":\"" + soort + "\",\"aanbiederId\":" + aanbiederId
                + ",\"gemeenteId\":" + demoGemeenteId + ",\"gebeurtenisDatum\":\"" + gebeurtenis + "\",\"melddatum\":\"" + melddatum
                + "\",\"omschrijving\":\"Signaal over de kwaliteit van de begeleiding\""
                + (melder == null ? "" : ",\"melderNaam\":\"" + melder + "\",\"melderContact\":\"06-12345678\"") + "}");
        if (r.status() == 201) {
            assertTrue(r.json().getJsonObject("melding").getString("nummer").startsWith("M" + melddatum.substring(0, 4) + "-"));
        }
        return r;
    }

    long eigenGemeente() {
        Http beheerder = new Http(base).as("beheerder");
        JsonArray gevonden = beheerder.get("api/v1/gemeenten?naam=" + CBS).json().getJsonArray("items");
        if (!gevonden.isEmpty()) {
            return gevonden.getJsonObject(0).getJsonNumber("id").longValue();
        }
        Http.Response r = beheerder.post("api/v1/gemeenten", "{\"cbsCode\":\"" + CBS + "\",\"naam\":\"Toezichtdorp\",\"geldigVan\":\"2020-01-01\"}");
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonObject("gemeente").getJsonNumber("id").longValue();
    }

    String nieuwOnderzoek(Http als, String normCodes) {
        Http.Response r = als.post(O, "{\"type\":\"PROACTIEF_KWALITEIT\",\"aanbiederId\":" + aanbiederId + ",\"scope\":\"Risicobeleid en cliëntparticipatie\","
                + "\"geplandVan\":\"2025-05-01\",\"geplandTot\":\"2025-06-30\",\"normCodes\":" + normCodes + "}");
        assertEquals(201, r.status(), r.body());
        return O + "/" + r.json().getJsonObject("onderzoek").getJsonNumber("id").longValue();
    }

    static String onderzoekJson(String normCodes) {
        return "{\"type\":\"SIGNAALGERICHT\",\"scope\":\"Naar aanleiding van de melding\",\"geplandVan\":\"2025-04-07\",\"geplandTot\":\"2025-05-30\""
                + (normCodes == null ? "" : ",\"normCodes\":" + normCodes) + "}";
    }

    static String bevinding(long normId, String oordeel) {
        return "{\"normId\":" + normId + ",\"oordeel\":\"" + oordeel + "\",\"onderbouwing\":\"Dossieronderzoek en interviews\"}";
    }

    static long normId(JsonObject detail, String code) {
        return detail.getJsonArray("normen").stream().map(v -> v.asJsonObject()).filter(n -> n.getString("code").equals(code))
                .findFirst().orElseThrow().getJsonNumber("normId").longValue();
    }

    JsonArray historie(String path) {
        return wmo.get(path).json().getJsonArray("historie");
    }

    static long id(JsonObject detail) {
        return detail.getJsonObject("melding").getJsonNumber("id").longValue();
    }

    String etag(String path) {
        String etag = wmo.get(path).header("ETag");
        assertNotNull(etag, path);
        return etag;
    }

    static JsonObject ok(Http.Response r) {
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static void conflict(Http.Response r, String code) {
        assertProblem(r, 409, "status");
        assertEquals(code, r.json().getString("code"), r.body());
    }
}
