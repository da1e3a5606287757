package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

    @Test
    void controllerEditsAScenarioAndRequestsARun() throws Exception {
        WarehouseSeed.sluitOpenRuns();
        try {
            browser.open("warehouse/scenarios.xhtml");
            browser.login("controller");
            browser.wait.until(ExpectedConditions.urlContains("warehouse/scenarios.xhtml"));
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

            browser.driver.findElement(By.id("runs:start")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "is aangevraagd"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("runTabel"), "AANGEVRAAGD"));
            browser.assertAccessible("wh-07-run-aangevraagd");
        } finally {
            WarehouseSeed.sluitOpenRuns();
        }
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
