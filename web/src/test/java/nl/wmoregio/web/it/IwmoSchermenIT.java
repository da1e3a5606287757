package nl.wmoregio.web.it;

import static nl.wmoregio.web.it.IwmoBerichten.client323;
import static nl.wmoregio.web.it.IwmoBerichten.prestatie;
import static nl.wmoregio.web.it.IwmoBerichten.wmo323;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wmoregio.iwmo.control.DemoBsnBron;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The iWmo screen in a real browser: upload, the per-line result, the duplicate, a broken file; axe on every state. */
class IwmoSchermenIT extends BrowserIT {

    static Path bestand(String naam, String inhoud) throws Exception {
        Path dir = Files.createTempDirectory("iwmo-upload");
        Path file = dir.resolve(naam);
        Files.writeString(file, inhoud, StandardCharsets.UTF_8);
        return file;
    }

    void upload(Path file) {
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("upload:bestand"))).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("upload:ontvangen"));
    }

    @AfterAll
    static void opruimen() {
        IwmoBerichten.opruimen();
    }

    @Test
    void beheerderUploadsADeclarationAndSeesTheResultPerLine() throws Exception {
        IwmoBerichten.Aanbieder aanbieder = IwmoBerichten.aanbieder("Scherm");
        long client = IwmoBerichten.client("GM0828");
        long toewijzing = IwmoBerichten.toewijzing(client, "GM0828", aanbieder.id(), "02BIR", "A", 4, "82", "4", null);
        long t = IwmoBerichten.tarief("02BIR", "A", 51_000);
        String xml = wmo323(aanbieder.agb(), "0828", 2 * t + t + 1, client323(DemoBsnBron.testBsn(client),
                prestatie("S1", toewijzing, "02", "02BIR", "2035-01-01", "2035-01-31", 2, "82", t, 2 * t),
                prestatie("S2", toewijzing, "02", "02BIR", "2035-02-01", "2035-02-28", 1, "82", t, t + 1)));
        Path file = bestand("declaratie.xml", xml);

        browser.open("iwmo/berichten.xhtml");
        browser.login("beheerder");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("berichten:tabel")));
        browser.assertAccessible("iw-01-berichten");

        upload(file);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("regels")));
        String tekst = browser.text();
        assertTrue(tekst.contains("WMO323 verwerkt: 1 regels goedgekeurd, 1 afgekeurd"), tekst);
        assertTrue(tekst.contains("9346") && tekst.contains("TR346"), "the WJ001 code with the rule beside it: " + tekst);
        assertFalse(browser.driver.findElements(By.id("retour:download")).isEmpty(), "the retour message can be downloaded");
        assertTrue(browser.driver.findElement(By.id("retour:download")).getAttribute("value").contains("WMO325"));
        assertEquals("1", browser.driver.findElement(By.id("aantalGoedgekeurd")).getText());
        assertEquals("1", browser.driver.findElement(By.id("aantalAfgekeurd")).getText());
        assertFalse(tekst.contains(DemoBsnBron.testBsn(client)), "the BSN only masked");
        browser.assertAccessible("iw-02-resultaat");

        upload(file);
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "al verwerkt"));
        assertTrue(browser.text().contains("Al verwerkt"), browser.text());
        assertEquals(1, IwmoBerichten.count("select count(*) from declaratie_regel where indicatie_id = ?", toewijzing),
                "still the one accepted line");
        browser.assertAccessible("iw-03-al-verwerkt");

        upload(bestand("kapot.xml", xml.replace("<wmo323:Eenheid>82</wmo323:Eenheid>", "<wmo323:Eenheid>xx</wmo323:Eenheid>")));
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='upload:bestand'] ~ .ui-message-error, .ui-message-error")));
        tekst = browser.text();
        assertTrue(tekst.contains("Regel") && tekst.contains("Eenheid"), tekst);
        browser.assertAccessible("iw-04-fout");

        browser.open("iwmo/berichten.xhtml?taal=en");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "iWmo messages"));
        browser.assertAccessible("iw-05-english");
    }

    @Test
    void aProcurementUserSeesTheListButCannotUpload() {
        browser.open("iwmo/berichten.xhtml");
        browser.login("inkoop");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("berichten:tabel")));
        assertTrue(browser.driver.findElements(By.id("upload:bestand")).isEmpty(), "no upload for INKOOP (issue 16, H1)");
        browser.assertAccessible("iw-06-inkoop");
    }

    @Test
    void aToezichthouderIsToldThereIsNoAccess() {
        browser.open("iwmo/berichten.xhtml");
        browser.login("toezichthouder");
        // The page's own constraint (web.xml) refuses the role before the page is built.
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("inhoud"), "U heeft geen toegang tot deze pagina."));
        assertTrue(browser.driver.findElements(By.id("berichten:tabel")).isEmpty());
        assertTrue(browser.driver.findElements(By.linkText("iWmo-berichten")).isEmpty(), "no menu item");
        browser.assertAccessible("iw-07-geen-toegang");
    }
}
