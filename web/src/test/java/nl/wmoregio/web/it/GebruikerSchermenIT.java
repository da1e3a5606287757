package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16, L19: the BEHEERDER's user screen. A refused save shows the message next to its field,
 * a save creates the user bound to its gemeente, an edit of a version someone else changed is
 * refused with a message, deactivation is audited with its reason; axe on every state.
 */
class GebruikerSchermenIT extends BrowserIT {

    static final String WACHTWOORD = "een lange zin over de Maas";

    @Test
    void theBeheerderCreatesEditsAndDeactivatesAUser() throws Exception {
        String naam = "it.scherm." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long oss = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");

        browser.open("beheer/gebruikers.xhtml");
        browser.login("beheerder");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("lijst:tabel")));
        assertTrue(browser.text().contains("beheerder"), "the list shows the demo users");
        browser.assertAccessible("gebruikers-lijst");

        // GEMEENTE without a gemeente: the message stands next to the gemeente field, nothing stored
        browser.type("bewerk:gebruikersnaam", naam);
        browser.type("bewerk:volledigeNaam", "Ina Schermtest");
        browser.type("bewerk:wachtwoord", WACHTWOORD);
        browser.click(By.cssSelector("input[name='bewerk:rollen'][value='GEMEENTE']"));
        browser.type("bewerk:reden", "Nieuwe consulent Wmo-loket");
        browser.click(By.id("bewerk:opslaan"));
        String fout = browser.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='bewerk:gemeente'] ~ .ui-message-error"))).getText();
        assertTrue(fout.contains("gemeente"), fout);
        assertEquals(0, Database.number("SELECT COUNT(*) FROM gebruiker WHERE gebruikersnaam = ?", naam));
        browser.assertAccessible("gebruikers-fout");

        // with the gemeente: created, bound to Oss, audited with the reason
        new Select(browser.driver.findElement(By.id("bewerk:gemeente"))).selectByVisibleText("Oss");
        browser.type("bewerk:wachtwoord", WACHTWOORD); // a password field is never shown again
        browser.click(By.id("bewerk:opslaan"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "is aangemaakt"));
        long id = Database.number("SELECT id FROM gebruiker WHERE gebruikersnaam = ? AND gemeente_id = ?", naam, oss);
        assertEquals("Nieuwe consulent Wmo-loket", Database.rows("SELECT reden FROM audit_entry WHERE entiteit = 'Gebruiker'"
                + " AND entiteit_id = ? AND actie = 'AANGEMAAKT' AND actor = 'beheerder'", String.valueOf(id)).get(0).get(0));
        assertEquals(200, new Http(base).as(naam, WACHTWOORD).get("api/v1/gemeenten?size=1").status(), "the new user logs in");
        browser.assertAccessible("gebruikers-aangemaakt");

        // someone else changes the user meanwhile: the screen's save is refused with a message, the row keeps the other change
        Http beheer = new Http(base).as("beheerder");
        Http.Response actueel = beheer.get("api/v1/beheer/gebruikers/" + id);
        assertEquals(200, beheer.put("api/v1/beheer/gebruikers/" + id, actueel.header("ETag"), "{\"volledigeNaam\":\"Ina Elders\","
                + "\"rollen\":[\"GEMEENTE\"],\"gemeenteId\":" + oss + ",\"reden\":\"Naam gecorrigeerd\"}").status());
        browser.type("bewerk:volledigeNaam", "Ina Verouderd");
        browser.type("bewerk:reden", "Naam aangepast op het scherm");
        browser.click(By.id("bewerk:opslaan"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "intussen gewijzigd"));
        assertEquals("Ina Elders", Database.rows("SELECT volledige_naam FROM gebruiker WHERE id = ?", id).get(0).get(0));

        // find the user again, deactivate with a reason
        browser.type("lijst:tekst", naam);
        browser.click(By.id("lijst:zoeken"));
        browser.await(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='lijst:tabel_data'] tr"), 1));
        browser.click(By.cssSelector("[id='lijst:tabel_data'] tr a"));
        browser.await(ExpectedConditions.attributeToBe(By.id("bewerk:volledigeNaam"), "value", "Ina Elders"));
        browser.type("bewerk:reden", "Uit dienst per vandaag");
        browser.click(By.id("bewerk:deactiveren"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "is gedeactiveerd"));
        assertEquals(0, Database.number("SELECT COUNT(*) FROM gebruiker WHERE id = ? AND actief = TRUE", id));
        List<Object> acties = Database.rows("SELECT actie FROM audit_entry WHERE entiteit = 'Gebruiker' AND entiteit_id = ? ORDER BY id",
                String.valueOf(id)).stream().map(r -> r.get(0)).toList();
        assertEquals(List.of("AANGEMAAKT", "GEWIJZIGD", "GEDEACTIVEERD"), acties);
        assertTrue(browser.text().contains("Uit dienst per vandaag"), "the history on the screen shows the reason");
        assertEquals(401, new Http(base).as(naam, WACHTWOORD).get("api/v1/gemeenten?size=1").status(), "deactivated");
        browser.assertAccessible("gebruikers-gedeactiveerd");
    }
}
