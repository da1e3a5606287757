package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The inkoop screens (providers, contracts, tariffs) in a real browser, each checked with axe-core. */
class AanbiederSchermenIT extends BrowserIT {

    @Test
    void inkoopSearchesProvidersSeesTheContractAndCreatesAProvider() {
        browser.open("inkoop/aanbieders.xhtml");
        browser.login("inkoop");
        browser.wait.until(ExpectedConditions.urlContains("inkoop/aanbieders.xhtml"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aanbieders:tabel")));
        // Other ITs (fuzz, concurrency) add providers to the shared database: at least the 210 demo ones.
        java.util.regex.Matcher totaal = java.util.regex.Pattern.compile("1\u201320 van (\\d+)").matcher(browser.text());
        assertTrue(totaal.find() && Integer.parseInt(totaal.group(1)) >= 210,
                "the paginator counts at least the 210 demo providers: " + browser.text());
        assertFalse(browser.driver.findElements(By.id("aanbieders:nieuw")).isEmpty(), "INKOOP may add providers");
        browser.assertAccessible("ab-01-aanbieders");

        browser.type("aanbieders:zoekterm", "Zorggroep");
        browser.driver.findElement(By.cssSelector("[id='aanbieders:alleenGecontracteerd'] .ui-chkbox-box")).click();
        browser.driver.findElement(By.id("aanbieders:zoeken")).click();
        browser.wait.until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("[id='aanbieders:tabel'] tbody a"));
            return !links.isEmpty() && links.stream().allMatch(a -> a.getText().contains("Zorggroep"));
        });
        WebElement eerste = browser.driver.findElement(By.cssSelector("[id='aanbieders:tabel'] tbody a"));
        String naam = eerste.getText();
        eerste.click();

        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), naam));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deel:deelovereenkomsten")));
        List<String> gemeenten = browser.driver.findElements(By.cssSelector("[id='deel:deelovereenkomsten'] td.gemeenten"))
                .stream().map(WebElement::getText).collect(Collectors.toList());
        assertFalse(gemeenten.isEmpty(), "the contract has deelovereenkomsten");
        assertTrue(gemeenten.stream().anyMatch(g -> g.contains("Oss") || g.contains("Bernheze") || g.contains(", ")),
                "the gemeenten served are listed: " + gemeenten);
        String detail = browser.text();
        assertTrue(detail.contains("Signalen van toezicht") && detail.contains("module toezicht"), detail);
        assertFalse(browser.driver.findElements(By.id("aanbieder:opslaan")).isEmpty(), "INKOOP may edit");
        browser.assertAccessible("ab-02-aanbieder-detail");
        scrollTo("deel:deelovereenkomsten");
        browser.screenshot("ab-02b-aanbieder-contract");

        browser.open("inkoop/aanbieders.xhtml");
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("aanbieders:nieuw"))).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aanbieder:kvk")));
        String kvk = "0" + String.format("%07d", System.currentTimeMillis() % 10_000_000L);
        browser.type("aanbieder:naam", "Schermzorg Testaanbieder");
        browser.type("aanbieder:kvk", kvk.substring(1));
        browser.driver.findElement(By.id("aanbieder:opslaan")).click();
        String fieldMessage = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='aanbieder:kvk'] ~ .ui-message"))).getText();
        assertTrue(fieldMessage.contains("precies 8 cijfers"), "message next to the KvK field: " + fieldMessage);
        browser.assertAccessible("ab-03-fout-bij-kvk");

        browser.type("aanbieder:kvk", kvk);
        browser.driver.findElement(By.id("aanbieder:opslaan")).click();
        browser.wait.until(ExpectedConditions.urlContains("id="));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Schermzorg Testaanbieder"));
        assertTrue(browser.text().contains("Aanbieder Schermzorg Testaanbieder is opgeslagen"), browser.text());
        assertTrue(browser.text().contains("geen contract"), "a new provider has no contract yet");
        browser.assertAccessible("ab-04-aanbieder-opgeslagen");

        // Someone else changes the provider (over the REST API) while the form is open: saving is refused.
        String url = browser.driver.getCurrentUrl();
        String id = url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", "");
        Http inkoop = new Http(base).as("inkoop");
        Http.Response gelezen = inkoop.get("api/v1/aanbieders/" + id);
        Http.Response elders = inkoop.put("api/v1/aanbieders/" + id, gelezen.header("ETag"),
                "{\"naam\":\"Schermzorg Elders\",\"kvkNummer\":\"" + kvk + "\",\"status\":\"ACTIEF\"}");
        assertEquals(200, elders.status(), elders.toString());
        browser.type("aanbieder:naam", "Schermzorg Hier");
        browser.driver.findElement(By.id("aanbieder:opslaan")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "intussen gewijzigd"));
        browser.assertAccessible("ab-04b-aanbieder-verouderd");
    }

    @Test
    void contractsAndTariffsListAndExportAsCsv() throws Exception {
        browser.open("inkoop/contracten.xhtml");
        browser.login("inkoop");
        browser.wait.until(ExpectedConditions.urlContains("inkoop/contracten.xhtml"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contracten:tabel")));
        assertTrue(browser.driver.findElements(By.cssSelector("[id='contracten:tabel'] tbody a")).size() > 0, "contracts are listed");
        browser.assertAccessible("ab-05-contracten");
        String contractCsv = download("exportContracten");
        assertTrue(contractCsv.startsWith("contract;aanbieder;kvk;agb;van;tot;status;producten\n"), contractCsv.lines().findFirst().orElse(""));
        assertTrue(contractCsv.lines().count() > 200, "the 200 contracted providers and a header");

        browser.open("inkoop/tarieven.xhtml");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tarieven:tabel")));
        assertTrue(browser.text().contains("€ "), "amounts in euros: " + browser.text());
        browser.assertAccessible("ab-06-tarieven");
        String tariefCsv = download("exportTarieven");
        assertTrue(tariefCsv.startsWith("product;naam;categorie;jaar;bedrag_euro;indexatie_pct\n"), tariefCsv.lines().findFirst().orElse(""));

        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("PrimeFaces.getWidgetById('tarief:product').selectValue('02BIR');");
        browser.type("tarief:categorie", "A");
        browser.type("tarief:jaar", "2030");
        browser.type("tarief:bedrag", "425,00");
        browser.driver.findElement(By.id("tarief:toevoegen")).click();
        waitForText(By.cssSelector("[id='tarief:jaar'] ~ .ui-message"), "geen contractperiode");
        scrollTo("tarief:jaar");
        browser.assertAccessible("ab-06b-tarief-fout-bij-jaar");

        // Issue 13 rule 6: the indexation form; a year without tariffs is refused next to the year, nothing is created.
        browser.type("indexatie:jaar", "2019");
        browser.type("indexatie:pct", "2,5");
        browser.driver.findElement(By.id("indexatie:indexeren")).click();
        waitForText(By.cssSelector("[id='indexatie:jaar'] ~ .ui-message"), "geen tarieven in 2019");
        scrollTo("indexatie:jaar");
        browser.assertAccessible("ab-06c-indexatie-fout-bij-jaar");
    }

    @Test
    void gemeenteUserSeesAProviderReadOnly() {
        browser.open("inkoop/aanbieders.xhtml");
        browser.login("gemeente.oss");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aanbieders:tabel")));
        assertTrue(browser.driver.findElements(By.id("aanbieders:nieuw")).isEmpty(), "no 'new' button for GEMEENTE");
        browser.driver.findElement(By.linkText("English")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Providers"));
        assertTrue(browser.text().contains("Only contracted providers"), browser.text());
        browser.assertAccessible("ab-07a-aanbieders-english");
        browser.driver.findElement(By.cssSelector("[id='aanbieders:tabel'] tbody a")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aanbieder:naam")));
        assertTrue(browser.driver.findElements(By.id("aanbieder:opslaan")).isEmpty(), "no save button for GEMEENTE");
        assertFalse(browser.driver.findElement(By.id("aanbieder:naam")).isEnabled(), "fields are read-only");
        assertTrue(browser.driver.findElements(By.id("contractstatus:beeindigen")).isEmpty(), "no contract actions");
        assertTrue(browser.driver.findElements(By.cssSelector("button[id$=':verlengen']")).isEmpty(), "no extending");
        assertTrue(browser.text().contains("Only procurement and contract management can change them"), browser.text());
        browser.assertAccessible("ab-07-aanbieder-alleen-lezen");
    }

    @Test
    void contractmanagerExtendsADeelovereenkomstAndSuspendsAndResumesTheContract() {
        browser.open("inkoop/contracten.xhtml");
        browser.login("contractmanager");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contracten:tabel")));
        browser.type("contracten:zoekterm", "Stichting");
        browser.driver.findElement(By.id("contracten:zoeken")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("[id='contracten:tabel'] tbody a")).stream()
                .allMatch(a -> a.getText().contains("Stichting")));
        browser.driver.findElement(By.cssSelector("[id='contracten:tabel'] tbody a")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deel:deelovereenkomsten")));

        WebElement verlengen = browser.driver.findElement(By.cssSelector("[id='deel:deelovereenkomsten'] button[id$=':verlengen']"));
        verlengen.click();
        browser.wait.until(d -> {
            String meldingen = d.findElement(By.id("meldingen")).getText();
            return meldingen.contains("verlengd") || meldingen.contains("hoogstens");
        });

        browser.driver.findElement(By.id("contractstatus:opschorten")).click();
        waitForText(By.cssSelector("[id='contractstatus:reden'] ~ .ui-message"), "Reden is verplicht");
        scrollTo("contractstatus:reden");
        browser.assertAccessible("ab-08-contractstatus-fout");

        browser.type("contractstatus:reden", "Onderzoek naar de kwaliteit van zorg");
        browser.driver.findElement(By.id("contractstatus:opschorten")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractstatus-waarde"), "Opgeschort"));
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("contractstatus:hervatten"))).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractstatus-waarde"), "Actief"));
        assertTrue(browser.driver.findElement(By.id("meldingen")).getText().contains("is nu: Actief"),
                browser.driver.findElement(By.id("meldingen")).getText());
        scrollTo("deel:deelovereenkomsten");
        browser.assertAccessible("ab-09-contract-hervat");
    }

    @Test
    void contractmanagerSeesClientsAndRecordsAConversationWithFollowUp() {
        long grootste = new Http(base).as("contractmanager").get("api/v1/dashboard?jaar=" + nl.wmoregio.shared.Wereld.nu().laatsteVolleJaar() + "").json()
                .getJsonArray("top10").getJsonObject(0).getJsonNumber("aanbiederId").longValue();
        browser.open("inkoop/aanbieder.xhtml?id=" + grootste);
        browser.login("contractmanager");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("clienten")));
        assertTrue(browser.driver.findElement(By.id("clienten")).getText().contains("Oss"), "clients per gemeente");

        browser.type("gesprek:onderwerp", "Kwartaalgesprek wachttijden");
        browser.type("gesprek:vervolgactie", "Verbeterplan wachttijden aanleveren");
        browser.driver.findElement(By.id("gesprek:vastleggen")).click();
        waitForText(By.cssSelector("[id='gesprek:vervolgdatum'] ~ .ui-message, .field .ui-message-error"), "Geef aan wanneer");
        scrollTo("gesprek:vastleggen");
        browser.assertAccessible("ab-10-gesprek-fout");

        browser.type("gesprek:vervolgdatum_input", "01-01-2099");
        browser.driver.findElement(By.id("gesprek:vastleggen")).click();
        waitForText(By.id("gesprekken:lijst"), "Kwartaalgesprek wachttijden");
        browser.driver.findElement(By.cssSelector("[id='gesprekken:lijst'] button")).click();
        waitForText(By.id("gesprekken:lijst"), "(afgerond)");
        scrollTo("gesprekken:lijst");
        browser.assertAccessible("ab-11-gesprek-afgerond");
    }

    @Test
    void contractmanagerContractsAProviderDirectlyAndTheBwRuleIsShownNextToTheField() {
        Http.Response nieuw = new Http(base).as("inkoop").post("api/v1/aanbieders", "{\"naam\":\"Direct Contract\",\"kvkNummer\":\"66600077\"}");
        long id = nieuw.json().getJsonObject("aanbieder").getJsonNumber("id").longValue();
        browser.open("inkoop/aanbieder.xhtml?id=" + id);
        browser.login("contractmanager");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("contracteren:keuze")));
        org.openqa.selenium.support.ui.Select keuze = new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("contracteren:keuze")));
        keuze.selectByVisibleText(keuze.getOptions().stream().map(WebElement::getText)
                .filter(t -> t.contains("(15BWL)")).findFirst().orElseThrow());
        browser.type("contracteren:van", "01-01-2020");
        browser.click(By.id("contracteren:contracteer"));
        waitForText(By.cssSelector("[id='contracteren:keuze'] ~ .ui-message, #contracteren .ui-message-error"), "Beschermd wonen is gesloten");
        browser.assertAccessible("ab-12-contracteren-bw-geweigerd");

        keuze = new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("contracteren:keuze")));
        keuze.selectByVisibleText(keuze.getOptions().stream().map(WebElement::getText)
                .filter(t -> t.contains("(04KV)") && t.contains("2020-2023")).findFirst().orElseThrow());
        browser.type("contracteren:van", "01-07-2021");
        browser.click(By.id("contracteren:contracteer"));
        waitForText(By.id("meldingen"), "De deelovereenkomst is vastgelegd");
        assertTrue(browser.text().contains("04KV") || browser.text().contains("Kortdurend verblijf"), browser.text());

        browser.click(By.id("locatie:toevoegen"));
        waitForText(By.cssSelector("#locatie .ui-message-error, [id='locatie:naam'] ~ .ui-message"), "Naam van de locatie is verplicht");
        browser.type("locatie:naam", "Dagbesteding De Werf");
        browser.type("locatie:adres", "Werfweg 3");
        browser.type("locatie:postcode", "5431 AB");
        browser.type("locatie:plaats", "Cuijk");
        browser.click(By.id("locatie:toevoegen"));
        waitForText(By.id("locaties"), "Dagbesteding De Werf");
        browser.assertAccessible("ab-13-locatie-toegevoegd");
        browser.type("contact:naam", "Petra Planning");
        browser.type("contact:email", "planning@example.org");
        browser.click(By.id("contact:toevoegen"));
        waitForText(By.id("contacten"), "Petra Planning");
        browser.click(By.xpath("//form[@id='locatie']//button[contains(., 'Dagbesteding De Werf')]"));
        browser.await(d -> !d.findElement(By.id("locaties")).getText().contains("Dagbesteding De Werf"));
    }

    /** Waits for a text in an element (e.g. the message next to a field); on time-out, fails showing the page. */
    private void waitForText(By element, String text) {
        try {
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(element, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + text + "' not shown in " + element + "; page: " + browser.text(), e);
        }
    }

    private void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.driver.findElement(By.id(id)));
    }

    /** GETs the export link's href with the browser's session cookie, as the browser's download would. */
    private String download(String linkId) throws Exception {
        String href = browser.driver.findElement(By.id(linkId)).getAttribute("href");
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), href + " -> " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        return response.body();
    }
}
