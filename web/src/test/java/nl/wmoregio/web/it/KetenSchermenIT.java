package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import nl.wmoregio.toegang.boundary.Bsn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13 "Done means": the chain in a real browser. A provider's BW deelovereenkomst is
 * suspended (contract management, over the API) → a new BW indicatie for that provider is refused
 * next to the provider field → the client is on the continuity list → moved to another provider.
 * axe on every screen state.
 */
class KetenSchermenIT extends BrowserIT {

    @Test
    void suspendedBwProviderRefusesANewIndicatieAndTheClientMovesFromTheContinuityList() {
        Http inkoop = new Http(base).as("inkoop");
        Http oss = new Http(base).as("gemeente.oss");
        Http contractmanager = new Http(base).as("contractmanager");
        long n = KetenApiIT.KVK.incrementAndGet();
        long oud = aanbieder(inkoop, "A0 Keten Oud " + n);
        long nieuw = aanbieder(inkoop, "A0 Keten Nieuw " + n);
        String bsn = Bsn.synthetisch(KetenApiIT.BSN.incrementAndGet());
        long client = oss.post("api/v1/clienten", "{\"bsn\":\"" + bsn + "\",\"geboortejaar\":1985,\"segment\":\"2\"}").json()
                .getJsonNumber("id").longValue();
        Http.Response lopend = oss.post("api/v1/clienten/" + client + "/indicaties", KetenApiIT.indicatie("15BWL", oud, "2021-01-01", "2023-12-31"));
        assertEquals(201, lopend.status(), lopend.body());
        long indicatie = lopend.json().getJsonNumber("id").longValue();

        // Contract management suspends only the BW deelovereenkomst of the old provider.
        JsonObject contract = inkoop.get("api/v1/contracten?zoek=" + ("A0%20Keten%20Oud%20" + n)).json().getJsonArray("items").getJsonObject(0);
        String path = "api/v1/contracten/" + contract.getJsonNumber("id").longValue();
        long bwDeel = KetenApiIT.deel(contractmanager.get(path).json(), "15BWL").getJsonNumber("id").longValue();
        Http.Response opgeschort = contractmanager.postIfMatch(path + "/deelovereenkomsten/" + bwDeel + "/status",
                contractmanager.get(path).header("ETag"), "{\"status\":\"OPGESCHORT\",\"per\":\"2022-01-01\",\"reden\":\"Veiligheid bewoners\"}");
        assertEquals(200, opgeschort.status(), opgeschort.body());

        // A new BW indicatie for that provider is refused next to the provider field; nothing is saved.
        browser.open("toegang/client.xhtml?id=" + client);
        browser.login("gemeente.oss");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("sessie")));
        browser.open("toegang/client.xhtml?id=" + client);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("nieuweIndicatie:product")));
        new Select(browser.driver.findElement(By.id("nieuweIndicatie:product"))).selectByValue("15BWL");
        new Select(browser.driver.findElement(By.id("nieuweIndicatie:aanbieder"))).selectByValue(Long.toString(oud));
        browser.type("nieuweIndicatie:van", "01-03-2022");
        browser.type("nieuweIndicatie:tot", "31-12-2023");
        browser.type("nieuweIndicatie:volume", "1");
        browser.click(By.id("nieuweIndicatie:opslaan"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='nieuweIndicatie:aanbieder'] ~ .ui-message"), "opgeschort"));
        browser.assertAccessible("keten-01-indicatie-geweigerd");
        assertEquals(1, oss.get("api/v1/clienten/" + client).json().getJsonArray("indicaties").size(), "nothing saved");

        // The client is on the continuity list of Oss.
        browser.open("toegang/continuiteit.xhtml");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("lijst:tabel"), "A0 Keten Oud " + n));
        browser.assertAccessible("keten-02-continuiteitslijst");

        // Moved to another contracted provider.
        new Select(browser.driver.findElement(By.id("verhuis:indicatie"))).selectByValue(Long.toString(indicatie));
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='verhuis:aanbieder'] option[value='" + nieuw + "']")));
        new Select(browser.driver.findElement(By.id("verhuis:aanbieder"))).selectByValue(Long.toString(nieuw));
        browser.type("verhuis:per", "01-02-2022");
        browser.click(By.id("verhuis:verhuizen"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "A0 Keten Nieuw " + n));
        browser.assertAccessible("keten-03-verhuisd");
        assertTrue(!browser.driver.findElement(By.id("lijst:tabel")).getText().contains("A0 Keten Oud " + n), "off the list");

        JsonObject verhuisd = oss.get("api/v1/clienten/" + client).json().getJsonArray("indicaties").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonNumber("aanbiederId").longValue() == nieuw).findFirst().orElseThrow();
        assertEquals(indicatie, verhuisd.getJsonNumber("vorigeId").longValue());
        assertEquals("2022-02-01", verhuisd.getString("van"));
    }

    static long aanbieder(Http inkoop, String naam) {
        Http.Response created = inkoop.post("api/v1/aanbieders", "{\"naam\":\"" + naam + "\",\"kvkNummer\":\"" + KetenApiIT.KVK.incrementAndGet()
                + "\",\"bwRecht2014\":true,\"locaties\":[{\"naam\":\"Hoofdlocatie\",\"adres\":\"Ketenstraat 2\",\"postcode\":\"5341 AB\","
                + "\"plaats\":\"Oss\"}],\"contacten\":[{\"naam\":\"K. Eten\",\"functie\":\"Directeur\",\"email\":\"keten@example.org\"}]}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonObject("aanbieder").getJsonNumber("id").longValue();
        long procedure = inkoop.get("api/v1/procedures").jsonValue().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("productgroep").equals("BW")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Http.Response bw = inkoop.post("api/v1/contracten", "{\"aanbiederId\":" + id + ",\"procedureId\":" + procedure
                + ",\"productCode\":\"15BWL\",\"van\":\"2020-01-01\"}");
        assertEquals(201, bw.status(), bw.body());
        // a second BW product, as real BW providers have: suspending only 15BWL leaves the raamovereenkomst
        // active, so the provider stays in the indicatie form's picker and the refusal comes from the rule
        Http.Response bwm = inkoop.post("api/v1/contracten", "{\"aanbiederId\":" + id + ",\"procedureId\":" + procedure
                + ",\"productCode\":\"15BWM\",\"van\":\"2020-01-01\"}");
        assertEquals(201, bwm.status(), bwm.body());
        return id;
    }
}
