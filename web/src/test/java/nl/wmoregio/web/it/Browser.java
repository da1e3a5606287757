package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromedriver, no downloads) plus an axe-core check:
 * every screen a test visits must have no serious or critical WCAG 2.1 A/AA violation.
 */
final class Browser implements AutoCloseable {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final WebDriverWait wait;
    private final String base;

    Browser(String base) throws Exception {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("wmo.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=nl", "--accept-lang=nl-NL,nl", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("wmo-chromium"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("wmo.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // While a full postback replaces the page, Chromium may report a node of the old page as
        // "not belonging to the document"; the wait retries instead of failing on that race.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    void open(String path) {
        driver.get(base + path);
    }

    void login(String user) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:gebruikersnaam")));
        type("login:gebruikersnaam", user);
        type("login:wachtwoord", Http.DEMO_PASSWORD);
        driver.findElement(By.id("login:aanmelden")).click();
    }

    /** Scrolls the element to the middle of the window first, so no sticky or neighbouring element takes the click. */
    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    /** Fails with a readable list when axe finds a serious or critical violation on the current page. */
    void assertAccessible(String screen) {
        screenshot(screen);
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            fail("Accessibility violations on " + screen + ":\n" + blocking.stream()
                    .map(v -> "- [" + v.getImpact() + "] " + v.getId() + ": " + v.getHelp() + " -> "
                            + v.getNodes().stream().map(n -> n.getTarget().toString()).limit(5).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            System.err.println("screenshot failed: " + e);
        }
    }

    /** Waits for a condition; on time-out the failure shows the page's text, which says more than the selector. */
    <T> T await(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout");
            throw new AssertionError("Timed out on " + condition + " at " + driver.getCurrentUrl() + "; page text:\n" + text(), e);
        }
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
