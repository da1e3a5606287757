package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.GemeenteApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wmoregio.toegang.boundary.Bsn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 rule 5 (mergers move the work) and point 11 (toezicht year figures with region-wide
 * onderzoeken and merged gemeenten regrouped), on a small world of its own: two fresh gemeenten
 * Oud and Nieuw, Oud merges into Nieuw on 2023-07-01, fresh providers. Figures for Nieuw are exact
 * (nobody else uses it); the region-wide row is compared before and after this test's onderzoeken.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FusieApiIT {

    static final AtomicInteger KVK = new AtomicInteger(72_000_000 + (int) (System.currentTimeMillis() % 900_000));
    static final AtomicInteger AGB = new AtomicInteger(73_000_000 + (int) (System.currentTimeMillis() % 900_000));
    static final AtomicInteger BSN = new AtomicInteger(6_000_000 + (int) (System.currentTimeMillis() % 1_000_000));
    static final AtomicInteger CBS = new AtomicInteger(9100 + (int) (System.currentTimeMillis() / 1000 % 400));
    static final String O = "api/v1/toezicht/onderzoeken";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http beheerder;
    Http inkoop;
    Http toezichthouder;

    @BeforeEach
    void clients() {
        Http anonymous = new Http(base);
        beheerder = anonymous.as("beheerder");
        inkoop = anonymous.as("inkoop");
        toezichthouder = anonymous.as("toezichthouder");
    }

    long gemeente(String naam) {
        for (int poging = 0; poging < 50; poging++) {
            Http.Response r = beheerder.post("api/v1/gemeenten", "{\"cbsCode\":\"GM" + CBS.incrementAndGet() + "\",\"naam\":\"" + naam
                    + "\",\"geldigVan\":\"2020-01-01\"}");
            if (r.status() == 201) {
                return r.json().getJsonObject("gemeente").getJsonNumber("id").longValue();
            }
            assertEquals(400, r.status(), r.body()); // CBS code taken by an earlier run on this database: next one
        }
        throw new AssertionError("no free CBS code");
    }

    void deelname(long gemeente, String groep) {
        Http.Response r = beheerder.post("api/v1/gemeenten/" + gemeente + "/deelnames", "{\"productgroep\":\"" + groep + "\",\"van\":\"2020-01-01\"}");
        assertEquals(201, r.status(), r.body());
    }

    long aanbieder(String naam, String groep, String product) {
        Http.Response created = inkoop.post("api/v1/aanbieders", "{\"naam\":\"" + naam + "\",\"kvkNummer\":\"" + KVK.incrementAndGet()
                + "\",\"agbCode\":\"" + AGB.incrementAndGet() + "\",\"bwRecht2014\":true,\"locaties\":[{\"naam\":\"Hoofdlocatie\",\"adres\":\"Fusieplein 1\",\"postcode\":\"5831 AB\","
                + "\"plaats\":\"Boxmeer\"}],\"contacten\":[{\"naam\":\"F. Usie\",\"functie\":\"Directeur\",\"email\":\"fusie@example.org\"}]}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonObject("aanbieder").getJsonNumber("id").longValue();
        if (product != null) {
            long procedure = inkoop.get("api/v1/procedures").jsonValue().asJsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(p -> p.getString("productgroep").equals(groep)).findFirst().orElseThrow().getJsonNumber("id").longValue();
            Http.Response c = inkoop.post("api/v1/contracten", "{\"aanbiederId\":" + id + ",\"procedureId\":" + procedure
                    + ",\"productCode\":\"" + product + "\",\"van\":\"2020-01-01\"}");
            assertEquals(201, c.status(), c.body());
        }
        return id;
    }

    long client(long gemeente) {
        Http.Response r = beheerder.post("api/v1/clienten", "{\"bsn\":\"" + Bsn.synthetisch(BSN.incrementAndGet())
                + "\",\"geboortejaar\":1970,\"gemeenteId\":" + gemeente + ",\"segment\":\"2\"}");
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    long indicatie(long client, String product, long aanbieder) {
        Http.Response r = beheerder.post("api/v1/clienten/" + client + "/indicaties", "{\"productCode\":\"" + product + "\",\"aanbiederId\":"
                + aanbieder + ",\"van\":\"2021-01-01\",\"tot\":\"2025-12-31\",\"volume\":2}");
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    /** An onderzoek planned in 2023 (gemeente null: region-wide) with the given number of measures. */
    void onderzoek(long aanbieder, Long gemeente, int maatregelen) {
        Http.Response r = toezichthouder.post(O, "{\"type\":\"PROACTIEF_KWALITEIT\",\"aanbiederId\":" + aanbieder
                + (gemeente == null ? "" : ",\"gemeenteId\":" + gemeente) + ",\"scope\":\"Fusietest\","
                + "\"geplandVan\":\"2023-03-01\",\"geplandTot\":\"2023-04-30\",\"normCodes\":[\"C1\"]}");
        assertEquals(201, r.status(), r.body());
        JsonObject detail = r.json();
        String op = O + "/" + detail.getJsonObject("onderzoek").getJsonNumber("id").longValue();
        if (gemeente == null) {
            assertTrue(leeg(detail.getJsonObject("onderzoek"), "gemeenteId"), "region-wide: " + detail.getJsonObject("onderzoek"));
        }
        if (maatregelen == 0) {
            return;
        }
        ok(toezichthouder.postIfMatch(op + "/start", etag(op), "{}"));
        long norm = detail.getJsonArray("normen").stream().map(JsonValue::asJsonObject).filter(n -> n.getString("code").equals("C1"))
                .findFirst().orElseThrow().getJsonNumber("normId").longValue();
        ok(toezichthouder.postIfMatch(op + "/bevindingen", etag(op), "{\"normId\":" + norm
                + ",\"oordeel\":\"VOLDOET_NIET\",\"onderbouwing\":\"Dossieronderzoek\"}"));
        for (int i = 0; i < maatregelen; i++) {
            ok(toezichthouder.postIfMatch(op + "/maatregelen", etag(op), "{\"type\":\"FORMELE_WAARSCHUWING\",\"omschrijving\":\"x" + i
                    + "\",\"deadline\":\"2023-12-01\",\"redenOverslaan\":\"Ernstige tekortkomingen, direct waarschuwen\"}"));
        }
    }

    void melding(long aanbieder, long gemeente, String datum) {
        Http.Response r = toezichthouder.post("api/v1/toezicht/meldingen", "{\"bron\":\"CONSULENT\",\"soort\":\"KLACHT\",\"aanbiederId\":"
                + aanbieder + ",\"gemeenteId\":" + gemeente + ",\"gebeurtenisDatum\":\"" + datum + "\",\"melddatum\":\"" + datum
                + "\",\"omschrijving\":\"Fusietest\"}");
        assertEquals(201, r.status(), r.body());
    }

    String etag(String path) {
        return toezichthouder.get(path).header("ETag");
    }

    static JsonObject ok(Http.Response r) {
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static boolean leeg(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    static JsonObject rij(JsonObject cijfers, Long gemeente) {
        return cijfers.getJsonArray("rijen").stream().map(JsonValue::asJsonObject)
                .filter(r -> gemeente == null ? leeg(r, "gemeenteId") : !leeg(r, "gemeenteId") && r.getJsonNumber("gemeenteId").longValue() == gemeente)
                .findFirst().orElse(null);
    }

    void beeindig(long gemeente, String tot, long opvolger) {
        String path = "api/v1/gemeenten/" + gemeente;
        String cbs = beheerder.get("api/v1/gemeenten/" + opvolger).json().getJsonObject("gemeente").getString("cbsCode");
        Http.Response r = beheerder.postIfMatch(path + "/beeindiging", beheerder.get(path).header("ETag"),
                "{\"geldigTot\":\"" + tot + "\",\"reden\":\"Herindeling\",\"opvolgerCbsCode\":\"" + cbs + "\"}");
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void aMergerMovesTheOpenIndicatiesAndClientsOnceAndTheYearFiguresRegroupAndIncludeRegionWideOnderzoeken() throws Exception {
        long oud = gemeente("Fusie Oud");
        long nieuw = gemeente("Fusie Nieuw");
        deelname(oud, "BW");
        deelname(oud, "KV");
        deelname(nieuw, "BW"); // Nieuw does not buy KV through the region: a KV indicatie cannot move
        long p = aanbieder("Fusie BW", "BW", "15BWL");
        long q = aanbieder("Fusie KV", "KV", "04KV");
        long zonderClienten = aanbieder("Fusie Leeg", null, null);
        long x = client(oud);
        long y = client(oud);
        long bw = indicatie(x, "15BWL", p);
        long kv = indicatie(y, "04KV", q);

        // Toezicht 2023 (hand-computed below): meldingen in Oud (before the merger) and Nieuw; onderzoek of Oud with 2 measures;
        // region-wide onderzoek of p (clients in Oud until the merger and in Nieuw after it: counted once for Nieuw) with 1 measure;
        // region-wide onderzoek of a provider without clients (only the region-wide row).
        JsonObject voor = ok(toezichthouder.get("api/v1/toezicht/jaarcijfers?jaar=2023"));
        melding(p, oud, "2023-02-01");
        melding(p, nieuw, "2023-09-01");
        onderzoek(p, oud, 2);
        onderzoek(p, null, 1);
        onderzoek(zonderClienten, null, 0);

        beeindig(oud, "2023-06-30", nieuw);
        JsonArray fusies = beheerder.get("api/v1/fusies").jsonValue().asJsonArray();
        JsonObject fusie = fusies.stream().map(JsonValue::asJsonObject).filter(f -> f.getJsonNumber("gemeenteId").longValue() == oud)
                .findFirst().orElseThrow();
        assertEquals(nieuw, fusie.getJsonNumber("opvolgerId").longValue());
        assertEquals("2023-07-01", fusie.getString("datum"), "the merger date is the day after the end");

        // Rule 5: refusals first (problem+json naming the field), then the move.
        assertEquals(403, inkoop.post("api/v1/fusies/" + oud + "/verplaatsing", "").status());
        assertProblem(beheerder.post("api/v1/fusies/" + nieuw + "/verplaatsing", ""), 400, "gemeenteId");
        assertEquals(404, beheerder.post("api/v1/fusies/999999999/verplaatsing", "").status());
        JsonObject eerste = ok(beheerder.post("api/v1/fusies/" + oud + "/verplaatsing", ""));
        assertEquals(1, eerste.getInt("indicatiesVerplaatst"), eerste.toString());
        assertEquals(0, eerste.getInt("indicatiesOmgehangen"));
        assertEquals(2, eerste.getInt("clientenVerplaatst"));
        JsonArray niet = eerste.getJsonArray("nietVerplaatst");
        assertEquals(1, niet.size(), eerste.toString());
        assertEquals(kv, niet.getJsonObject(0).getJsonNumber("indicatieId").longValue());
        assertEquals("GEMEENTE_NEEMT_NIET_DEEL", niet.getJsonObject(0).getString("regel"), "the participation rule point refuses it: " + niet);

        // The old BW indicatie ends the day before the merger date; a linked one starts on it at Nieuw, same provider and volume.
        List<List<Object>> rijen = Database.rows("SELECT id, gemeente_id, van, tot, vorige_id, overgang, aanbieder_id, volume, stop_zorg, "
                + "reden_einde FROM indicatie WHERE client_id = ? ORDER BY id", x);
        assertEquals(2, rijen.size(), rijen.toString());
        assertEquals(oud, ((Number) rijen.get(0).get(1)).longValue());
        assertEquals("2023-06-30", String.valueOf(rijen.get(0).get(3)));
        assertNull(rijen.get(0).get(8), "the care does not stop at a merger");
        assertNull(rijen.get(0).get(9));
        List<Object> opvolger = rijen.get(1);
        assertEquals(nieuw, ((Number) opvolger.get(1)).longValue());
        assertEquals("2023-07-01", String.valueOf(opvolger.get(2)));
        assertEquals("2025-12-31", String.valueOf(opvolger.get(3)));
        assertEquals(bw, ((Number) opvolger.get(4)).longValue());
        assertEquals("FUSIE", opvolger.get(5));
        assertEquals(p, ((Number) opvolger.get(6)).longValue());
        assertEquals(2, ((Number) opvolger.get(7)).intValue());
        assertEquals(nieuw, Database.number("SELECT gemeente_id FROM client WHERE id = ?", x));
        assertEquals(nieuw, Database.number("SELECT gemeente_id FROM client WHERE id = ?", y));
        assertEquals("2025-12-31", String.valueOf(Database.rows("SELECT tot FROM indicatie WHERE id = ?", kv).get(0).get(0)),
                "the refused KV indicatie stays as it was");
        // History: both indicaties, both clients and the gemeente in the audit trail.
        assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_entry WHERE entiteit = 'Indicatie' AND entiteit_id = ? AND actie = 'BEEINDIGD'"
                + " AND reden LIKE 'Fusie:%'", String.valueOf(bw)));
        assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_entry WHERE entiteit = 'Indicatie' AND entiteit_id = ? AND actie = 'AANGEMAAKT'"
                + " AND details LIKE '%overgang=FUSIE%'", String.valueOf(((Number) opvolger.get(0)).longValue())));
        assertEquals(2, Database.number("SELECT COUNT(*) FROM audit_entry WHERE entiteit = 'Client' AND entiteit_id IN (?, ?) AND actie = 'VERHUISD'",
                String.valueOf(x), String.valueOf(y)));
        assertEquals(1, Database.number("SELECT COUNT(*) FROM audit_entry WHERE entiteit = 'Gemeente' AND entiteit_id = ? AND actie = 'WERK_VERPLAATST'",
                String.valueOf(oud)));

        // Idempotent: a second run moves nothing and duplicates nothing; the refused one is reported again.
        JsonObject tweede = ok(beheerder.post("api/v1/fusies/" + oud + "/verplaatsing", ""));
        assertEquals(0, tweede.getInt("indicatiesVerplaatst"), tweede.toString());
        assertEquals(0, tweede.getInt("clientenVerplaatst"));
        assertEquals(1, tweede.getJsonArray("nietVerplaatst").size());
        assertEquals(2, Database.number("SELECT COUNT(*) FROM indicatie WHERE client_id = ?", x));
        assertEquals(1, Database.number("SELECT COUNT(*) FROM indicatie WHERE client_id = ?", y));

        // Point 11, by hand: Nieuw = its own melding + Oud's (2); onderzoeken: Oud's (1, regrouped) + p's region-wide (1) = 2;
        // measures 2 + 1 = 3. Oud has no row of its own. The region-wide row grew by this test's 2 region-wide onderzoeken and 1 measure.
        JsonObject na = ok(toezichthouder.get("api/v1/toezicht/jaarcijfers?jaar=2023"));
        assertNull(rij(na, oud), "a merged gemeente counts under its successor");
        JsonObject n = rij(na, nieuw);
        assertEquals("Fusie Nieuw", n.getString("naam"));
        assertEquals(2, n.getInt("meldingen"), n.toString());
        assertEquals(1, n.getInt("onderzoekenGemeente"));
        assertEquals(1, n.getInt("onderzoekenRegiobreed"));
        assertEquals(2, n.getInt("onderzoeken"));
        assertEquals(3, n.getInt("maatregelen"));
        JsonObject regioVoor = rij(voor, null);
        JsonObject regioNa = rij(na, null);
        assertEquals("Regiobreed", regioNa.getString("naam"));
        assertEquals(regioVoor.getInt("onderzoekenRegiobreed") + 2, regioNa.getInt("onderzoekenRegiobreed"));
        assertEquals(regioVoor.getInt("maatregelen") + 1, regioNa.getInt("maatregelen"));
        JsonArray alle = na.getJsonArray("rijen");
        assertTrue(leeg(alle.getJsonObject(alle.size() - 1), "gemeenteId"), "the region-wide row comes last");

        // The jaarverslag of Nieuw follows the same rule: Oud's figures and p's region-wide onderzoek are in it.
        JsonObject jv = ok(toezichthouder.get("api/v1/toezicht/jaarverslag?jaar=2023&gemeenteId=" + nieuw));
        assertEquals(2, jv.getInt("meldingen"), jv.toString());
        assertEquals(2, jv.getInt("onderzoeken"));
        assertEquals(3, jv.getInt("maatregelen"));
        assertEquals(2, jv.getJsonObject("onderzoekenPerType").getInt("PROACTIEF_KWALITEIT"));

        assertProblem(toezichthouder.get("api/v1/toezicht/jaarcijfers"), 400, "jaar");
        assertProblem(toezichthouder.get("api/v1/toezicht/jaarcijfers?jaar=1990"), 400, "jaar");
        assertEquals(403, new Http(base).as("gemeente.oss").get("api/v1/toezicht/jaarcijfers?jaar=2023").status());
    }

    static JsonObject dashboardRij(JsonObject dashboard, String gemeente, String groep) {
        return dashboard.getJsonArray("clientenPerGemeenteEnProductgroep").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("gemeente").equals(gemeente) && r.getString("productgroep").equals(groep)).findFirst().orElse(null);
    }

    /**
     * Issue 13 rule 4, leftover: the dashboard and the WMO301 export per gemeente and product group follow participation.
     * A KV indicatie (2021-2025) was made while the gemeente took part in KV; then the participation is ended
     * retroactively (per 2020-06-30): the gemeente no longer shows as a KV buyer and its KV toewijzing is not exported.
     */
    @Test
    void participationBindsTheDashboardAndTheWmo301Export() throws Exception {
        String naam = "Deelnamedorp " + CBS.get();
        long gemeente = gemeente(naam);
        String cbs = beheerder.get("api/v1/gemeenten/" + gemeente).json().getJsonObject("gemeente").getString("cbsCode");
        deelname(gemeente, "KV");
        long deelnameId = beheerder.get("api/v1/gemeenten/" + gemeente).json().getJsonArray("deelnames").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long kv = aanbieder("Deelname KV", "KV", "04KV");
        indicatie(client(gemeente), "04KV", kv);
        String export = "api/v1/iwmo/toewijzingen/wmo301?aanbieder=" + kv + "&gemeente=" + cbs;

        Http.Response voor = beheerder.get(export);
        assertEquals(200, voor.status(), voor.body());
        assertEquals("1", voor.header("X-Aantal-Toewijzingen"), "while the gemeente takes part the toewijzing is exported");
        JsonObject dashboardVoor = ok(inkoop.get("api/v1/dashboard?jaar=2024"));
        JsonObject rijVoor = dashboardRij(dashboardVoor, naam, "KV");
        assertTrue(rijVoor != null && rijVoor.getInt("clienten") == 1, "the gemeente buys KV in 2024: " + rijVoor);

        Http.Response einde = beheerder.post("api/v1/gemeenten/" + gemeente + "/deelnames/" + deelnameId + "/beeindiging",
                "{\"tot\":\"2020-06-30\"}");
        assertEquals(200, einde.status(), einde.body());

        Http.Response na = beheerder.get(export);
        assertEquals(200, na.status(), na.body());
        assertEquals("0", na.header("X-Aantal-Toewijzingen"), "a gemeente does not assign a group it does not take part in");
        assertNull(dashboardRij(ok(inkoop.get("api/v1/dashboard?jaar=2023")), naam, "KV"), "no KV figures for a gemeente outside KV");
    }
}
