package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 16 M6: the BEHEERDER checks the audit hash chain on the settings page and sees the same
 * verdict, head and problems as the REST check. (On a database where AuditKetenIT deleted a row,
 * the chain from volgnummer 1 is not intact: then the page must list the problems.)
 */
class AuditKetenSchermenIT extends BrowserIT {

    @Test
    void theBeheerderChecksTheChainOnTheSettingsPage() {
        browser.open("beheer/instellingen.xhtml");
        browser.login("beheerder");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("keten:controleer")));
        browser.click(By.id("keten:controleer"));
        String status = browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("ketenstatus"))).getText();
        JsonObject rest = new Http(base).as("beheerder").get("api/v1/beheer/auditketen").json();
        boolean intact = rest.getBoolean("intact");
        assertTrue(status.startsWith(intact ? "Intact" : "NIET intact"), status + " / " + rest);
        // the head the page showed is at most the one REST saw a moment later (the timer may seal in between)
        long kopPagina = Long.parseLong(status.replaceAll("(?s).*volgnummer (\\d+).*", "$1"));
        assertTrue(kopPagina >= 1 && kopPagina <= rest.getJsonNumber("kopVolgnummer").longValue(), status + " / " + rest);
        if (!intact) {
            int rijen = browser.driver.findElements(By.cssSelector("[id='keten:fouten'] tbody tr")).size();
            assertEquals(Math.min(rest.getJsonArray("fouten").size(), 10), Math.min(rijen, 10), "the problems listed: " + status);
            assertTrue(browser.text().contains("VERWIJDERD") || browser.text().contains("GEWIJZIGD"), browser.text());
        }
        browser.assertAccessible("auditketen-01-instellingen");
    }
}
