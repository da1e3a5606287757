package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An application walked through the screens: submitted, reviewed, refused admission first, then admitted. */
class ToetredingSchermenIT extends BrowserIT {

    @Test
    void anApplicationIsReviewedAndAdmittedThroughTheScreens() {
        Http inkoop = new Http(base).as("inkoop");
        Http.Response aanbieder = inkoop.post("api/v1/aanbieders",
                "{\"naam\":\"Schermtoetreder\",\"kvkNummer\":\"66600001\"}");
        assertEquals(201, aanbieder.status(), aanbieder.body());
        long aanbiederId = aanbieder.json().getJsonObject("aanbieder").getJsonNumber("id").longValue();

        browser.open("inkoop/toetredingen.xhtml");
        browser.login("inkoop");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("toetredingen:tabel")));
        browser.assertAccessible("20-toetredingen");

        browser.driver.findElement(By.id("toetredingen:nieuw")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("nieuw:kvk")));
        browser.type("nieuw:kvk", "66600001");
        Select moment = new Select(browser.driver.findElement(By.id("nieuw:moment")));
        String label = moment.getOptions().stream().map(WebElement::getText)
                .filter(t -> t.contains("begeleiding groep") && t.endsWith("2023-07-01")).findFirst().orElseThrow();
        moment.selectByVisibleText(label);
        browser.await(ExpectedConditions.elementToBeClickable(By.cssSelector("input[value='07BGA']"))).click();
        browser.assertAccessible("21-nieuwe-aanvraag");
        browser.driver.findElement(By.id("nieuw:indienen")).click();
        browser.await(ExpectedConditions.urlContains("id="));
        assertTrue(browser.text().contains("De aanvraag is vastgelegd"), browser.text());
        browser.assertAccessible("22-aanvraag");

        // Admission is refused while mandatory requirements are not assessed as met.
        browser.driver.findElement(By.id("besluit:uitkomst:0")).click();
        browser.type("besluit:reden", "Voldoet aan alles");
        browser.driver.findElement(By.id("besluit:vastleggen")).click();
        String melding = browser.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#besluit .ui-message-error"))).getText();
        assertTrue(melding.contains("Toelaten kan niet"), melding);
        browser.assertAccessible("23-toelaten-geweigerd");

        List<WebElement> voldaan = browser.driver.findElements(By.cssSelector("select[id$=':voldaan']"));
        assertEquals(6, voldaan.size());
        for (int i = 0; i < voldaan.size(); i++) {
            new Select(browser.driver.findElements(By.cssSelector("select[id$=':voldaan']")).get(i)).selectByValue("true");
        }
        browser.driver.findElements(By.cssSelector("input[id$=':bewijs']")).get(1).sendKeys("vog-overzicht.pdf");
        browser.driver.findElement(By.id("checklist:opslaan")).click();
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "6 eisen gewijzigd"));

        browser.driver.findElement(By.id("besluit:uitkomst:0")).click();
        browser.type("besluit:reden", "Voldoet aan alle selectie- en kwaliteitseisen");
        browser.driver.findElement(By.id("besluit:vastleggen")).click();
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Toegelaten"));
        assertTrue(browser.text().contains("het contract is gemaakt of uitgebreid"), browser.text());
        browser.assertAccessible("24-toegelaten");

        JsonObject contract = inkoop.get("api/v1/aanbieders/" + aanbiederId).json().getJsonObject("contract");
        assertEquals("07BGA", contract.getJsonArray("deelovereenkomsten").getJsonObject(0).getString("productCode"));
        assertEquals("2023-07-01", contract.getJsonArray("deelovereenkomsten").getJsonObject(0).getString("van"));
    }

    @Test
    void theDashboardShowsTheRegionAtAGlance() throws Exception {
        browser.open("inkoop/dashboard.xhtml?jaar=2023");
        browser.login("controller");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("kpi-zonder")));
        long zonder = Long.parseLong(browser.driver.findElement(By.id("kpi-zonder")).getText().strip());
        // the world generator leaves ~40-65 contracted providers without clients in one year (45 over its whole
        // window); other ITs add contracted providers without clients to the shared test database
        assertTrue(zonder >= 40 && zonder <= 100, "about 40 contracted providers without clients: " + zonder);
        // the demo world alone gives ~77%; other ITs add indicaties at small providers in 2023 (~65-70% in a full
        // run), the same bound as InkoopApiIT's
        String top10 = browser.driver.findElement(By.id("kpi-top10")).getText();
        assertTrue(top10.matches("\\d{2},\\d%"), top10);
        double aandeel = Double.parseDouble(top10.replace("%", "").replace(',', '.'));
        assertTrue(aandeel >= 55 && aandeel <= 90, "most clients at the ten largest providers: " + top10);
        // and exactly what the rows say: (client, provider) pairs of 2023 at the ten largest over all pairs, counted here
        double verwacht = Database.number("SELECT ROUND(1000 * SUM(CASE WHEN rn <= 10 THEN n ELSE 0 END) / SUM(n)) FROM ("
                + "SELECT COUNT(DISTINCT client_id) n, ROW_NUMBER() OVER (ORDER BY COUNT(DISTINCT client_id) DESC, aanbieder_id) rn"
                + " FROM indicatie WHERE van <= '2023-12-31' AND (tot IS NULL OR tot >= '2023-01-01') GROUP BY aanbieder_id) t") / 10.0;
        assertEquals(verwacht, aandeel, 0.05, "the dashboard's top-10 share against an independent count");
        assertEquals(2, browser.driver.findElements(By.cssSelector(".grafiek canvas")).size(), "both charts render");
        assertTrue(browser.driver.findElement(By.id("perGemeente")).getText().contains("Oss"));
        browser.assertAccessible("26-dashboard");

        browser.open("inkoop/procedures.xhtml");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("catalogus")));
        String procedures = browser.text();
        assertTrue(procedures.contains("Beperkte aanbesteding (hoogstens 8)"), procedures);
        assertTrue(procedures.contains("Gesloten: geen nieuwe toetreders"));
        assertTrue(browser.driver.findElement(By.id("catalogus")).getText().contains("Per prestatie per maand"));
        browser.assertAccessible("27-procedures");
    }

    @Test
    void inkoopAnnouncesAProcedureAMomentAndAProduct() {
        // 2048-2051 and product 16IMX belong to this test (the integration tests share one database).
        browser.open("inkoop/procedures.xhtml");
        browser.login("inkoop");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("procedure:naam")));
        browser.type("procedure:naam", "Bestuurlijk aanbesteden maatschappelijke opvang 2048-2051");
        new Select(browser.driver.findElement(By.id("procedure:productgroep"))).selectByValue("MO");
        browser.type("procedure:van", "01-01-2048");
        browser.type("procedure:tot", "31-12-2051");
        browser.click(By.id("procedure:aankondigen"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "is aangekondigd"));
        assertTrue(browser.text().contains("maatschappelijke opvang 2048-2051"));

        WebElement sectie = browser.driver.findElements(By.cssSelector("section.procedure")).stream()
                .filter(e -> e.getText().contains("2048-2051")).findFirst().orElseThrow();
        sectie.findElement(By.cssSelector("input[id$=':datum']")).sendKeys("01-07-2048");
        WebElement toevoegen = sectie.findElement(By.cssSelector("button[id$=':toevoegen']"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", toevoegen);
        toevoegen.click();
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "toetredingsmoment is aangekondigd"));
        assertTrue(browser.text().contains("01-01-2048, 01-07-2048"), browser.text());

        browser.type("product:code", "16IMX");
        browser.type("product:naam", "IB MO extra");
        new Select(browser.driver.findElement(By.id("product:groep"))).selectByValue("MO");
        browser.type("product:categorie", "19");
        browser.click(By.id("product:toevoegen"));
        String melding = browser.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='product:categorie'] ~ .ui-message-error, #product .ui-message-error"))).getText();
        assertTrue(melding.contains("WMO020"), melding);
        browser.assertAccessible("28-product-fout");
        browser.type("product:categorie", "16");
        browser.click(By.id("product:toevoegen"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "Product 16IMX is toegevoegd"));
        assertTrue(browser.driver.findElement(By.id("catalogus")).getText().contains("IB MO extra"));
        browser.assertAccessible("29-procedures-beheer");
    }

    @Test
    void readersSeeApplicationsButCannotDecide() {
        browser.open("inkoop/toetredingen.xhtml");
        browser.login("controller");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("toetredingen:tabel")));
        assertTrue(browser.driver.findElements(By.id("toetredingen:nieuw")).isEmpty());
        browser.driver.findElement(By.cssSelector("#toetredingen\\:tabel tbody a")).click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("checklist-kop")));
        assertTrue(browser.driver.findElements(By.id("besluit:vastleggen")).isEmpty(), "no decision for CONTROLLER");
        assertTrue(browser.driver.findElements(By.id("checklist:opslaan")).isEmpty());
        browser.assertAccessible("25-aanvraag-alleen-lezen");
    }
}
