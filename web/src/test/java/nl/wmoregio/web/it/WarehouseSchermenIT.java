package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The warehouse dashboard and the scenario/run screen in a real browser, each state checked with axe-core. */
class WarehouseSchermenIT extends BrowserIT {

    @BeforeEach
    void seed() throws Exception {
        WarehouseSeed.ensure();
    }

    @Test
    void controllerSeesTheDashboardFiltersAndExports() throws Exception {
        browser.open("warehouse/dashboard.xhtml?jaar=2031");
        browser.login("controller");
        browser.wait.until(ExpectedConditions.urlContains("warehouse/dashboard.xhtml"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kostenGrafiek")));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kostenGrafiek canvas")));
        String tekst = browser.text();
        assertTrue(tekst.contains("Oss") && tekst.contains("Bernheze"), tekst);
        assertTrue(browser.driver.findElement(By.id("matrix")).getText().contains("2"), "HV -> BI: 2");
        assertTrue(browser.driver.findElement(By.id("aanbieders")).getText().contains("<10"), "CEO n=3 suppressed");
        browser.assertAccessible("wh-01-dashboard");

        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "var s = document.getElementById('filter:gemeente'); s.value = '" + WarehouseSeed.oss + "';");
        browser.driver.findElement(By.id("filter:toon")).click();
        browser.wait.until(ExpectedConditions.urlContains("warehouse/dashboard.xhtml"));
        browser.wait.until(d -> !d.findElement(By.id("indicatoren")).getText().contains("Bernheze"));
        assertTrue(browser.driver.findElement(By.id("indicatoren")).getText().contains("Oss"));
        browser.assertAccessible("wh-02-dashboard-oss");
        String csv = download("exportIndicatoren");
        assertTrue(csv.startsWith("jaar;gemeente;aanbieder;"), csv);
        assertFalse(csv.contains("Bernheze"), "the export follows the filter: " + csv);
    }

    @Test
    void gemeenteUserSeesOnlyTheirOwnGemeenteAndNoScenarios() throws Exception {
        browser.open("warehouse/dashboard.xhtml?jaar=2031");
        browser.login("gemeente.oss");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicatoren")));
        String tekst = browser.driver.findElement(By.id("indicatoren")).getText();
        assertTrue(tekst.contains("Oss") && !tekst.contains("Bernheze"), tekst);
        assertEquals(2, browser.driver.findElements(By.cssSelector("[id='filter:gemeente'] option")).size(),
                "Alle + Oss only");
        assertTrue(browser.driver.findElements(By.linkText("Scenario's")).isEmpty(), "no scenario menu for GEMEENTE");
        browser.assertAccessible("wh-03-dashboard-gemeente");
        browser.open("warehouse/scenarios.xhtml");
        browser.wait.until(d -> !d.getCurrentUrl().isEmpty());
        assertFalse(browser.text().contains("Scenario's en runs"), "refused: " + browser.text());
    }

    /**
     * The whole UI run flow with the REAL warehouse job: the IT server starts warehouse/bin/warehouse
     * for the requested run (WMO_WAREHOUSE_COMMAND in web/pom.xml), which reads the IT database
     * and writes its results; the page polls until the run is KLAAR and the dashboard shows them.
     */
    @Test
    void controllerRunsTheWarehouseForAChosenScenarioAndSeesTheResults() throws Exception {
        Path warehouse = Path.of(System.getProperty("wmo.warehouse.dir", "../warehouse"));
        assertTrue(Files.isRegularFile(warehouse.resolve("target/classpath.txt"))
                        && Files.isRegularFile(warehouse.resolve("target/classes/nl/wmoregio/warehouse/Main.class")),
                "The warehouse build is missing (" + warehouse.toAbsolutePath().normalize() + "/target/classpath.txt and classes):"
                        + " this test starts the real job. Build it in the same reactor, e.g."
                        + " mvn -pl warehouse,domain,web -am verify -Dit.test=WarehouseSchermenIT");
        WarehouseSeed.sluitOpenRuns();
        try {
            // Sturing shows non-zero figures (the seeded run: Oss HV 2031 = EUR 5.000,00)
            browser.open("warehouse/dashboard.xhtml?jaar=2031");
            browser.login("controller");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("perGroep")));
            String perGroep = browser.driver.findElement(By.id("perGroep")).getText();
            assertTrue(perGroep.contains("5.000,00") && perGroep.contains("3.000,00"), "non-zero costs per group: " + perGroep);
            browser.assertAccessible("wh-00-sturing-cijfers");

            browser.open("warehouse/scenarios.xhtml");
            browser.wait.until(ExpectedConditions.urlContains("warehouse/scenarios.xhtml"));
            // the named risks of seed 000 are templates (demo data); a copy opens for editing
            String scenarios = browser.driver.findElement(By.id("scenarios")).getText();
            for (String risico : List.of("Abonnementstarief", "Reële kostprijs HV", "Doordecentralisatie BW/MO",
                    "Wlz-uitname BW", "Dubbele vergrijzing", "Personeelstekort", "Open-einde regeling", "Resultaatgericht beschikken")) {
                assertTrue(scenarios.contains(risico), risico + " in " + scenarios);
            }
            browser.click(By.xpath("//button[@aria-label='Kopieer Personeelstekort']"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "Kopie"));
            browser.wait.until(d -> d.findElement(By.id("scenario:naam")).getAttribute("value").startsWith("Personeelstekort (kopie"));
            assertTrue(browser.driver.findElement(By.id("scenario:capaciteitGroei")).getAttribute("value").startsWith("0"),
                    "the copy has the template's capacity cap");
            assertTrue(browser.driver.findElement(By.id("scenario:vergrijzingPrognose")).isSelected());
            browser.assertAccessible("wh-04a-sjabloon-kopie");
            browser.click(By.id("scenario:annuleer"));
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("lijst:nieuw"))).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scenario:naam")));
            browser.assertAccessible("wh-04-scenario-nieuw");
            String naam = "Scherm scenario " + System.currentTimeMillis() % 100000;
            browser.type("scenario:naam", naam);
            browser.type("scenario:reeleKostprijsHv", "55");
            browser.driver.findElement(By.id("scenario:opslaan")).click();
            // the message stands in the field's own block, right after the input
            By veldBlok = By.xpath("//input[@id='scenario:reeleKostprijsHv']/..");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(veldBlok, "tussen 0 en 40"));
            assertFalse(browser.driver.findElement(By.id("lijst")).getText().contains(naam), "nothing saved");
            browser.assertAccessible("wh-05-scenario-fout");
            browser.type("scenario:reeleKostprijsHv", "25");
            browser.driver.findElement(By.id("scenario:opslaan")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "is opgeslagen"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lijst"), naam));
            browser.assertAccessible("wh-06-scenario-opgeslagen");

            // a selection without a scenario is refused next to the choice
            browser.click(By.xpath("//label[normalize-space()=\"Alleen de gekozen scenario's:\"]"));
            browser.click(By.id("runAanvraag:start"));
            By keuzeBlok = By.xpath("//fieldset[.//input[starts-with(@id, 'runAanvraag:runScenarios')]]/..");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(keuzeBlok, "Kies ten minste één scenario"));
            browser.assertAccessible("wh-07-run-keuze-fout");

            browser.click(By.xpath("//label[normalize-space()=\"" + naam + "\"]"));
            browser.click(By.id("runAanvraag:start"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "is aangevraagd"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("laatsteScenarios"), naam));
            long runId;
            try (Connection c = WarehouseSeed.connect(); Statement s = c.createStatement()) {
                runId = WarehouseSeed.one(s, "SELECT MAX(id) FROM wh_run WHERE aangevraagd_door = 'controller'");
                long scenarioId = WarehouseSeed.one(s, "SELECT id FROM wh_scenario WHERE naam = '" + naam + "'");
                try (ResultSet rs = s.executeQuery("SELECT scenario_ids FROM wh_run WHERE id = " + runId)) {
                    rs.next();
                    assertEquals(String.valueOf(scenarioId), rs.getString(1), "the run computes the chosen scenario only");
                }
            }
            assertTrue(browser.driver.findElement(By.id("laatste-kop")).getText().contains(String.valueOf(runId)));
            browser.assertAccessible("wh-08-run-aangevraagd");

            // the page polls while the run waits or runs; the real job took ~3 minutes on 2 shared cores
            WebDriverWait lang = new WebDriverWait(browser.driver, Duration.ofMinutes(5));
            lang.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            try {
                lang.until(d -> {
                    String status = d.findElement(By.id("laatsteStatus")).getText();
                    return status.equals("KLAAR") || status.equals("MISLUKT") ? status : null;
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("wh-run-timeout");
                throw new AssertionError("run " + runId + " did not finish within 5 minutes; page:\n" + browser.text()
                        + "\nserver-side output of the job: " + System.getProperty("java.io.tmpdir") + "/wmo-warehouse-run.log", e);
            }
            String status = browser.driver.findElement(By.id("laatsteStatus")).getText();
            assertEquals("KLAAR", status, "run " + runId + " failed; its log:\n" + browser.driver.findElement(By.id("runLog")).getText());
            String fasen = browser.driver.findElement(By.id("fasen")).getText();
            assertEquals(4, fasen.split("klaar", -1).length - 1, "every phase done: " + fasen);
            assertTrue(browser.driver.findElement(By.id("runLog")).getText().contains("KLAAR"), "the job's log is shown");
            browser.assertAccessible("wh-09-run-klaar");

            browser.open("warehouse/dashboard.xhtml");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actieveRun")));
            assertTrue(browser.driver.findElement(By.id("actieveRun")).getText().endsWith(" " + runId),
                    "the dashboard shows the new run: " + browser.driver.findElement(By.id("actieveRun")).getText());
            List<WebElement> rijen = browser.driver.findElements(By.cssSelector("#indicatoren tbody tr"));
            assertFalse(rijen.isEmpty(), "the run computed indicators from the demo data: " + browser.text());
            browser.assertAccessible("wh-10-dashboard-na-run");

            // Issue 14: the real run over the demo world shows, for its last full year, costs per group and,
            // per provider, the goal share and the CEO % (n >= 10) beside the costs: the chain's join.
            int laatsteJaar = java.time.LocalDate.now().getYear() - 1;
            browser.open("warehouse/dashboard.xhtml?jaar=" + laatsteJaar);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aanbieders")));
            String groepen = browser.driver.findElement(By.id("perGroep")).getText();
            assertTrue(groepen.matches("(?s).*€[\\s\\u00a0]?[1-9][0-9.]*,[0-9]{2}.*"), "non-zero costs per group in " + laatsteJaar + ": " + groepen);
            long volledig = browser.driver.findElements(By.cssSelector("#aanbieders tbody tr")).stream()
                    .map(r -> r.findElements(By.tagName("td")))
                    .filter(td -> td.size() >= 4 && td.get(2).getText().contains("%")
                            && td.get(3).getText().matches("[0-9][0-9.,]* \\(n=([1-9][0-9]+)\\)"))
                    .count();
            assertTrue(volledig >= 3, "providers with goal share and CEO % (n >= 10) in " + laatsteJaar + ": "
                    + browser.driver.findElement(By.id("aanbieders")).getText());

            // the previous (seeded) run's results are kept: the two runs side by side
            browser.open("warehouse/vergelijk.xhtml");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vergelijk:toon")));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vergelijking")));
            assertTrue(browser.driver.findElement(By.id("vergelijking")).getText().contains("5.000,00"),
                    "the seeded run's Oss HV costs stand beside the new run: " + browser.text());
            browser.assertAccessible("wh-10a-runs-vergelijken");
        } finally {
            WarehouseSeed.sluitOpenRuns();
            WarehouseSeed.ensure(); // the real run replaced the seeded results
        }
    }

    @Test
    void dashboardRegroupsMergedGemeentenUnderTheCurrentOne() throws Exception {
        browser.open("warehouse/dashboard.xhtml?jaar=2060");
        browser.login("controller");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicatoren")));
        String historisch = browser.driver.findElement(By.id("indicatoren")).getText();
        assertTrue(historisch.contains("Oud-Oss"), historisch);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('filter:indeling').value = 'huidig';");
        browser.driver.findElement(By.id("filter:toon")).click();
        browser.wait.until(d -> !d.findElement(By.id("indicatoren")).getText().contains("Oud-Oss"));
        String huidig = browser.driver.findElement(By.id("indicatoren")).getText();
        assertTrue(huidig.contains("Oss") && huidig.contains("10"), "Oss with the 4 + 6 clients: " + huidig);
        assertTrue(browser.driver.findElement(By.id("exportIndicatoren")).getAttribute("href").contains("indeling=huidig"),
                "the export follows the grouping");
        assertFalse(browser.driver.findElement(By.id("filter:gemeente")).getText().contains("Oud-Oss"),
                "only current gemeenten to choose");
        browser.assertAccessible("wh-11-dashboard-huidige-indeling");
    }

    /** Budget year 2061 (Oss). */
    @Test
    void controllerEntersABudgetWithMessagesNextToTheField() throws Exception {
        browser.open("warehouse/budget.xhtml?jaar=2061");
        browser.login("controller");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budgetten")));
        browser.assertAccessible("wh-12-budget-lijst");

        browser.type("filter:jaar", "1999");
        browser.click(By.id("filter:toon"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//input[@id='filter:jaar']/.."),
                "Vul een jaar in van 2000"));
        browser.type("filter:jaar", "2061");
        browser.click(By.id("filter:toon"));
        browser.wait.until(d -> d.findElements(By.xpath("//input[@id='filter:jaar']/..//*[contains(@class,'ui-message-error')]"))
                .isEmpty());

        By ossKnop = By.xpath("//table[@id='budgetten']//tr[th[normalize-space()='Oss']]//button");
        browser.click(ossKnop);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget:bedrag")));
        By veldBlok = By.xpath("//input[@id='budget:bedrag']/..");
        browser.type("budget:bedrag", "12,345");
        browser.click(By.id("budget:opslaan"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(veldBlok, "hoogstens twee decimalen"));
        browser.assertAccessible("wh-13-budget-fout");
        browser.type("budget:bedrag", "-5");
        browser.click(By.id("budget:opslaan"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(veldBlok, "ligt tussen € 0"));

        long euro = 1_000_000 + System.currentTimeMillis() % 1_000_000;
        String bedrag = String.format(java.util.Locale.GERMANY, "%,d,25", euro); // 1.234.567,25
        browser.type("budget:bedrag", bedrag);
        browser.click(By.id("budget:opslaan"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "is opgeslagen"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("budgetten"), "€ " + bedrag));
        browser.assertAccessible("wh-14-budget-opgeslagen");
        Http rest = new Http(base).as("controller");
        Http.Response opgeslagen = rest.get("api/v1/warehouse/budgetten/" + WarehouseSeed.oss + "/2061");
        assertEquals(euro * 100 + 25, opgeslagen.json().getJsonNumber("budgetCent").longValue());

        // someone else changes it while this screen edits it: a clear message, nothing overwritten
        browser.click(ossKnop);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget:bedrag")));
        assertEquals(200, rest.put("api/v1/warehouse/budgetten/" + WarehouseSeed.oss + "/2061", opgeslagen.header("ETag"),
                "{\"budgetCent\":100}").status());
        browser.type("budget:bedrag", "7,00");
        browser.click(By.id("budget:opslaan"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "intussen gewijzigd"));
        assertEquals(100, rest.get("api/v1/warehouse/budgetten/" + WarehouseSeed.oss + "/2061").json()
                .getJsonNumber("budgetCent").longValue());
        browser.assertAccessible("wh-15-budget-verouderd");
    }

    private String download(String linkId) throws Exception {
        String href = browser.driver.findElement(By.id(linkId)).getAttribute("href");
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), href + " -> " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        return response.body();
    }
}
