package dev.meshlens.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium}, driven through its {@code chromium-driver};
 * nothing is downloaded) on a Meshlens server. When the browser is not installed the UI tests are
 * skipped, unless {@code MESHLENS_UI_REQUIRED=1} (as {@code .ci/run} sets it), when they fail.
 * Screenshots go to {@code target/ui-screenshots/}.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM =
      Path.of(System.getProperty("meshlens.chromium", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("meshlens.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);
  // Selenium warns at every start that it has no DevTools bindings for this Chromium; we use none
  private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

  static {
    DEVTOOLS.setLevel(Level.SEVERE);
  }

  private final String base;
  private final Path profile;
  private final ChromeDriver driver;

  private Browser(String base) throws IOException {
    this.base = base;
    this.profile = Files.createTempDirectory("meshlens-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
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
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    this.driver = new ChromeDriver(service, options);
  }

  /** A browser on the server at this base URL; skips the test when there is no browser here. */
  static Browser open(String base) {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && !"1".equals(System.getenv("MESHLENS_UI_REQUIRED"))) {
      Assumptions.abort(
          "The browser tests need Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + DRIVER
              + "): apt-get install chromium chromium-driver, or run .ci/run");
    }
    assertThat(present).as("chromium at %s and chromedriver at %s", CHROMIUM, DRIVER).isTrue();
    try {
      return new Browser(base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a page of the UI: a hash route such as {@code "#/search?q=orders"}, or "" for home. */
  Browser go(String route) {
    driver.get(base + "/" + route);
    return this;
  }

  /**
   * Loads the app afresh on a route (a new document, not a hash change within the last one), and
   * forgets the console of the page before.
   */
  Browser reload(String route) {
    driver.get("about:blank");
    consoleErrors();
    return go(route);
  }

  /** Signs in by storing the token as the sign-in page does, then reloads. */
  Browser signInWith(String bearerOrToken) {
    if (!driver.getCurrentUrl().startsWith(base)) {
      go("");
    }
    String token = bearerOrToken.replaceFirst("^Bearer ", "");
    ((JavascriptExecutor) driver)
        .executeScript("localStorage.setItem('meshlens.token', arguments[0])", token);
    driver.navigate().refresh();
    return this;
  }

  /** Waits until an element matching the CSS selector is visible, and answers it. */
  WebElement visible(String css) {
    return waiter().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until at least {@code n} elements match the CSS selector, and answers them. */
  List<WebElement> atLeast(String css, int n) {
    return waiter()
        .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(css), n - 1));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits until the JavaScript expression is truthy, and answers its value. */
  Object until(String expression) {
    return waiter()
        .until(d -> ((JavascriptExecutor) d).executeScript("return " + expression + ";"));
  }

  Object script(String body, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(body, args);
  }

  /** Runs a script that calls {@code done(value)} when it is finished; answers the value. */
  Object asyncScript(String body, Object... args) {
    return ((JavascriptExecutor) driver)
        .executeAsyncScript("const done = arguments[arguments.length - 1];" + body, args);
  }

  WebDriverWait waiter() {
    return new WebDriverWait(driver, WAIT);
  }

  /** The page's URL fragment (the route and its parameters), decoded. */
  String route() {
    return String.valueOf(script("return decodeURIComponent(location.hash)"));
  }

  /** Saves the page as it looks now to target/ui-screenshots/{name}.png; answers the file. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The browser console's errors since the last call (scripts that failed, failed requests). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
