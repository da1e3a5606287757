package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Hostile input in the browser. XSS: script and attribute-breaking payloads stored through the
 * REST API in free-text fields (gemeente naam, aanbieder naam, melding omschrijving and melder,
 * scenario naam) and reflected through view parameters render as literal text: no alert, no
 * injected element (CSRF: {@link CsrfApiIT}). Own data: gemeente GM9462, year 2060.
 */
class VijandigSchermenIT extends BrowserIT {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    @Test
    void storedXssInGemeenteNaamRendersAsText() throws Exception {
        Http.Response created = new Http(base).as("beheerder").post("api/v1/gemeenten",
                "{\"cbsCode\":\"GM9462\",\"naam\":" + json("XSS " + SCRIPT) + ",\"geldigVan\":\"2060-01-01\"}");
        assertTrue(created.status() < 500, created.toString());
        long id = gemeente("GM9462", "XSS " + SCRIPT); // created through the API above, or left by an earlier run
        browser.open("login.xhtml");
        browser.login("beheerder");
        browser.await(ExpectedConditions.urlContains("index.xhtml"));
        check("regio/gemeente.xhtml?id=" + id, SCRIPT);
    }

    @Test
    void storedXssInAanbiederNaamRendersAsText() throws Exception {
        Http.Response created = new Http(base).as("inkoop").post("api/v1/aanbieders", "{\"naam\":" + json("XSS " + IMG)
                + ",\"kvkNummer\":\"" + (61_000_000 + (int) (System.nanoTime() % 8_000_000)) + "\",\"locaties\":[{\"naam\":"
                + json(SCRIPT) + ",\"adres\":\"Teststraat 1\",\"postcode\":\"5341 AB\",\"plaats\":\"Oss\"}],\"contacten\":[{\"naam\":"
                + json(IMG) + ",\"functie\":\"Directeur\",\"email\":\"test@example.org\"}]}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonObject("aanbieder").getJsonNumber("id").longValue();
        browser.open("login.xhtml");
        browser.login("inkoop");
        browser.await(ExpectedConditions.urlContains("index.xhtml"));
        check("inkoop/aanbieder.xhtml?id=" + id, IMG);
    }

    @Test
    void storedXssInMeldingRendersAsText() throws Exception {
        long aanbieder = Database.number("SELECT MIN(id) FROM aanbieder");
        long gemeente = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
        Http.Response melding = new Http(base).as("toezichthouder").post("api/v1/toezicht/meldingen", "{\"bron\":\"CONSULENT\",\"soort\":\"KLACHT\","
                + "\"aanbiederId\":" + aanbieder + ",\"gemeenteId\":" + gemeente + ",\"gebeurtenisDatum\":\"2026-01-02\",\"melddatum\":\"2026-01-03\","
                + "\"omschrijving\":" + json("XSS " + SCRIPT + " " + IMG) + ",\"melderNaam\":" + json(IMG) + ",\"melderContact\":" + json(SCRIPT) + "}");
        assertEquals(201, melding.status(), melding.body());
        long id = melding.json().getJsonObject("melding").getJsonNumber("id").longValue();
        browser.open("login.xhtml");
        browser.login("toezichthouder");
        browser.await(ExpectedConditions.urlContains("index.xhtml"));
        check("toezicht/melding.xhtml?id=" + id, SCRIPT);
        check("toezicht/melding.xhtml?id=" + id, IMG);
    }

    @Test
    void storedAndReflectedXssForTheController() throws Exception {
        Http.Response scenario = new Http(base).as("controller").post("api/v1/warehouse/scenarios",
                "{\"naam\":" + json("XSS " + IMG) + ",\"omschrijving\":" + json(SCRIPT) + ",\"actief\":false,\"horizonJaren\":3}");
        assertTrue(scenario.status() == 201 || scenario.status() == 400, scenario.toString());
        browser.open("login.xhtml");
        browser.login("controller");
        browser.await(ExpectedConditions.urlContains("index.xhtml"));
        if (scenario.status() == 201) {
            check("warehouse/scenarios.xhtml", IMG);
        }
        String reflected = URLEncoder.encode(IMG, StandardCharsets.UTF_8);
        checkNoInjection("ceo/resultaten.xhtml?gemeente=" + reflected + "&jaar=" + reflected);
        checkNoInjection("warehouse/dashboard.xhtml?productgroep=" + reflected + "&jaar=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8));
        checkNoInjection("login.xhtml?" + reflected + "=" + reflected);
        checkNoInjection("bestaat-niet.xhtml?x=" + reflected);
    }

    /** The page shows the payload as text, and nothing in it ran or became an element. */
    private void check(String page, String payload) {
        checkNoInjection(page);
        assertTrue(browser.text().contains(payload), page + " shows the literal text " + payload + ":\n" + browser.text());
    }

    private void checkNoInjection(String page) {
        browser.open(page);
        browser.await(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
        try {
            String text = browser.driver.switchTo().alert().getText();
            browser.driver.switchTo().alert().dismiss();
            fail("an alert(" + text + ") ran on " + page);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        Object injected = ((JavascriptExecutor) browser.driver).executeScript(
                "return document.querySelectorAll('img[src=\"x\"], img[onerror]').length"
                        + " + Array.from(document.scripts).filter(s => s.text.includes('alert(1)')).length");
        assertEquals(0L, ((Number) injected).longValue(), "an injected element on " + page);
    }

    private long gemeente(String cbs, String naam) throws Exception {
        Database.update("INSERT INTO gemeente (regio_id, cbs_code, naam, geldig_van, aangemaakt_op, gewijzigd_op) SELECT r.id, ?, ?, "
                + "'2060-01-01', NOW(), NOW() FROM regio r WHERE NOT EXISTS (SELECT 1 FROM gemeente WHERE cbs_code = ?) ORDER BY r.id LIMIT 1", cbs, naam, cbs);
        Database.update("UPDATE gemeente SET naam = ? WHERE cbs_code = ?", naam, cbs);
        return Database.number("SELECT id FROM gemeente WHERE cbs_code = ?", cbs);
    }

    private static String json(String s) {
        return jakarta.json.Json.createValue(s).toString();
    }
}
