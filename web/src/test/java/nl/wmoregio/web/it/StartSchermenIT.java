package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The start page per role ("Wat vraagt mijn aandacht") and the menu by work area, in a real
 * browser: each role lands on its start page with only its own subjects, follows one attention
 * link and finds the item behind the count (axe on both pages; the start pages are saved as
 * docs/screens/start-ROL.png). The role with the longest menu opens every page of its menu at
 * 1280 px: no page scrolls horizontally, the menu stays on one row and works by keyboard.
 */
class StartSchermenIT extends BrowserIT {

    private static final Path DOCS = Path.of("..", "docs", "screens");
    private static final List<Long> RUNS = new ArrayList<>();

    @AfterAll
    static void opruimen() throws Exception {
        for (long id : RUNS) {
            Database.update("delete from wh_run where id = ?", id);
        }
        IwmoBerichten.opruimen();
    }

    @Test
    void beheerderFindsTheApplicationsToReview() throws Exception {
        JsonObject eerste = eersteToetreding();
        landOnStart("beheerder", Set.of("TOETREDINGEN", "TRIAGE_VERLOPEN", "AFGEKEURDE_DECLARATIES", "TIJDGEBONDEN_AFLOPEND"),
                Set.of("WAREHOUSE_RUNS"));
        assertEquals(Database.number(TIJDGEBONDEN, vandaag(), vandaag().plusDays(30)), aantal("TIJDGEBONDEN_AFLOPEND"),
                "the region's time-boxed indicaties ending soon");
        volg("TOETREDINGEN", eerste.getString("aanbiederNaam"));
    }

    @Test
    void inkoopFollowsAnApplicationToItsPage() throws Exception {
        JsonObject eerste = eersteToetreding();
        landOnStart("inkoop", Set.of("TOETREDINGEN", "DEELOVEREENKOMSTEN_AFLOPEND", "VERZOEKEN_OM_TOEWIJZING"),
                Set.of("TRIAGE_VERLOPEN", "WAREHOUSE_RUNS"));
        volg("TOETREDINGEN", eerste.getString("aanbiederNaam"));
        browser.click(By.cssSelector("#lijst\\:tabel tbody a.aandacht-item"));
        browser.await(ExpectedConditions.urlContains("inkoop/toetreding.xhtml?id=" + eerste.getJsonNumber("id").longValue()));
        assertTrue(browser.text().contains(eerste.getString("aanbiederNaam")), "the application's own page");
        String kruimel = browser.driver.findElement(By.cssSelector(".kruimelpad")).getText();
        assertTrue(kruimel.contains("Inkoop en contracten") && kruimel.contains("Toetredingen"), "you are here: " + kruimel);
        String historie = browser.driver.findElement(By.cssSelector("section.historie")).getText();
        // Demo applications are seeded by SQL, so their audit trail may be empty; the tariff test checks entries.
        assertTrue(historie.contains("Historie") && (historie.contains("INGEDIEND") || historie.contains("Nog geen wijzigingen")),
                "the application's history from the audit table: " + historie);
        browser.assertAccessible("toetreding-historie");
    }

    @Test
    void toezichthouderFindsAnOverdueTriage() throws Exception {
        JsonObject melding = teLaatGetriageerd();
        landOnStart("toezichthouder", Set.of("TRIAGE_VANDAAG", "TRIAGE_VERLOPEN", "MAATREGELEN_VERLOPEN", "OPGESCHORT_MET_CLIENTEN"),
                Set.of("TOETREDINGEN", "AFGEKEURDE_DECLARATIES", "WAREHOUSE_RUNS"));
        volg("TRIAGE_VERLOPEN", melding.getString("nummer"));
    }

    @Test
    void contractmanagerFindsAnOverdueTriage() throws Exception {
        JsonObject melding = teLaatGetriageerd();
        landOnStart("contractmanager", Set.of("TRIAGE_VERLOPEN", "DEELOVEREENKOMSTEN_AFLOPEND", "TOETREDINGEN"), Set.of("WAREHOUSE_RUNS"));
        volg("TRIAGE_VERLOPEN", melding.getString("nummer"));
    }

    @Test
    void controllerFindsAFailedWarehouseRun() throws Exception {
        long run = IwmoBerichten.insert("insert into wh_run (status, aangevraagd_door, aangevraagd_op, klaar_op, log) "
                + "values ('MISLUKT', 'controller', ?, ?, 'MISLUKT: aandachtstest')", LocalDateTime.now().plusMinutes(1),
                LocalDateTime.now().plusMinutes(2));
        RUNS.add(run);
        landOnStart("controller", Set.of("WAREHOUSE_RUNS", "DEELOVEREENKOMSTEN_AFLOPEND"),
                Set.of("TOETREDINGEN", "TRIAGE_VERLOPEN", "AFGEKEURDE_DECLARATIES"));
        volg("WAREHOUSE_RUNS", "Warehouse-run " + run);
        assertTrue(browser.text().contains("Mislukt"), browser.text());
    }

