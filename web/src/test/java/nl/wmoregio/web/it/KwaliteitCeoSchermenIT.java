package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A provider scored through the screens; a CEO import with its per-row report and the results page. */
class KwaliteitCeoSchermenIT extends BrowserIT {

    @Test
    void aContractManagerScoresAProviderAndSeesItsTrend() throws Exception {
        Http cm = new Http(base).as("contractmanager");
        Http.Response methode = cm.post("api/v1/kwaliteit/methoden", "{\"naam\":\"Schermmethode " + System.nanoTime()
                + "\",\"versie\":1,\"indicatoren\":[{\"code\":\"OP\",\"thema\":\"Ondersteuningsplan\",\"omschrijving\":\"Plannen op orde\","
                + "\"schaalMin\":1,\"schaalMax\":4,\"norm\":3},{\"code\":\"VOG\",\"thema\":\"Personeel\",\"omschrijving\":\"VOG aanwezig\","
                + "\"schaalMin\":0,\"schaalMax\":1,\"norm\":1}]}");
        assertEquals(201, methode.status(), methode.body());
        long aanbieder = KwaliteitApiIT.aanbieder("Schermaanbieder");
        Http.Response ronde = cm.post("api/v1/kwaliteit/rondes", "{\"naam\":\"Scherm 2039\",\"methodeId\":"
                + methode.json().getJsonNumber("id") + ",\"van\":\"2039-01-01\",\"tot\":\"2039-12-31\",\"aanbiederIds\":[" + aanbieder + "]}");
        assertEquals(201, ronde.status(), ronde.body());
        long rondeId = ronde.json().getJsonNumber("id").longValue();

        browser.open("kwaliteit/rondes.xhtml");
        browser.login("contractmanager");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("rondes:tabel")));
        browser.assertAccessible("60-kwaliteit-rondes");

        browser.open("kwaliteit/beoordeling.xhtml?ronde=" + rondeId + "&aanbieder=" + aanbieder);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("score:opslaan")));
        browser.assertAccessible("61-scoreformulier");
        List<WebElement> scores = browser.driver.findElements(By.cssSelector("select[id$=':waarde']"));
        assertEquals(2, scores.size());
        new Select(scores.get(0)).selectByVisibleText("2");
        new Select(browser.driver.findElements(By.cssSelector("select[id$=':waarde']")).get(1)).selectByVisibleText("1");
        browser.driver.findElements(By.cssSelector("input[id$=':onderbouwing']")).get(0).sendKeys("4 van 10 plannen zonder evaluatie");
        browser.type("score:leerpunten", "Evaluatiemomenten vastleggen");
        browser.click(By.id("score:opslaan"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "1 onder de norm"));
        browser.assertAccessible("62-gescoord");

        browser.type("verbetering:omschrijving", "Alle plannen met evaluatiedatum");
        browser.type("verbetering:deadline", "01-03-2040");
        browser.click(By.id("verbetering:spreekAf"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "De verbetering is vastgelegd"));

        browser.open("kwaliteit/trend.xhtml?aanbieder=" + aanbieder);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("trendTabel")));
        assertTrue(browser.text().contains("Alle plannen met evaluatiedatum"), browser.text());
        assertTrue(browser.driver.findElement(By.id("trendTabel")).getText().contains("2"));
        assertTrue(browser.text().contains("Signalen van toezicht over deze aanbieder"), "toezicht signals beside the scores");
        assertTrue(browser.text().contains("Er zijn geen meldingen over deze aanbieder."), "the new test provider has none");
        browser.assertAccessible("63-trend");

        browser.open("kwaliteit/ronde.xhtml?id=" + rondeId);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("verdeling")));
        assertTrue(browser.driver.findElement(By.id("onderNorm")).getText().contains("Schermaanbieder"));
        browser.assertAccessible("64-ronde-verdeling");
    }

    @Test
    void aControllerImportsResponsesWithAPerRowReportAndSeesTheResults() throws Exception {
        CeoApiIT.bevolking("GM1982", 2039, Map.of("01HV", 12));
        Http controller = new Http(base).as("controller");
        Http.Response created = controller.post("api/v1/ceo/rondes", "{\"gemeenteCbsCode\":\"GM1982\",\"jaar\":2039,\"omvang\":50,\"seed\":3}");
        assertEquals(201, created.status(), created.body());
        long ronde = created.json().getJsonNumber("id").longValue();
        assertEquals(200, controller.postIfMatch("api/v1/ceo/rondes/" + ronde + "/steekproef", created.header("ETag"), "").status());
        List<String> r = CeoApiIT.respondenten(ronde);
        assertEquals(12, r.size());

        browser.open("ceo/rondes.xhtml");
        browser.login("controller");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("rondes:tabel")));
        browser.assertAccessible("70-ceo-rondes");

        browser.open("ceo/import.xhtml?ronde=" + ronde);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("import:inhoud")));
        browser.assertAccessible("71-ceo-import");
        StringBuilder csv = new StringBuilder("respondent;vraag;antwoord\n");
        for (int i = 0; i < 12; i++) {
            csv.append(r.get(i)).append(";V06;").append(i < 9 ? "4" : "2").append('\n');
        }
        csv.append(r.get(0)).append(";V06;7\n"); // line 14: out of range
        browser.type("import:inhoud", csv.toString());
        browser.click(By.id("import:importeer"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("fouten"), "ANTWOORD_BUITEN_BEREIK"));
        assertTrue(browser.driver.findElement(By.id("fouten")).getText().contains("14"), browser.driver.findElement(By.id("fouten")).getText());
        assertTrue(browser.text().contains("Er is niets opgeslagen"), browser.text());
        assertEquals(0, CeoApiIT.antwoorden(ronde));
        browser.assertAccessible("72-ceo-import-geweigerd");

        browser.click(By.id("import:goedeRegels"));
        browser.click(By.id("import:importeer"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("meldingen"), "12 opgeslagen"));
        assertEquals(12, CeoApiIT.antwoorden(ronde));
        browser.assertAccessible("73-ceo-import-goede-regels");

        browser.open("ceo/resultaten.xhtml?jaar=2039&gemeente=GM1982&vraag=V06");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("naastElkaar")));
        // 9 of 12 agree: 75.0%, Wilson 95% 46.8-91.1
        String tabel = browser.driver.findElement(By.id("naastElkaar")).getText();
        assertTrue(tabel.contains("75.0% (46.8-91.1) n=12") || tabel.contains("75,0% (46,8-91,1) n=12"), tabel);
        assertTrue(browser.driver.findElement(By.id("uitsplitsing")).getText().contains("HV"));
        browser.assertAccessible("74-ceo-resultaten");
    }
}
