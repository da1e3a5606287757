package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Screens for tasks that were REST only (issue 17): the regio, ending a participation, toezicht
 * deadlines and retention periods; the warehouse tables that had no screen; the "Historie" of a
 * contract. Each with its refusal next to the field and an axe check.
 */
class WerkSchermenIT extends BrowserIT {

    @Test
    void beheerderEditsTheRegioWithTheRefusalNextToTheField() {
        JsonObject regio = new Http(base).as("beheerder").get("api/v1/regio").json();
        browser.open("regio/regio.xhtml");
        browser.login("beheerder");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("regio:naam")));
        assertEquals(regio.getString("naam"), browser.driver.findElement(By.id("regio:naam")).getAttribute("value"));
        assertTrue(browser.driver.findElement(By.cssSelector(".kruimelpad")).getText().contains("Regio"), "you are here");
        browser.assertAccessible("werk-01-regio");

        browser.type("regio:regelingTot", "01-01-2001");
        browser.click(By.id("regio:opslaan"));
        String fout = browser.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='regio:regelingTot'] ~ .ui-message-error, [id='regio:regelingTot'] + .hint + .ui-message-error"))).getText();
        assertFalse(fout.isBlank(), "the end-before-start refusal sits next to the end date");
        browser.assertAccessible("werk-02-regio-fout");

        browser.type("regio:regelingTot", regio.containsKey("regelingTot") && !regio.isNull("regelingTot")
                ? datum(regio.getString("regelingTot")) : "");
        browser.click(By.id("regio:opslaan"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "is opgeslagen"));
        JsonObject na = new Http(base).as("beheerder").get("api/v1/regio").json();
        assertEquals(regio.get("regelingTot"), na.get("regelingTot"), "the refused end date was never stored");
        assertEquals(regio.getString("naam"), na.getString("naam"));
    }

    @Test
    void beheerderEndsAParticipation() {
        Http beheerder = new Http(base).as("beheerder");
        String cbs = "GM9" + (100 + (System.nanoTime() % 800));
        Http.Response gemaakt = beheerder.post("api/v1/gemeenten", "{\"cbsCode\":\"" + cbs + "\",\"naam\":\"Deelnametest " + cbs
                + "\",\"geldigVan\":\"2061-01-01\"}");
        assertEquals(201, gemaakt.status(), gemaakt.body());
        long id = gemaakt.json().getJsonObject("gemeente").getJsonNumber("id").longValue();
        String groep = ((jakarta.json.JsonArray) beheerder.get("api/v1/productgroepen").jsonValue()).getJsonObject(0).getString("code");
        Http.Response deelname = beheerder.post("api/v1/gemeenten/" + id + "/deelnames", "{\"productgroep\":\"" + groep
                + "\",\"van\":\"2061-01-01\"}");
        assertTrue(deelname.status() < 300, deelname.body());

        browser.open("regio/gemeente.xhtml?id=" + id);
        browser.login("beheerder");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("deelnameEinde:eindeDeelname")));
        kies("deelnameEinde:eindeDeelname", browser.driver.findElement(By.cssSelector("[id='deelnameEinde:eindeDeelname_input'] option:nth-child(2)"))
                .getAttribute("value"));
        browser.type("deelnameEinde:eindeTot", "31-12-2060");
        browser.click(By.id("deelnameEinde:deelnameBeeindigen"));
        String fout = browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='deelnameEinde:eindeTot'] ~ .ui-message-error")))
                .getText();
        assertFalse(fout.isBlank(), "an end before the start is refused next to the date");
        browser.assertAccessible("werk-03-deelname-fout");

        browser.type("deelnameEinde:eindeTot", "31-12-2061");
        browser.click(By.id("deelnameEinde:deelnameBeeindigen"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "beëindigd"));
        JsonObject detail = beheerder.get("api/v1/gemeenten/" + id).json();
        assertEquals("2061-12-31", detail.getJsonArray("deelnames").getJsonObject(0).getString("tot"));
        assertTrue(browser.text().contains("DEELNAME_BEEINDIGD") || browser.text().contains("31-12-2061"), browser.text());
    }

    @Test
    void beheerderChangesTheToezichtDeadlinesAndSeesTheRetentionPeriods() {
        JsonObject voor = new Http(base).as("beheerder").get("api/v1/toezicht/instelling").json();
        browser.open("beheer/instellingen.xhtml");
        browser.login("beheerder");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("toezicht:triagetermijn")));
        assertTrue(browser.driver.findElements(By.cssSelector("[id='bewaren:termijnen'] tbody tr")).size() >= 2, "the retention periods");
        browser.assertAccessible("werk-04-instellingen");

        zetGetal("toezicht:triagetermijn", "91");
        browser.click(By.id("toezicht:opslaan"));
        String fout = browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='toezicht:triagetermijn'] ~ .ui-message-error")))
                .getText();
        assertTrue(fout.contains("90"), "the domain's range next to the field: " + fout);
        browser.assertAccessible("werk-05-instellingen-fout");

        int oud = voor.getInt("triagetermijnDagen");
        int nieuw = oud == 90 ? 89 : oud + 1;
        zetGetal("toezicht:triagetermijn", String.valueOf(nieuw));
        browser.click(By.id("toezicht:opslaan"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "opgeslagen"));
        JsonObject na = new Http(base).as("beheerder").get("api/v1/toezicht/instelling").json();
        assertEquals(nieuw, na.getInt("triagetermijnDagen"), "saved through the boundary");
        assertEquals(voor.getJsonNumber("version").longValue() + 1, na.getJsonNumber("version").longValue());

        zetGetal("toezicht:triagetermijn", String.valueOf(oud)); // back, so other tests keep the region's deadline
        browser.click(By.id("toezicht:opslaan"));
        browser.await(d -> new Http(base).as("beheerder").get("api/v1/toezicht/instelling").json().getInt("triagetermijnDagen") == oud);
    }

    @Test
    void sturingShowsTheTablesThatHadNoScreen() throws Exception {
        WarehouseSeed.ensure();
        long r = WarehouseSeed.run;
        try (Connection c = WarehouseSeed.connect(); Statement s = c.createStatement()) {
            for (String t : new String[] {"wh_concentratie", "wh_zonder_clienten", "wh_ceo", "wh_uitstroom"}) {
                s.executeUpdate("DELETE FROM " + t + " WHERE run_id = " + r);
            }
            s.executeUpdate("INSERT INTO wh_concentratie VALUES (" + r + ", 2031, 'HV', 12, 800000, 0.8125)");
            s.executeUpdate("INSERT INTO wh_zonder_clienten VALUES (" + r + ", 2031, " + WarehouseSeed.aanbieder2 + ", 'HV')");
            s.executeUpdate("INSERT INTO wh_ceo VALUES (" + r + ", 2031, " + WarehouseSeed.oss + ", " + WarehouseSeed.aanbieder1
                    + ", 'Q1 bejegening', 40, 77.5, false), (" + r + ", 2031, " + WarehouseSeed.bernheze + ", " + WarehouseSeed.aanbieder2
                    + ", 'Q1 bejegening', 4, NULL, true)");
            s.executeUpdate("INSERT INTO wh_uitstroom VALUES (" + r + ", 2031, " + WarehouseSeed.oss + ", 'HV', 'OVERLEDEN', 3), (" + r
                    + ", 2031, " + WarehouseSeed.bernheze + ", 'HV', 'VERHUISD', 5)");
        }
        browser.open("warehouse/uitkomsten.xhtml?jaar=2031");
        browser.login("controller");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("tabellen:concentratie")));
        String tekst = browser.text();
        assertTrue(tekst.contains("81,3%") || tekst.contains("81,2%"), "top-10 share: " + tekst);
        assertTrue(tekst.contains("77.5") || tekst.contains("77,5"), "CEO share with enough answers");
        assertTrue(tekst.contains("onderdrukt"), "fewer than 10 answers suppressed");
        assertTrue(tekst.contains("OVERLEDEN") && tekst.contains("VERHUISD"), "outflow per reason, whole region");
        browser.assertAccessible("werk-06-uitkomsten");

        browser.driver.manage().deleteAllCookies();
        browser.open("warehouse/uitkomsten.xhtml?jaar=2031");
        browser.login("gemeente.oss");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("tabellen:uitstroom")));
        tekst = browser.driver.findElement(By.id("tabellen:uitstroom")).getText();
        assertTrue(tekst.contains("OVERLEDEN") && !tekst.contains("VERHUISD"), "a gemeente sees its own outflow only: " + tekst);
        browser.assertAccessible("werk-07-uitkomsten-gemeente");
    }

    @Test
    void aContractShowsItsHistory() {
        JsonObject contract = new Http(base).as("inkoop").get("api/v1/contracten?size=1&sort=-nummer").json().getJsonArray("items").getJsonObject(0);
        long aanbieder = contract.getJsonNumber("aanbiederId").longValue();
        browser.open("inkoop/aanbieder.xhtml?id=" + aanbieder);
        browser.login("contractmanager");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("contracthistorie-kop")));
        String historie = browser.driver.findElement(By.cssSelector("section.historie")).getText();
        assertTrue(historie.contains("Historie") && historie.contains("Wie"), historie);
        browser.assertAccessible("werk-08-contracthistorie");
    }

    @Test
    void inkoopChangesATariffAndSeesItsHistory() {
        JsonObject tarief = new Http(base).as("inkoop").get("api/v1/tarieven?size=1&sort=-jaar").json().getJsonArray("items").getJsonObject(0);
        long id = tarief.getJsonNumber("id").longValue();
        long cent = tarief.getJsonNumber("bedragCent").longValue();
        browser.open("inkoop/tarief.xhtml?id=" + id);
        browser.login("inkoop");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("wijzig:bedrag")));
        browser.assertAccessible("werk-09-tarief");

        browser.type("wijzig:bedrag", "-1,00");
        browser.click(By.id("wijzig:opslaan"));
        String fout = browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='wijzig:bedrag'] ~ .ui-message-error")))
                .getText();
        assertFalse(fout.isBlank(), "a negative amount is refused next to the field");
        browser.assertAccessible("werk-10-tarief-fout");

        String nieuw = String.format(java.util.Locale.forLanguageTag("nl"), "%.2f", (cent + 1) / 100.0);
        browser.type("wijzig:bedrag", nieuw);
        browser.click(By.id("wijzig:opslaan"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.historie"), "GEWIJZIGD"));
        assertEquals(cent + 1, IwmoBerichten.count("select bedrag_cent from tarief where id = ?", id), "saved through the boundary");
        assertTrue(browser.driver.findElement(By.cssSelector("section.historie")).getText().contains(cent + " -> " + (cent + 1)));
        IwmoBerichten.insert("update tarief set bedrag_cent = ? where id = ?", cent, id); // other tests read the demo tariffs
    }

    @Test
    void contractmanagerSeesTheRegionWideFollowUpActions() {
        JsonObject contract = new Http(base).as("inkoop").get("api/v1/contracten?size=1").json().getJsonArray("items").getJsonObject(0);
        long aanbieder = contract.getJsonNumber("aanbiederId").longValue();
        String actie = "Wachtlijst opnieuw aanleveren " + System.nanoTime();
        Http.Response gesprek = new Http(base).as("contractmanager").post("api/v1/aanbieders/" + aanbieder + "/gesprekken",
                "{\"datum\":\"2024-01-10\",\"onderwerp\":\"Vervolgactietest\",\"verslag\":\"Besproken\",\"vervolgactie\":\"" + actie
                        + "\",\"vervolgdatum\":\"2024-02-01\"}");
        assertTrue(gesprek.status() < 300, gesprek.body());
        browser.open("inkoop/vervolgacties.xhtml");
        browser.login("contractmanager");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("lijst:tabel")));
        assertTrue(browser.text().contains(actie), "the new action is listed: " + browser.text());
        assertTrue(browser.text().contains("te laat"), "its date has passed");
        browser.assertAccessible("werk-11-vervolgacties");
    }

    @Test
    void toezichthouderStartsAProactiveOnderzoekWithAProviderPicker() {
        JsonObject contract = new Http(base).as("inkoop").get("api/v1/contracten?size=1").json().getJsonArray("items").getJsonObject(0);
        String naam = contract.getString("aanbiederNaam");
        browser.open("toezicht/onderzoeken.xhtml");
        browser.login("toezichthouder");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("lijst:tabel")));
        browser.assertAccessible("werk-12-onderzoeken");

        browser.type("nieuw:scope", "Proactief: dossiervoering en evaluaties");
        browser.click(By.id("nieuw:starten"));
        String fout = browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='nieuw:aanbieder'] ~ .ui-message-error")))
                .getText();
        assertFalse(fout.isBlank(), "without a provider the refusal sits next to the picker");
        browser.assertAccessible("werk-13-onderzoek-fout");

        browser.type("nieuw:aanbieder_input", naam.substring(0, Math.min(8, naam.length())));
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='nieuw:aanbieder_panel'] li"))).click();
        browser.type("nieuw:scope", "Proactief: dossiervoering en evaluaties");
        browser.type("nieuw:geplandVan", "01-03-2027");
        browser.type("nieuw:geplandTot", "30-04-2027");
        browser.click(By.id("nieuw:starten"));
        browser.await(ExpectedConditions.urlContains("toezicht/onderzoek.xhtml"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("onderzoekstatus"), "Gepland"));
        assertTrue(browser.driver.findElement(By.cssSelector(".kruimelpad")).getText().contains("Toezicht"), "you are here");
    }

    private void kies(String id, String waarde) {
        ((JavascriptExecutor) browser.driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, waarde);
    }

    /** p:inputNumber keeps its value in a hidden input; set it through the widget. */
    private void zetGetal(String id, String waarde) {
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id(id + "_input")));
        ((JavascriptExecutor) browser.driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1]);", id, waarde);
    }

    private static String datum(String iso) {
        return iso.substring(8, 10) + "-" + iso.substring(5, 7) + "-" + iso.substring(0, 4);
    }
}
