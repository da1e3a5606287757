package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The screens in a real browser, each checked with axe-core. */
class SchermenIT extends BrowserIT {

    @Test
    void beheerderLogsInListsTheRegionAndCreatesAndEditsAGemeente() {
        browser.open("regio/gemeenten.xhtml");
        assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"), "a page without login leads to the login page");
        browser.assertAccessible("01-login");

        browser.login("beheerder");
        browser.wait.until(ExpectedConditions.urlContains("regio/gemeenten.xhtml"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gemeenten:tabel")));
        String list = browser.text();
        assertTrue(list.contains("Brabant Noordoost-oost"), list);
        assertTrue(list.contains("Oss") && list.contains("Bernheze") && list.contains("Land van Cuijk"), list);
        assertFalse(list.contains("Boxmeer"), "ended gemeenten are hidden by default");
        browser.assertAccessible("02-gemeenten");

        browser.driver.findElement(By.id("gemeenten:nieuw")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gemeente:cbsCode")));
        browser.assertAccessible("03-nieuwe-gemeente");
        browser.type("gemeente:cbsCode", "0828X");
        browser.type("gemeente:naam", "Schermdorp");
        browser.driver.findElement(By.id("gemeente:opslaan")).click();
        String fieldMessage = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='gemeente:cbsCode'] ~ .ui-message, .field .ui-message-error"))).getText();
        assertTrue(fieldMessage.contains("GM gevolgd door vier cijfers"), "message next to the field: " + fieldMessage);
        browser.assertAccessible("04-fout-bij-veld");

        browser.type("gemeente:cbsCode", "GM9101");
        browser.driver.findElement(By.id("gemeente:opslaan")).click();
        browser.wait.until(ExpectedConditions.urlContains("id="));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Schermdorp"));
        assertTrue(browser.text().contains("Gemeente Schermdorp is opgeslagen"), browser.text());

        browser.type("gemeente:naam", "Schermstad");
        browser.driver.findElement(By.id("gemeente:opslaan")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Schermstad"));
        String detail = browser.text();
        assertTrue(detail.contains("GEWIJZIGD") && detail.contains("AANGEMAAKT"), "history shows both changes: " + detail);
        assertTrue(detail.contains("naam=Schermdorp") && detail.contains("naam=Schermstad"), detail);
        browser.assertAccessible("05-gemeente-detail");

        browser.open("regio/gemeenten.xhtml");
        browser.type("gemeenten:zoekterm", "Schermstad");
        browser.driver.findElement(By.id("gemeenten:zoeken")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gemeenten:tabel"), "GM9101"));
    }

    @Test
    void gemeenteUserSeesTheGemeenteButCannotEditIt() {
        browser.open("regio/gemeenten.xhtml");
        browser.login("gemeente.oss");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gemeenten:tabel")));
        assertTrue(browser.driver.findElements(By.id("gemeenten:nieuw")).isEmpty(), "no 'new' button for GEMEENTE");
        browser.driver.findElement(By.linkText("Oss")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Oss"));
        assertTrue(browser.driver.findElements(By.id("gemeente:opslaan")).isEmpty(), "no save button for GEMEENTE");
        assertFalse(browser.driver.findElement(By.id("gemeente:naam")).isEnabled(), "fields are read-only");
        assertTrue(browser.text().contains("Huishoudelijke verzorging"), "participation is shown");
        browser.assertAccessible("06-gemeente-alleen-lezen");

        browser.driver.findElement(By.id("sessie:afmelden")).click();
        browser.wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(browser.text().contains("U bent afgemeld"));
        browser.open("regio/gemeenten.xhtml");
        assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"), "logged out for real");
    }

    @Test
    void wrongPasswordShowsAMessageAndStaysOnTheLoginPage() {
        browser.open("login.xhtml");
        browser.type("login:gebruikersnaam", "beheerder");
        browser.type("login:wachtwoord", "fout");
        browser.driver.findElement(By.id("login:aanmelden")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Onjuiste gebruikersnaam of wachtwoord"));
        assertEquals(1, browser.driver.findElements(By.id("login:aanmelden")).size());
        browser.assertAccessible("07-login-mislukt");
    }
}
