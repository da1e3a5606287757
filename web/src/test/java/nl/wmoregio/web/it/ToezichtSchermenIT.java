package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Toezicht in a real browser, from the intake form to a final report, with an axe-core check on
 * every screen state: intake (with a field error), case page, triage, onderzoek with findings per
 * norm and measures, refused finalisation, zienswijze, final report, worklist and jaarverslag.
 */
class ToezichtSchermenIT extends BrowserIT {

    @Test
    void fromIntakeToAFinalReport() throws Exception {
        JsonObject contract = new Http(base).as("inkoop").get("api/v1/contracten?size=1&sort=-nummer").json().getJsonArray("items").getJsonObject(0);
        long aanbiederId = contract.getJsonNumber("aanbiederId").longValue();
        long oss = new Http(base).as("beheerder").get("api/v1/gemeenten?naam=GM0828").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();

        browser.open("toezicht/melden.xhtml");
        browser.login("toezichthouder");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("melden:opslaan")));
        assertTrue(browser.text().contains("binnen 2 werkdagen"), "the regional deadline is explained");
        browser.assertAccessible("tz-01-melden");

        kies("melden:bron", "ZORGVERLENER");
        kies("melden:soort", "CALAMITEIT");
        kies("melden:aanbieder", String.valueOf(aanbiederId));
        kies("melden:gemeente", String.valueOf(oss));
        browser.type("melden:gebeurtenisDatum", "03-03-2025");
        browser.type("melden:melddatum", "07-03-2025");
        browser.click(By.id("melden:opslaan"));
        String fout = browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='melden:omschrijving'] ~ .ui-message"))).getText();
        assertTrue(fout.contains("omschrijving"), "the message sits next to the description: " + fout);
        browser.assertAccessible("tz-02-melden-fout");

        browser.type("melden:omschrijving", "Cliënt gevallen bij transfer, heup gebroken; valrisico stond niet in het plan");
        browser.type("melden:melderNaam", "Zorgverlener Schermtest");
        browser.click(By.id("melden:opslaan"));
        browser.await(ExpectedConditions.urlContains("toezicht/melding.xhtml"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("zaakstatus"), "Nieuw"));
        String zaak = browser.text();
        assertTrue(zaak.contains("te laat (4 werkdagen)"), "reported on the fourth working day: late: " + zaak);
        assertTrue(zaak.contains("Zorgverlener Schermtest"), "toezicht sees the reporter");
        assertTrue(zaak.contains("AANGEMAAKT"), "the timeline starts");
        browser.assertAccessible("tz-03-melding-nieuw");

        kies("triage:organisatie", "WMO_TOEZICHTHOUDER");
        browser.click(By.id("triage:toewijzen"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("zaakstatus"), "Toegewezen"));
        assertTrue(browser.text().contains("TOEWIJZEN"), "the timeline shows the assignment");
        browser.assertAccessible("tz-04-melding-toegewezen");

        java.nio.file.Path notitie = java.nio.file.Files.createTempFile("notitie", ".txt");
        java.nio.file.Files.writeString(notitie, "Gespreksnotitie met de melder");
        browser.driver.findElement(By.cssSelector("[id='bijlage'] input[type='file']")).sendKeys(notitie.toString());
        browser.click(By.id("bijlage:uploaden"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("tijdlijn"), "BIJLAGE_TOEGEVOEGD"));
        assertTrue(browser.text().contains(notitie.getFileName().toString()), "the attachment is listed");

        kies("triage:type", "CALAMITEITENONDERZOEK");
        browser.type("triage:scope", "Valpreventie en risico-inventarisatie");
        browser.click(By.id("triage:onderzoekStarten"));
        browser.await(ExpectedConditions.urlContains("toezicht/onderzoek.xhtml"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("onderzoekstatus"), "Gepland"));
        browser.assertAccessible("tz-05-onderzoek-gepland");

        browser.click(By.id("stappen:starten"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("onderzoekstatus"), "Lopend"));
        int normen = browser.driver.findElements(By.cssSelector("[id='bevindingen:tabel'] tbody tr")).size();
        assertEquals(10, normen, "the whole Wmo 3.1 kader is in scope");
        for (int i = 0; i < normen - 1; i++) {
            legBevindingVast(i, i == 0 ? "VOLDOET_NIET" : "VOLDOET");
        }
        browser.assertAccessible("tz-06-bevindingen");

        // A maatregel needs a deadline; then it is listed.
        kies("maatregel:type", "VERBETERPLAN");
        browser.type("maatregel:omschrijving", "Valrisico opnemen in elk ondersteuningsplan");
        browser.click(By.id("maatregel:toevoegen"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='maatregel:deadline'] ~ .ui-message"), "deadline"));
        browser.assertAccessible("tz-07-maatregel-fout");
        browser.type("maatregel:deadline", "01-10-2025");
        browser.click(By.id("maatregel:toevoegen"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("maatregelen:tabel"), "Valrisico opnemen"));
        browser.assertAccessible("tz-08-maatregel");

        browser.click(By.id("stappen:concept"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("onderzoekstatus"), "Conceptrapport"));
        browser.type("zienswijze:tekst", "De aanbieder herkent de bevinding en heeft het valbeleid aangepast.");
        browser.click(By.id("zienswijze:vastleggen"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("onderzoekstatus"), "Zienswijze ontvangen"));
        browser.click(By.id("stappen:definitief"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "niet elke norm"));
        assertTrue(browser.text().contains("Zienswijze ontvangen"), "still not final");
        browser.assertAccessible("tz-09-definitief-geweigerd");

        legBevindingVast(normen - 1, "VOLDOET_DEELS");
        browser.click(By.id("stappen:definitief"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("onderzoekstatus"), "Definitief"));
        assertTrue(browser.text().contains("DEFINITIEF_MAKEN"), "the timeline shows the final step");
        browser.assertAccessible("tz-10-onderzoek-definitief");

        browser.click(By.id("stappen:rapport"));
        browser.await(ExpectedConditions.urlContains("toezicht/rapport.xhtml"));
        String rapport = browser.text();
        assertTrue(rapport.contains("Definitief rapport") && rapport.contains("Voldoet niet") && rapport.contains("valbeleid")
                && rapport.contains("Valrisico opnemen"), rapport);
        browser.assertAccessible("tz-11-rapport");

        browser.open("toezicht/meldingen.xhtml");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("werklijst:tabel")));
        assertFalse(browser.driver.findElements(By.cssSelector("[id='werklijst:tabel'] tbody a.melding-link")).isEmpty(), "meldingen are listed");
        browser.assertAccessible("tz-12-werklijst");
        kies("werklijst:status", "NIEUW");
        browser.click(By.id("werklijst:zoeken"));
        browser.await(d -> d.findElements(By.cssSelector("[id='werklijst:tabel'] tbody tr")).stream()
                .allMatch(tr -> tr.getText().contains("Nieuw")));
        browser.assertAccessible("tz-13-werklijst-nieuw");

        browser.open("toezicht/jaarverslag.xhtml");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='meldingenGrafiek'] canvas, canvas")));
        int totaal = Integer.parseInt(browser.driver.findElement(By.id("totaalMeldingen")).getText().strip());
        assertTrue(totaal >= 300, "the demo's last full year: " + totaal);
        browser.assertAccessible("tz-14-jaarverslag");
    }

    @Test
    void anotherOrganisationSeesTheOnderzoekReadOnlyAndAGemeenteMayReport() {
        JsonObject onderzoek = new Http(base).as("toezichthouder").get("api/v1/toezicht/onderzoeken?status=LOPEND&size=50").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject()).filter(o -> o.getString("organisatie").equals("WMO_TOEZICHTHOUDER"))
                .findFirst().orElseThrow();
        browser.open("toezicht/onderzoek.xhtml?id=" + onderzoek.getJsonNumber("id").longValue());
        browser.login("toezichthouder.ggd");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("onderzoekstatus")));
        assertTrue(browser.text().contains("andere toezichtorganisatie"), browser.text());
        assertTrue(browser.driver.findElements(By.id("maatregel:toevoegen")).isEmpty(), "no editing for the GGD");
        assertTrue(browser.driver.findElements(By.id("stappen:concept")).isEmpty());
        browser.assertAccessible("tz-15-onderzoek-alleen-lezen");
    }

    private void legBevindingVast(int rij, String oordeel) {
        String prefix = "bevindingen:tabel:" + rij + ":";
        kies(prefix + "oordeel", oordeel);
        browser.type(prefix + "onderbouwing", "Vijf dossiers ingezien, twee medewerkers gesproken");
        int voor = tijdlijn();
        browser.click(By.id(prefix + "opslaan"));
        browser.await(d -> tijdlijn() > voor);
    }

    private int tijdlijn() {
        return browser.driver.findElements(By.cssSelector("#tijdlijn li")).size();
    }

    private void kies(String id, String waarde) {
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser.driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, waarde);
    }
}
