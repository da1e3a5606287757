package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import nl.wmoregio.toegang.boundary.Bsn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The BEHEERDER's access log screen: filter per client, a refused filter on its field, CSV link, axe. */
class PrivacySchermenIT extends BrowserIT {

    @Test
    void theBeheerderFiltersTheAccessLogOnOneClient() {
        // Own client (synthetic BSN in the 5,000,000+ range), created and read by gemeente.oss.
        Http oss = new Http(base).as("gemeente.oss");
        Http.Response created = oss.post("api/v1/clienten", "{\"bsn\":\"" + Bsn.synthetisch(5_000_000 + (int) (System.nanoTime() % 4_000_000))
                + "\",\"geboortejaar\":1951,\"segment\":\"3\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject client = created.json();
        String p = client.getString("pseudoniem");
        assertEquals(200, oss.get("api/v1/clienten/" + client.getJsonNumber("id").longValue()).status());

        browser.open("beheer/verwerkingen.xhtml");
        browser.login("beheerder");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("filter:pseudoniem")));
        browser.assertAccessible("privacy-verwerkingen");

        browser.type("filter:pseudoniem", "geen-pseudoniem");
        browser.click(By.id("filter:zoeken"));
        String fout = browser.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='filter:pseudoniem'] ~ .ui-message-error, #filter .ui-message-error"))).getText();
        assertTrue(fout.contains("64"), fout);
        browser.assertAccessible("privacy-verwerkingen-fout");

        browser.type("filter:pseudoniem", p);
        browser.click(By.id("filter:zoeken"));
        browser.await(ExpectedConditions.textToBe(By.id("resultaat:totaal"), "2"));
        List<WebElement> rijen = browser.driver.findElements(By.cssSelector("[id='resultaat:tabel_data'] tr"));
        assertEquals(2, rijen.size());
        assertTrue(rijen.get(0).getText().contains("LEZEN") && rijen.get(0).getText().contains("gemeente.oss"), rijen.get(0).getText());
        assertTrue(rijen.get(1).getText().contains("AANMAKEN"), rijen.get(1).getText());
        String csv = browser.driver.findElement(By.id("resultaat:csv")).getAttribute("href");
        assertTrue(csv.contains("/beheer/export/verwerkingen.csv?pseudoniem=" + p), csv);
        browser.assertAccessible("privacy-verwerkingen-client");
    }
}
