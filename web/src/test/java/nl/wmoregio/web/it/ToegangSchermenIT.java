package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The toegang screens in a real browser: search a client by BSN, open the client page, add a goal; axe on every state. */
class ToegangSchermenIT extends BrowserIT {

    @Test
    void gemeenteFindsAClientByBsnOpensThePageAndAddsAGoal() {
        // A client of Oss with one indicatie, made over the API (product and provider copied from a demo client).
        Http oss = new Http(base).as("gemeente.oss");
        String bsn = ToegangApiIT.nieuwBsn();
        JsonObject client = oss.post("api/v1/clienten", "{\"bsn\":\"" + bsn + "\",\"geboortejaar\":1941,\"segment\":\"3\"}").json();
        long id = client.getJsonNumber("id").longValue();
        JsonObject demo = oss.get("api/v1/clienten?size=1&sort=id").json().getJsonArray("items").getJsonObject(0);
        JsonObject voorbeeld = oss.get("api/v1/clienten/" + demo.getJsonNumber("id").longValue()).json()
                .getJsonArray("indicaties").getJsonObject(0);
        String product = voorbeeld.getString("productCode");
        Http.Response indicatie = oss.post("api/v1/clienten/" + id + "/indicaties", "{\"productCode\":\"" + product + "\",\"categorie\":"
                + (product.startsWith("02B") ? "\"A\"" : "null") + ",\"aanbiederId\":" + voorbeeld.getJsonNumber("aanbiederId")
                + ",\"van\":\"" + voorbeeld.getString("van") + "\",\"tot\":\"" + voorbeeld.getString("tot") + "\",\"volume\":3}");
        assertEquals(201, indicatie.status(), indicatie.body());

        browser.open("toegang/clienten.xhtml");
        browser.login("gemeente.oss");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("clienten:tabel")));
        assertFalse(browser.text().contains(bsn), "no BSN on the list");
        browser.assertAccessible("tg-01-clienten");

        browser.type("zoeken:bsn", "123456789");
        browser.click(By.id("zoeken:zoek"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='zoeken:bsn'] ~ .ui-message"), "11-proef"));
        browser.assertAccessible("tg-02-bsn-11-proef");

        browser.type("zoeken:bsn", bsn);
        browser.click(By.id("zoeken:zoek"));
        WebElement link = browser.await(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='zoeken:gevonden'] tbody a")));
        assertEquals("******" + bsn.substring(6), link.getText());
        assertFalse(browser.text().contains(bsn), "the full BSN is not shown after the search");
        browser.assertAccessible("tg-03-gevonden");
        link.click();

        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "******" + bsn.substring(6)));
        assertTrue(browser.text().contains("inzagelog"), browser.text());
        assertTrue(browser.text().contains(product));
        browser.assertAccessible("tg-04-client");

        new Select(browser.driver.findElement(By.id("doel:indicatie"))).selectByIndex(1);
        new Select(browser.driver.findElement(By.id("doel:leefgebied"))).selectByValue("ZELFZORG");
        browser.type("doel:omschrijving", "Zelf boodschappen doen");
        browser.type("doel:beoogdResultaat", "Twee keer per week zonder hulp");
        browser.click(By.id("doel:toevoegen"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("ind:indicaties"), "Zelf boodschappen doen"));
        assertTrue(browser.text().contains("Het doel is toegevoegd"), browser.text());
        browser.assertAccessible("tg-05-doel-toegevoegd");

        // A renewal through the form: first refused naming the field, then saved and linked to the first indicatie.
        browser.click(By.id("nieuweIndicatie:opslaan"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='nieuweIndicatie:product'] ~ .ui-message"),
                "Product is verplicht"));
        browser.assertAccessible("tg-05b-indicatie-fout");
        long eersteIndicatie = indicatie.json().getJsonNumber("id").longValue();
        java.time.LocalDate vanaf = java.time.LocalDate.parse(voorbeeld.getString("van")).plusMonths(1);
        java.time.format.DateTimeFormatter nl = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
        new Select(browser.driver.findElement(By.id("nieuweIndicatie:product"))).selectByValue(product);
        if (product.startsWith("02B")) {
            browser.type("nieuweIndicatie:categorie", "A");
        }
        new Select(browser.driver.findElement(By.id("nieuweIndicatie:aanbieder"))).selectByValue(voorbeeld.getJsonNumber("aanbiederId").toString());
        browser.type("nieuweIndicatie:van", vanaf.format(nl));
        browser.type("nieuweIndicatie:tot", java.time.LocalDate.parse(voorbeeld.getString("tot")).format(nl));
        browser.type("nieuweIndicatie:volume", "2");
        new Select(browser.driver.findElement(By.id("nieuweIndicatie:vorige"))).selectByValue(Long.toString(eersteIndicatie));
        browser.click(By.id("nieuweIndicatie:opslaan"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "De indicatie is toegevoegd"));
        browser.assertAccessible("tg-05c-indicatie-toegevoegd");

        JsonObject pagina = oss.get("api/v1/clienten/" + id).json();
        assertEquals(2, pagina.getJsonArray("indicaties").size());
        assertEquals(eersteIndicatie, pagina.getJsonArray("indicaties").getJsonObject(0).getJsonNumber("vorigeId").longValue(),
                "the newest (renewal) points at the first");
        assertEquals("ZELFZORG", pagina.getJsonArray("indicaties").getJsonObject(1).getJsonArray("doelen").getJsonObject(0).getString("leefgebied"));
        assertTrue(new Http(base).as("beheerder").get("api/v1/clienten/" + id + "/inzage").jsonValue().asJsonArray().stream()
                .map(JsonObject.class::cast).anyMatch(r -> r.getString("actie").equals("LEZEN") && r.getString("gebruiker").equals("gemeente.oss")),
                "opening the page was logged");
    }

    @Test
    void toezichthouderMustStateAReasonAndContractmanagerSeesOnlyTheProviderView() {
        browser.open("toegang/clienten.xhtml");
        browser.login("toezichthouder");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("zoeken:bsn")));
        assertTrue(browser.driver.findElements(By.id("clienten:tabel")).isEmpty(), "no client list for the toezichthouder");
        browser.type("zoeken:bsn", "111222333");
        browser.click(By.id("zoeken:zoek"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='zoeken:reden'] ~ .ui-message"), "reden"));
        browser.assertAccessible("tg-06-toezicht-reden");

        browser.driver.manage().deleteAllCookies();
        browser.open("toegang/declaraties.xhtml");
        browser.login("contractmanager");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("declaraties:tabel")));
        browser.assertAccessible("tg-07-declaraties-per-aanbieder");
        browser.open("toegang/clienten.xhtml");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
        // The page's own constraint (web.xml) refuses the role before the page is built.
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("inhoud"), "U heeft geen toegang tot deze pagina."));
        assertTrue(browser.driver.findElements(By.id("clienten:tabel")).isEmpty(), "no client list for the contractmanager");
        assertTrue(browser.driver.findElements(By.id("zoeken:bsn")).isEmpty(), "no client search for the contractmanager");
        browser.assertAccessible("tg-08-contractmanager-geen-clienten");
    }
}
