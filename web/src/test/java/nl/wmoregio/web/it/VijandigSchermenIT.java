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

    /**
     * M7 (issue 16): every p:chart copies its Chart.js configuration into an inline script. A name
     * that ends the script ({@code </script>}) and opens markup must stay text in the chart: the
     * names are put straight into the tables the charts read (a provider in the top 10 and in the
     * warehouse dimension, gemeente Oss, a monitoring round, a budget scenario), every chart page is
     * opened, and no alert runs, no element is injected, and the chart canvas is drawn. Names are
     * restored afterwards.
     */
    @Test
    void hostileNamesInEveryChartStayText() throws Exception {
        String breekUit = "X</script><img src=x onerror=alert(1)><script>alert(1)</script>";
        WarehouseSeed.ensure();
        long top = Database.number("SELECT aanbieder_id FROM indicatie GROUP BY aanbieder_id ORDER BY COUNT(*) DESC, aanbieder_id LIMIT 1");
        long oss = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
        long ronde = Database.number("SELECT MIN(r.id) FROM kw_ronde r JOIN kw_beoordeling b ON b.ronde_id = r.id WHERE b.aanbieder_id = "
                + "(SELECT MIN(aanbieder_id) FROM kw_beoordeling)");
        long kwAanbieder = Database.number("SELECT MIN(aanbieder_id) FROM kw_beoordeling WHERE ronde_id = ?", ronde);
        String topNaam = (String) Database.rows("SELECT naam FROM aanbieder WHERE id = ?", top).get(0).get(0);
        String rondeNaam = (String) Database.rows("SELECT naam FROM kw_ronde WHERE id = ?", ronde).get(0).get(0);
        String ossNaam = (String) Database.rows("SELECT naam FROM gemeente WHERE id = ?", oss).get(0).get(0);
        try {
            Database.update("UPDATE aanbieder SET naam = ? WHERE id = ?", topNaam + breekUit, top);
            Database.update("UPDATE gemeente SET naam = ? WHERE id = ?", ossNaam + breekUit, oss);
            Database.update("UPDATE kw_ronde SET naam = ? WHERE id = ?", rondeNaam + breekUit, ronde);
            Database.update("UPDATE wh_dim_aanbieder SET naam = CONCAT(naam, ?) WHERE run_id = ?", breekUit, WarehouseSeed.run);
            Database.update("UPDATE wh_dim_gemeente SET naam = CONCAT(naam, ?) WHERE run_id = ?", breekUit, WarehouseSeed.run);
            Database.update("UPDATE wh_projectie_budget SET scenario_naam = CONCAT(scenario_naam, ?) WHERE run_id = ?", breekUit, WarehouseSeed.run);

            browser.open("login.xhtml");
            browser.login("controller");
            browser.await(ExpectedConditions.urlContains("index.xhtml"));
            checkChart("inkoop/dashboard.xhtml", "top10Grafiek", "gemeenteGrafiek");
            checkChart("ceo/resultaten.xhtml", "grafiek");
            checkChart("warehouse/dashboard.xhtml?jaar=2031", "kostenGrafiek", "groepGrafiek", "aanbiederGrafiek", "projectieGrafiek");
            browser.close();
            browser = new Browser(base.toString());
            browser.open("login.xhtml");
            browser.login("contractmanager");
            browser.await(ExpectedConditions.urlContains("index.xhtml"));
            checkChart("kwaliteit/trend.xhtml?aanbieder=" + kwAanbieder, "grafiek");
            checkChart("toezicht/jaarverslag.xhtml", "meldingenGrafiek");
        } finally {
            Database.update("UPDATE aanbieder SET naam = ? WHERE id = ?", topNaam, top);
            Database.update("UPDATE gemeente SET naam = ? WHERE id = ?", ossNaam, oss);
            Database.update("UPDATE kw_ronde SET naam = ? WHERE id = ?", rondeNaam, ronde);
            for (String tabel : List.of("wh_dim_aanbieder", "wh_dim_gemeente")) {
                Database.update("UPDATE " + tabel + " SET naam = REPLACE(naam, ?, '') WHERE run_id = ?", breekUit, WarehouseSeed.run);
            }
            Database.update("UPDATE wh_projectie_budget SET scenario_naam = REPLACE(scenario_naam, ?, '') WHERE run_id = ?", breekUit,
                    WarehouseSeed.run);
        }
    }

    /** No injection on the page, and each named chart drew its canvas (the script ran whole). */
    private void checkChart(String page, String... charts) {
        checkNoInjection(page);
        int getekend = 0;
        for (String chart : charts) {
            Object canvas = ((JavascriptExecutor) browser.driver).executeScript(
                    "var e = document.querySelector('[id$=\":' + arguments[0] + '\"], [id=\"' + arguments[0] + '\"]');"
                            + " return e == null ? 'missing' : (e.querySelector('canvas') != null || e.tagName == 'CANVAS') ? 'ok' : 'no canvas';",
                    chart);
            // a chart without data for this filter is not rendered at all; one that is rendered must be drawn
            assertTrue(!"no canvas".equals(canvas), "chart " + chart + " on " + page + " has no canvas: its script broke");
            getekend += "ok".equals(canvas) ? 1 : 0;
        }
        assertTrue(getekend > 0, "no chart drawn on " + page);
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