    @Test
    void gemeenteSeesItsOwnRefusedClaimsOnly() throws Exception {
        IwmoBerichten.Aanbieder eigen = IwmoBerichten.aanbieder("Aandacht Oss");
        IwmoBerichten.Aanbieder ander = IwmoBerichten.aanbieder("Aandacht Bernheze");
        bericht(eigen, "GM0828", "AANDACHT-OSS");
        bericht(ander, "GM1721", "AANDACHT-BERNHEZE");
        landOnStart("gemeente.oss", Set.of("AFGEKEURDE_DECLARATIES", "WAREHOUSE_RUNS", "VERZOEKEN_OM_TOEWIJZING", "TIJDGEBONDEN_AFLOPEND"),
                Set.of("TOETREDINGEN", "TRIAGE_VERLOPEN", "DEELOVEREENKOMSTEN_AFLOPEND"));
        // issue 13 rule 7 "monitored": the own gemeente's time-boxed indicaties ending within 30 days, counted independently
        long oss = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM0828'");
        assertEquals(Database.number(TIJDGEBONDEN + " AND i.gemeente_id = ?", vandaag(), vandaag().plusDays(30), oss),
                aantal("TIJDGEBONDEN_AFLOPEND"),
                "Oss's begeleiding plus / IB4 MO ending within 30 days");
        volg("AFGEKEURDE_DECLARATIES", "AANDACHT-OSS");
        assertFalse(browser.text().contains("AANDACHT-BERNHEZE"), "another gemeente's message is not listed");
        assertTrue(browser.text().contains("2 van 3 regels afgekeurd"), browser.text());
    }

