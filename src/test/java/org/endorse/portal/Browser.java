package org.endorse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the portal: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver, logged in as one user. Every page it shows is checked with axe-core, and a test fails on any
 * serious or critical accessibility violation, or on anything the page's Content-Security-Policy refused (an
 * inline script or style, an image from elsewhere): the portal must work under its own policy. Screenshots go to
 * target/screenshots.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final String name;

    private Browser(ChromeDriver driver, int port, String name) {
        this.driver = driver;
        this.baseUrl = "http://localhost:" + port;
        this.name = name;
    }

    /** Skips the calling test, saying what to install, on a machine without Debian's Chromium. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The browser tests need Chromium and its driver: install the Debian packages chromium and"
                        + " chromium-driver (apt-get install chromium chromium-driver). .ci/run installs them.");
    }

    /** A new browser, with its own cookies, of the given width (a laptop's, or a phone's). */
    static Browser open(int port, String name, int width) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Chromium's own calls home are refused on machines without internet; none is needed here.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--lang=en-GB", "--window-size=" + width + ",1000");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        // Before any script of a page runs: every refusal of its Content-Security-Policy is noted.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.endorseRefused = [];
                document.addEventListener('securitypolicyviolation', function (refused) {
                  window.endorseRefused.push(refused.violatedDirective + ' refused ' + (refused.blockedURI || 'inline')
                      + ' at ' + refused.sourceFile + ':' + refused.lineNumber);
                });"""));
        return new Browser(driver, port, name);
    }

    static Browser open(int port, String name) {
        return open(port, name, 1280);
    }

    /** Logs in on the portal's login page (every demo user's password is demo) and lands on the home page. */
    Browser logIn(String user) {
        visit("/login");
        type("username", user);
        type("password", "demo");
        click(By.cssSelector("form button[type=submit].primary"));
        assertThat(driver.getCurrentUrl()).as("logged in as " + user).doesNotContain("/login");
        return this;
    }

    Browser visit(String path) {
        driver.get(baseUrl + path);
        checkAccessibility();
        return this;
    }

    /** Clicks, waits for the page or the part of it the click updates, and checks it. */
    Browser click(By target) {
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ready -> "complete".equals(
                driver.executeScript("return document.readyState"))
                && Boolean.TRUE.equals(driver.executeScript(
                        "return !document.body.classList.contains('htmx-request')"
                                + " && !document.querySelector('.htmx-request')")));
        checkAccessibility();
        return this;
    }

    Browser clickButton(String text) {
        return click(By.xpath("//button[normalize-space()=\"" + text + "\"] | //a[normalize-space()=\"" + text + "\"]"));
    }

    /** Types into the field labelled with the given id, replacing what was there. */
    Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses a file in the file field with the given id, as a user picking it from their disk. */
    Browser attach(String id, java.nio.file.Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Fills a date field the way a browser's date input takes keys: in the locale's order, here day first. */
    Browser date(String id, java.time.LocalDate date) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), date.toString());
        return this;
    }

    Browser choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    Browser check(By target) {
        WebElement box = driver.findElement(target);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String text(By target) {
        return driver.findElement(target).getText();
    }

    List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Whether the page fits the window's width, so nobody scrolls sideways to read it. */
    boolean fitsTheWidth() {
        return Boolean.TRUE.equals(driver.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth"));
    }

    String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** Keeps a screenshot of the page as it is, named after the test and the step. */
    Browser screenshot(String step) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + "-" + step + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void checkAccessibility() {
        Object refused = driver.executeScript("return window.endorseRefused || []");
        assertThat((List<?>) refused).as("what the Content-Security-Policy of " + path() + " refused").isEmpty();
        List<Rule> blocking = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
        assertThat(blocking).as(() -> "serious or critical accessibility violations on " + path() + ":\n"
                + blocking.stream().map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"))).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
