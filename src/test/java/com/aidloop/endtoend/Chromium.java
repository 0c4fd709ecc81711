package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) for end-to-end tests. When
 * they are missing the test is skipped, unless AIDLOOP_REQUIRE_BROWSER=true (CI), where it fails.
 */
final class Chromium implements AutoCloseable {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path userDataDir;

    private Chromium(ChromeDriver driver, String baseUrl, Path userDataDir) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.userDataDir = userDataDir;
    }

    static Chromium open(int port) throws Exception {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("AIDLOOP_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(
                    "AIDLOOP_REQUIRE_BROWSER is set but /usr/bin/chromium or /usr/bin/chromedriver is missing");
        }
        assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
        Path userDataDir = Files.createTempDirectory("aidloop-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1800",
                "--lang=zh-CN",
                "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofMillis(0));
        return new Chromium(driver, "http://localhost:" + port, userDataDir);
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement find(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)));
    }

    /**
     * Waits until an import's result page (roster, schools, student registrations) shows the
     * status: it comes after a redirect, and a running roster import refreshes its card each second
     * and reloads the page once when it ends, with the problems and 确认导入: this waits for that
     * reload too (the page's {@code data-page-status} is what it was rendered with).
     */
    void waitForImportStatus(String label) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> status = d.findElements(By.cssSelector("#import-status"));
                    // the card shows the end first; the page rendered while running reloads after it
                    return !status.isEmpty()
                            && status.getFirst().getText().equals(label)
                            && d.findElements(By.cssSelector("main[data-page-status='RUNNING']"))
                                    .isEmpty();
                });
    }

    /**
     * An element of an import's finished result page, such as 确认导入: the card shows the status
     * first and the page then reloads with the rest, which a loaded machine may take long for.
     */
    WebElement findOnResult(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(css)));
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        // an element read while the page is being replaced goes stale: ask again rather than fail
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /**
     * Answers what the element shows once it shows the fragment: right after a click the old page
     * (with its own notice) may still be there, so reading at once may read it, or read it gone.
     */
    String textShowing(String css, String fragment) {
        try {
            return waitFor(d -> {
                String text = d.findElement(By.cssSelector(css)).getText();
                return text.contains(fragment) ? text : null;
            });
        } catch (org.openqa.selenium.TimeoutException notShown) {
            throw new AssertionError(css + " shows «" + find(css).getText() + "», not «" + fragment + "»", notShown);
        }
    }

    /**
     * Scrolls a control to the middle of the screen and taps it. Bootstrap scrolls smoothly, so
     * ChromeDriver's own click would land while the page still moves; the tap is dispatched once
     * the control is in view, on the control found afresh on each try (one found while the page is
     * being replaced goes stale).
     */
    void tap(String css) {
        waitFor(d -> ((JavascriptExecutor) d)
                .executeScript(
                        "document.documentElement.style.scrollBehavior = 'auto';"
                                + " arguments[0].scrollIntoView({block: 'center'}); arguments[0].click(); return true;",
                        d.findElement(By.cssSelector(css))));
    }

    /**
     * Clicks an element, as a person would, once scrolled to the middle of the window (the long menu
     * and forms may cover the edges). The scroll is instant: Bootstrap makes the page's own scrolling
     * smooth, and a click during that animation lands where the element was, not where it is.
     */
    void clickInView(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.documentElement.style.scrollBehavior = 'auto';"
                                + " arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                        element);
        element.click();
    }

    /** Nothing wider than the screen: no sideways scrolling on a phone. */
    void assertOneColumn() {
        Object fits = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("the page fits the screen's width").isEqualTo(true);
    }

    void login(String username, String password) {
        go("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("button[type=submit]").click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Fetches what a link of the page points to, as the browser's session would (its cookies), and
     * answers the body; headless Chromium keeps downloads out of reach of the test.
     */
    byte[] download(WebElement link) throws Exception {
        String href = link.getAttribute("href");
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies)
                .GET()
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(href + " answered " + response.statusCode());
            }
            return response.body();
        }
    }

    /** Saves what the page shows, for a person to look at when a test fails. */
    void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