    @Test
    void theLongestMenuFitsAt1280PixelsAndWorksByKeyboard() throws Exception {
        browser.open("index.xhtml");
        browser.login("beheerder");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("aandacht")));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        assertEquals(1280L, ((Number) js.executeScript("return window.outerWidth;")).longValue(), "the window is 1280 px wide");

        List<WebElement> bovenste = browser.driver.findElements(By.cssSelector("#hoofdmenu > .ui-menu-list > li"));
        Set<Long> rijen = new LinkedHashSet<>();
        for (WebElement li : bovenste) {
            rijen.add(((Number) js.executeScript("return Math.round(arguments[0].getBoundingClientRect().top);", li)).longValue());
        }
        assertEquals(7, bovenste.size(), "Start and six work areas for BEHEERDER (Sturing is not theirs)");
        assertEquals(1, rijen.size(), "the menu is one row: " + rijen);

        @SuppressWarnings("unchecked")
        List<String> paginas = (List<String>) js.executeScript(
                "return Array.from(document.querySelectorAll('#hoofdmenu a[href]')).map(a => a.getAttribute('href'))"
                        + ".filter(h => h && h.indexOf('.xhtml') > 0);");
        assertTrue(paginas.size() >= 15, "the beheerder's menu: " + paginas);
        List<String> breed = new ArrayList<>();
        for (String href : new LinkedHashSet<>(paginas)) {
            browser.driver.get(new java.net.URL(base, href).toString());
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("hoofdmenu")));
            long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
            long breedte = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
            if (scroll > breedte) {
                breed.add(href + " (" + scroll + " > " + breedte + ")");
                browser.screenshot("breed-" + href.replaceAll("[^a-z]", "-"));
            }
            assertFalse(browser.driver.findElements(By.cssSelector("#hoofdmenu li.actief, #hoofdmenu a.actief")).isEmpty(),
                    "the menu marks where you are on " + href);
        }
        assertTrue(breed.isEmpty(), "pages that scroll horizontally at 1280 px: " + breed);

        browser.open("index.xhtml");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("aandacht")));
        browser.assertAccessible("start-menu");
        // Keyboard: Tab reaches the menu; arrows move and open; Enter follows the link.
        WebElement eerste = browser.driver.findElement(By.cssSelector("#hoofdmenu > .ui-menu-list > li > a"));
        js.executeScript("arguments[0].focus();", eerste);
        new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
        String focus = (String) js.executeScript("return document.activeElement ? document.activeElement.textContent.trim() : '';");
        assertTrue(focus.contains("Inkoop en contracten"), "arrow right moves to the next work area: " + focus);
        new Actions(browser.driver).sendKeys(Keys.ARROW_DOWN).perform();
        browser.await(d -> ((String) js.executeScript("return document.activeElement.textContent.trim();")).contains("Aanbieders"));
        browser.assertAccessible("start-menu-open");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.await(ExpectedConditions.urlContains("inkoop/aanbieders.xhtml"));
    }

    // ---- helpers ----

    private void landOnStart(String user, Set<String> zichtbaar, Set<String> niet) throws Exception {
        browser.open("");
        browser.login(user);
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("aandacht")));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/") || browser.driver.getCurrentUrl().contains("index.xhtml"),
                "lands on the start page: " + browser.driver.getCurrentUrl());
        assertTrue(browser.text().contains("Wat vraagt mijn aandacht"));
        for (String soort : zichtbaar) {
            assertFalse(browser.driver.findElements(By.id("punt-" + soort)).isEmpty(), user + " sees " + soort + ":\n" + browser.text());
        }
        for (String soort : niet) {
            assertTrue(browser.driver.findElements(By.id("punt-" + soort)).isEmpty(), user + " does not see " + soort);
        }
        String rol = user.contains(".") ? "gemeente" : user;
        browser.assertAccessible("start-" + rol);
        Files.createDirectories(DOCS);
        Path png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, DOCS.resolve("start-" + rol + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static final String TIJDGEBONDEN = "SELECT COUNT(*) FROM indicatie i WHERE i.product_code IN ('02BIP', '16I4M')"
            + " AND i.tot BETWEEN ? AND ? AND i.stop_zorg IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM indicatie n WHERE n.vorige_id = i.id)";

    /** The application's today (Tijd.vandaag: Europe/Amsterdam), not the database server's CURDATE(). */
    private static java.time.LocalDate vandaag() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
    }

    private long aantal(String soort) {
        return Long.parseLong(browser.driver.findElement(By.cssSelector("#punt-" + soort + " .aantal")).getText().trim());
    }

    /** Follows the attention link and checks the count led to a list holding the item. */
    private void volg(String soort, String item) {
        WebElement punt = browser.driver.findElement(By.id("punt-" + soort));
        long aantal = Long.parseLong(punt.findElement(By.cssSelector(".aantal")).getText().trim());
        assertTrue(aantal > 0, soort + " counts the item: " + punt.getText());
        browser.click(By.id("link-" + soort));
        browser.await(ExpectedConditions.urlContains("aandacht.xhtml?soort=" + soort));
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("lijst:tabel")));
        assertTrue(browser.text().contains(item), "the list behind " + soort + " holds " + item + ":\n" + browser.text());
        String rijen = browser.driver.findElement(By.cssSelector("#lijst\\:tabel .ui-paginator-current, #lijst\\:tabel")).getText();
        assertFalse(rijen.isBlank());
        browser.assertAccessible("aandacht-" + soort.toLowerCase());
    }

    private JsonObject eersteToetreding() {
        JsonObject page = new Http(base).as("inkoop").get("api/v1/toetredingen?status=INGEDIEND&size=1").json();
        assertTrue(page.getInt("total") > 0, "the demo data has applications to review");
        return page.getJsonArray("items").getJsonObject(0);
    }

    /** A melding reported long ago and never triaged; the screen's list starts with the same one as the API's. */
    private JsonObject teLaatGetriageerd() {
        Http tz = new Http(base).as("toezichthouder");
        JsonObject contract = new Http(base).as("inkoop").get("api/v1/contracten?size=1").json().getJsonArray("items").getJsonObject(0);
        long gemeente = new Http(base).as("beheerder").get("api/v1/gemeenten?naam=GM0828").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        Http.Response r = tz.post("api/v1/toezicht/meldingen", "{\"bron\":\"CONSULENT\",\"soort\":\"KLACHT\",\"aanbiederId\":"
                + contract.getJsonNumber("aanbiederId").longValue() + ",\"gemeenteId\":" + gemeente
                + ",\"gebeurtenisDatum\":\"2024-01-08\",\"melddatum\":\"2024-01-09\",\"omschrijving\":\"Aandachtstest: nooit getrieerd\"}");
        assertEquals(201, r.status(), r.body());
        JsonObject eerste = tz.get("api/v1/toezicht/meldingen?verlopen=true&size=1").json().getJsonArray("items").getJsonObject(0);
        return eerste;
    }

    /** A WMO323 of a provider for a gemeente with 2 of 3 lines refused, received just now. */
    private static void bericht(IwmoBerichten.Aanbieder aanbieder, String cbs, String identificatie) {
        IwmoBerichten.insert("insert into iwmo_bericht (berichtcode, inhoud_hash, afzender, aanbieder_id, gemeente_id, identificatie, "
                        + "ontvangen_op, ontvangen_door, regels, goedgekeurd, afgekeurd, resultaat) values ('447', ?, ?, ?, ?, ?, now(3), 'inkoop', 3, 1, 2, '{}')",
                (java.util.UUID.randomUUID().toString() + java.util.UUID.randomUUID()).replace("-", ""), aanbieder.agb(), aanbieder.id(), IwmoBerichten.gemeente(cbs), identificatie);
    }
}
