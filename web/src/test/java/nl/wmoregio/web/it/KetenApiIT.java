package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.GemeenteApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
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
 * Issue 13, one chain: contract status per deelovereenkomst binds toegang and iWmo, participation
 * binds indicaties, toezicht measures change contracts, and clients at a suspended provider can be
 * moved. Each test contracts its own fresh providers, so demo contracts stay untouched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KetenApiIT {

    static final AtomicInteger KVK = new AtomicInteger(71_000_000 + (int) (System.currentTimeMillis() % 900_000));
    static final AtomicInteger BSN = new AtomicInteger(5_000_000 + (int) (System.currentTimeMillis() % 1_000_000));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Http inkoop;
    Http contractmanager;
    Http oss;
    Http beheerder;

    @BeforeEach
    void clients() {
        Http anonymous = new Http(base);
        inkoop = anonymous.as("inkoop");
        contractmanager = anonymous.as("contractmanager");
        oss = anonymous.as("gemeente.oss");
        beheerder = anonymous.as("beheerder");
    }

    /** A new provider with the 2014 BW right, contracted for 15BWL (BW) and 04KV (KV) from 2020-01-01. */
    record Aanbieder(long id, long contractId, long bwDeel, long kvDeel) {
    }

    Aanbieder bwAanbieder(String naam) {
        Http.Response created = inkoop.post("api/v1/aanbieders", "{\"naam\":\"" + naam + "\",\"kvkNummer\":\"" + KVK.incrementAndGet()
                + "\",\"bwRecht2014\":true,\"locaties\":[{\"naam\":\"Hoofdlocatie\",\"adres\":\"Ketenstraat 1\",\"postcode\":\"5341 AB\","
                + "\"plaats\":\"Oss\"}],\"contacten\":[{\"naam\":\"K. Eten\",\"functie\":\"Directeur\",\"email\":\"keten@example.org\"}]}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonObject("aanbieder").getJsonNumber("id").longValue();
        Http.Response bw = inkoop.post("api/v1/contracten", "{\"aanbiederId\":" + id + ",\"procedureId\":" + procedureId("BW")
                + ",\"productCode\":\"15BWL\",\"van\":\"2020-01-01\"}");
        assertEquals(201, bw.status(), bw.body());
        Http.Response kv = inkoop.post("api/v1/contracten", "{\"aanbiederId\":" + id + ",\"procedureId\":" + procedureId("KV")
                + ",\"productCode\":\"04KV\",\"van\":\"2020-01-01\"}");
        assertEquals(201, kv.status(), kv.body());
        JsonObject detail = kv.json();
        return new Aanbieder(id, detail.getJsonObject("contract").getJsonNumber("id").longValue(), deel(detail, "15BWL").getJsonNumber("id").longValue(),
                deel(detail, "04KV").getJsonNumber("id").longValue());
    }

    static JsonObject deel(JsonObject contract, String product) {
        return contract.getJsonArray("deelovereenkomsten").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("productCode").equals(product)).findFirst().orElseThrow();
    }

    long procedureId(String groep) {
        return inkoop.get("api/v1/procedures").jsonValue().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("productgroep").equals(groep)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    Http.Response schort(Http wie, Aanbieder a, long deel, String status, String per, String reden) {
        String path = "api/v1/contracten/" + a.contractId();
        return wie.postIfMatch(path + "/deelovereenkomsten/" + deel + "/status", wie.get(path).header("ETag"),
                "{\"status\":\"" + status + "\",\"per\":\"" + per + "\"" + (reden == null ? "" : ",\"reden\":\"" + reden + "\"") + "}");
    }

    long ossClient() {
        Http.Response created = oss.post("api/v1/clienten", "{\"bsn\":\"" + Bsn.synthetisch(BSN.incrementAndGet())
                + "\",\"geboortejaar\":1970,\"segment\":\"2\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    static String indicatie(String product, long aanbieder, String van, String tot) {
        return "{\"productCode\":\"" + product + "\",\"aanbiederId\":" + aanbieder + ",\"van\":\"" + van + "\",\"tot\":\"" + tot
                + "\",\"volume\":1}";
    }

    int aantalIndicaties(Http wie, long client) {
        return wie.get("api/v1/clienten/" + client).json().getJsonArray("indicaties").size();
    }

    @Test
    void oneDeelovereenkomstIsSuspendedResumedAndEndedWithDateReasonAndHistory() {
        Aanbieder a = bwAanbieder("Keten Status");
        String path = "api/v1/contracten/" + a.contractId();
        String etag = contractmanager.get(path).header("ETag");
        assertProblem(schort(contractmanager, a, a.bwDeel(), "OPGESCHORT", "2022-01-01", null), 400, "reden");
        assertProblem(schort(contractmanager, a, a.bwDeel(), "OPGESCHORT", "2025-01-01", "Te laat"), 400, "per");
        assertProblem(schort(oss, a, a.bwDeel(), "OPGESCHORT", "2022-01-01", "Geen recht"), 403, null);

        Http.Response opgeschort = schort(contractmanager, a, a.bwDeel(), "OPGESCHORT", "2022-01-01", "Kwaliteit onder de maat");
        assertEquals(200, opgeschort.status(), opgeschort.body());
        JsonObject bw = deel(opgeschort.json(), "15BWL");
        assertEquals("OPGESCHORT", bw.getString("status"));
        assertEquals("ACTIEF", deel(opgeschort.json(), "04KV").getString("status"), "only BW is suspended");
        assertEquals("ACTIEF", opgeschort.json().getJsonObject("contract").getString("status"), "the raamovereenkomst still runs KV");
        JsonObject stap = bw.getJsonArray("historie").getJsonObject(0);
        assertEquals("2022-01-01", stap.getString("per"));
        assertEquals("Kwaliteit onder de maat", stap.getString("reden"));
        assertEquals("CONTRACTBEHEER", stap.getString("bron"));
        assertEquals("contractmanager", stap.getString("door"));

        assertProblem(contractmanager.postIfMatch(path + "/deelovereenkomsten/" + a.bwDeel() + "/status", etag,
                "{\"status\":\"ACTIEF\",\"per\":\"2022-06-01\"}"), 412, "If-Match");
        assertProblem(schort(contractmanager, a, a.bwDeel(), "ACTIEF", "2021-06-01", null), 400, "per");
        Http.Response hervat = schort(contractmanager, a, a.bwDeel(), "ACTIEF", "2022-06-01", null);
        assertEquals("ACTIEF", deel(hervat.json(), "15BWL").getString("status"), hervat.body());
        Http.Response beeindigd = schort(inkoop, a, a.bwDeel(), "BEEINDIGD", "2023-01-01", "Aanbieder stopt met BW");
        assertEquals("BEEINDIGD", deel(beeindigd.json(), "15BWL").getString("status"), beeindigd.body());
        assertEquals(3, deel(beeindigd.json(), "15BWL").getJsonArray("historie").size());
        Http.Response nogmaals = schort(inkoop, a, a.bwDeel(), "ACTIEF", "2023-02-01", null);
        assertProblem(nogmaals, 400, "status");
        assertEquals("DEELOVEREENKOMST_BEEINDIGD", nogmaals.json().getString("code"));

        // The whole raamovereenkomst: the running KV deelovereenkomst follows; the ended BW one stays ended.
        Http.Response geheel = contractmanager.postIfMatch(path + "/status", contractmanager.get(path).header("ETag"),
                "{\"status\":\"OPGESCHORT\",\"per\":\"2023-03-01\",\"reden\":\"Faillissement aangevraagd\"}");
        assertEquals(200, geheel.status(), geheel.body());
        assertEquals("OPGESCHORT", geheel.json().getJsonObject("contract").getString("status"));
        assertEquals("OPGESCHORT", deel(geheel.json(), "04KV").getString("status"));
        assertEquals("BEEINDIGD", deel(geheel.json(), "15BWL").getString("status"));
    }

    @Test
    void noNewIndicatieOrRenewalAtASuspendedDeelovereenkomstAndNothingIsSaved() {
        Aanbieder a = bwAanbieder("Keten Toegang");
        long client = ossClient();
        Http.Response voor = oss.post("api/v1/clienten/" + client + "/indicaties", indicatie("15BWL", a.id(), "2021-06-01", "2023-12-31"));
        assertEquals(201, voor.status(), voor.body());
        long eerste = voor.json().getJsonNumber("id").longValue();
        assertEquals(200, schort(contractmanager, a, a.bwDeel(), "OPGESCHORT", "2022-01-01", "Signalen over veiligheid").status());

        Http.Response nieuw = oss.post("api/v1/clienten/" + client + "/indicaties", indicatie("15BWL", a.id(), "2022-03-01", "2023-12-31"));
        assertProblem(nieuw, 400, "aanbiederId");
        assertEquals("DEELOVEREENKOMST_OPGESCHORT", nieuw.json().getString("code"));
        Http.Response verlenging = oss.post("api/v1/clienten/" + client + "/indicaties",
                indicatie("15BWL", a.id(), "2022-03-01", "2023-12-31").replace("}", ",\"vorigeId\":" + eerste + "}"));
        assertProblem(verlenging, 400, "aanbiederId");
        assertEquals("DEELOVEREENKOMST_OPGESCHORT", verlenging.json().getString("code"));
        assertEquals(1, aantalIndicaties(oss, client), "nothing saved");

        // Only BW is suspended: KV at the same provider is still possible, and BW before the suspension date too.
        assertEquals(201, oss.post("api/v1/clienten/" + client + "/indicaties", indicatie("04KV", a.id(), "2022-03-01", "2022-12-31")).status());
        // (another client: this one already has 15BWL then, and stacking the same product is refused, TR302)
        long ander = ossClient();
        assertEquals(201, oss.post("api/v1/clienten/" + ander + "/indicaties", indicatie("15BWL", a.id(), "2021-09-01", "2021-12-31")).status());
        assertEquals(2, aantalIndicaties(oss, client));

        Http.Response beeindigd = schort(contractmanager, a, a.bwDeel(), "BEEINDIGD", "2022-07-01", "Contract ontbonden");
        assertEquals(200, beeindigd.status(), beeindigd.body());
        Http.Response na = oss.post("api/v1/clienten/" + client + "/indicaties", indicatie("15BWL", a.id(), "2022-08-01", "2023-12-31"));
        assertProblem(na, 400, "aanbiederId");
        assertEquals("DEELOVEREENKOMST_BEEINDIGD", na.json().getString("code"));
    }

    @Test
    void anHvIndicatieInAGemeenteThatBuysHvItselfIsRefusedOnTheProduct() {
        Http.Response hvContracten = inkoop.get("api/v1/contracten?productgroep=HV&status=ACTIEF&size=5");
        JsonArray items = hvContracten.json().getJsonArray("items");
        assertTrue(items.size() > 0, hvContracten.body());
        long aanbieder = items.getJsonObject(0).getJsonNumber("aanbiederId").longValue();
        long cuijk = gemeente("GM1684");
        long uden = gemeente("GM0856");
        long boxmeer = gemeente("GM0756");
        for (long gemeente : new long[] {cuijk, uden}) {
            Http.Response client = beheerder.post("api/v1/clienten", "{\"bsn\":\"" + Bsn.synthetisch(BSN.incrementAndGet())
                    + "\",\"geboortejaar\":1940,\"segment\":\"3\",\"gemeenteId\":" + gemeente + "}");
            assertEquals(201, client.status(), client.body());
            long id = client.json().getJsonNumber("id").longValue();
            Http.Response refused = beheerder.post("api/v1/clienten/" + id + "/indicaties", indicatie("01HV", aanbieder, "2021-03-01", "2021-12-31"));
            assertProblem(refused, 400, "productCode");
            assertEquals("GEMEENTE_NEEMT_NIET_DEEL", refused.json().getString("code"));
            assertEquals(0, aantalIndicaties(beheerder, id));
        }
        // Seed 000 footnote 10: Boxmeer takes part (and Oss).
        Http.Response client = beheerder.post("api/v1/clienten", "{\"bsn\":\"" + Bsn.synthetisch(BSN.incrementAndGet())
                + "\",\"geboortejaar\":1940,\"segment\":\"3\",\"gemeenteId\":" + boxmeer + "}");
        long id = client.json().getJsonNumber("id").longValue();
        Http.Response ok = beheerder.post("api/v1/clienten/" + id + "/indicaties", indicatie("01HV", aanbieder, "2021-03-01", "2021-12-31"));
        assertEquals(201, ok.status(), ok.body());
    }

    long gemeente(String cbs) {
        return beheerder.get("api/v1/gemeenten?size=200").json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(g -> g.getString("cbsCode").equals(cbs)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static String etag(Http wie, String path) {
        return wie.get(path).header("ETag");
    }

    @Test
    void aConfirmedSuspensionChangesTheDeelovereenkomstPutsATaskOnTheWorklistAndTheLadderBinds() {
        Aanbieder a = bwAanbieder("Keten Toezicht");
        Http wmo = new Http(base).as("toezichthouder");
        Http.Response nieuw = wmo.post("api/v1/toezicht/onderzoeken", "{\"type\":\"PROACTIEF_KWALITEIT\",\"aanbiederId\":" + a.id()
                + ",\"scope\":\"Veiligheid beschermd wonen\",\"geplandVan\":\"2022-01-03\",\"geplandTot\":\"2022-02-28\",\"normCodes\":[\"V1\"]}");
        assertEquals(201, nieuw.status(), nieuw.body());
        String o = "api/v1/toezicht/onderzoeken/" + nieuw.json().getJsonObject("onderzoek").getJsonNumber("id").longValue();
        assertEquals(200, wmo.postIfMatch(o + "/start", etag(wmo, o), "{}").status());

        String maatregel = "{\"type\":\"OPSCHORTING_CONTRACT\",\"omschrijving\":\"Veiligheid bewoners niet geborgd\",\"deadline\":\"2022-03-01\"";
        Http.Response ladder = wmo.postIfMatch(o + "/maatregelen", etag(wmo, o), maatregel + "}");
        assertProblem(ladder, 400, "redenOverslaan");
        assertEquals("NALEVINGSLADDER", ladder.json().getString("code"));
        assertEquals(0, wmo.get(o).json().getJsonArray("maatregelen").size(), "nothing saved");
        Http.Response met = wmo.postIfMatch(o + "/maatregelen", etag(wmo, o), maatregel
                + ",\"redenOverslaan\":\"Acuut gevaar na een calamiteit met letsel\"}");
        assertEquals(200, met.status(), met.body());
        JsonObject m = met.json().getJsonArray("maatregelen").getJsonObject(0);
        long mid = m.getJsonNumber("id").longValue();
        String toezichtPad = "api/v1/contracten/" + a.contractId() + "/toezicht";
        assertTrue(inkoop.get(toezichtPad).json().getBoolean("opschorting"), "flag while the measure is open");
        assertEquals("ACTIEF", deel(inkoop.get("api/v1/contracten/" + a.contractId()).json(), "15BWL").getString("status"),
                "recording a measure does not change the contract yet");

        String bevestig = "api/v1/toezicht/onderzoeken/maatregelen/" + mid + "/bevestiging";
        Http.Response bevestigd = wmo.postIfMatch(bevestig, "\"" + m.getJsonNumber("version").longValue() + "\"",
                "{\"productCode\":\"15BWL\",\"per\":\"2022-02-01\"}");
        assertEquals(200, bevestigd.status(), bevestigd.body());
        JsonObject contract = inkoop.get("api/v1/contracten/" + a.contractId()).json();
        JsonObject bw = deel(contract, "15BWL");
        assertEquals("OPGESCHORT", bw.getString("status"));
        assertEquals("ACTIEF", deel(contract, "04KV").getString("status"));
        JsonObject stap = bw.getJsonArray("historie").getJsonObject(0);
        assertEquals("2022-02-01", stap.getString("per"));
        assertTrue(stap.getString("bron").startsWith("TOEZICHT maatregel " + mid), stap.toString());
        assertEquals("toezichthouder", stap.getString("door"));

        JsonObject taak = inkoop.get("api/v1/inkoop/taken").jsonValue().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("aanbiederId").longValue() == a.id()).findFirst().orElseThrow();
        assertEquals("2022-03-01", taak.getString("deadline"));
        assertTrue(taak.getBoolean("verlopen"));
        assertTrue(taak.getString("omschrijving").contains("15BWL"), taak.toString());
        assertEquals(409, wmo.postIfMatch(bevestig, bevestigd.header("ETag"), "{\"productCode\":\"15BWL\"}").status(),
                "confirmed once");

        // A new BW indicatie for this provider is now refused.
        long client = ossClient();
        Http.Response geweigerd = oss.post("api/v1/clienten/" + client + "/indicaties", indicatie("15BWL", a.id(), "2022-02-01", "2022-12-31"));
        assertEquals("DEELOVEREENKOMST_OPGESCHORT", geweigerd.json().getString("code"), geweigerd.body());

        // Closing the measure takes the flag off the provider page; the task is done by inkoop.
        Http.Response afgerond = wmo.postIfMatch("api/v1/toezicht/onderzoeken/maatregelen/" + mid + "/afronding", bevestigd.header("ETag"),
                "{\"opvolging\":\"Aanbieder heeft de veiligheid hersteld\"}");
        assertEquals(200, afgerond.status(), afgerond.body());
        assertEquals(false, inkoop.get(toezichtPad).json().getBoolean("opschorting"));
        Http.Response klaar = inkoop.postIfMatch("api/v1/inkoop/taken/" + taak.getJsonNumber("id").longValue() + "/afronding",
                "\"" + taak.getJsonNumber("version").longValue() + "\"", "{}");
        assertEquals("AFGEROND", klaar.json().getString("status"), klaar.body());
    }

    static java.util.Optional<JsonObject> opLijst(Http wie, long indicatieId) {
        Http.Response lijst = wie.get("api/v1/continuiteit");
        assertEquals(200, lijst.status(), lijst.body());
        return lijst.jsonValue().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("indicatieId").longValue() == indicatieId).findFirst();
    }

    @Test
    void clientsAtASuspendedProviderAreOnTheContinuityListAndMoveToAnotherContractedProvider() {
        Aanbieder oud = bwAanbieder("Keten Oud");
        Aanbieder nieuw = bwAanbieder("Keten Nieuw");
        long client = ossClient();
        Http.Response ind = oss.post("api/v1/clienten/" + client + "/indicaties", indicatie("15BWL", oud.id(), "2021-01-01", "2023-12-31"));
        assertEquals(201, ind.status(), ind.body());
        long id = ind.json().getJsonNumber("id").longValue();
        String tag = ind.header("ETag");
        String overgang = "api/v1/continuiteit/" + id + "/overgang";
        assertTrue(opLijst(oss, id).isEmpty(), "the contract runs: not on the list");
        Http.Response nietNodig = oss.postIfMatch(overgang, tag, "{\"aanbiederId\":" + nieuw.id() + ",\"per\":\"2022-02-01\"}");
        assertProblem(nietNodig, 400, "indicatieId");
        assertEquals("NIET_OP_CONTINUITEITSLIJST", nietNodig.json().getString("code"));

        assertEquals(200, schort(contractmanager, oud, oud.bwDeel(), "OPGESCHORT", "2022-01-01", "Onvoldoende personeel").status());
        JsonObject regel = opLijst(oss, id).orElseThrow();
        assertEquals(client, regel.getJsonNumber("clientId").longValue());
        assertEquals("OPGESCHORT", regel.getString("contractstatus"));
        assertEquals("2022-01-01", regel.getString("per"));
        assertEquals("Onvoldoende personeel", regel.getString("reden"));
        assertTrue(opLijst(new Http(base).as("gemeente.bernheze"), id).isEmpty(), "another gemeente does not see the client");
        JsonObject zonderClient = opLijst(contractmanager, id).orElseThrow();
        assertTrue(!zonderClient.containsKey("clientId") || zonderClient.isNull("clientId"), zonderClient.toString());
        assertTrue(!zonderClient.containsKey("pseudoniem") || zonderClient.isNull("pseudoniem"), zonderClient.toString());
        assertEquals(403, contractmanager.postIfMatch(overgang, tag, "{\"aanbiederId\":" + nieuw.id() + "}").status());

        JsonArray alternatieven = oss.get("api/v1/continuiteit/alternatieven?product=15BWL").jsonValue().asJsonArray();
        assertTrue(alternatieven.stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == nieuw.id()));
        assertTrue(alternatieven.stream().noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == oud.id()));

        assertProblem(oss.postIfMatch(overgang, tag, "{\"aanbiederId\":" + oud.id() + ",\"per\":\"2022-02-01\"}"), 400, "aanbiederId");
        assertProblem(oss.postIfMatch(overgang, tag, "{\"aanbiederId\":" + nieuw.id() + ",\"per\":\"2020-06-01\"}"), 400, "per");
        Http.Response verhuisd = oss.postIfMatch(overgang, tag, "{\"aanbiederId\":" + nieuw.id() + ",\"per\":\"2022-02-01\"}");
        assertEquals(201, verhuisd.status(), verhuisd.body());
        assertEquals(id, verhuisd.json().getJsonNumber("vorigeId").longValue());
        assertEquals(nieuw.id(), verhuisd.json().getJsonNumber("aanbiederId").longValue());
        assertEquals("2022-02-01", verhuisd.json().getString("van"));
        assertEquals("2023-12-31", verhuisd.json().getString("tot"));
        assertProblem(oss.postIfMatch(overgang, tag, "{\"aanbiederId\":" + nieuw.id() + ",\"per\":\"2022-02-01\"}"), 412, "If-Match");

        JsonObject oudeIndicatie = oss.get("api/v1/clienten/" + client).json().getJsonArray("indicaties").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals("2022-01-31", oudeIndicatie.getString("tot"));
        assertEquals("ANDERS", oudeIndicatie.getString("redenEinde"));
        assertTrue(opLijst(oss, id).isEmpty(), "moved: off the list");
        assertEquals(2, aantalIndicaties(oss, client));
    }
}
