package org.hotline.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of the page tests: Debian's headless Chromium driven by its chromedriver (Selenium
 * Manager cannot download drivers here), at a given window size, with the helpers every page test
 * needs — log in as a demo user, wait for a page's {@code body[data-loaded=true]}, take a
 * screenshot into {@code it/target/screenshots/}, run a script, and time what a person does.
 */
final class Chromium implements AutoCloseable {

  /** The laptop screen the usability figures are measured on (docs/usability.md). */
  static final String LAPTOP = "1366,768";

  final ChromeDriver browser;
  final WebDriverWait wait;

  private Chromium(ChromeDriver browser) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  /** A new headless Chromium with a window of {@code size} ("width,height"), Chinese first. */
  static Chromium open(String size) throws Exception {
    return open(size, options -> {});
  }

  /**
   * A phone: a window of {@code width} × {@code height} with the phone's viewport emulated (pixel
   * ratio 3) and Chinese asked for (headless Chromium asks for English whatever {@code --lang}
   * says; a Chinese phone asks for Chinese).
   */
  static Chromium phone(int width, int height) throws Exception {
    return open(
        width + "," + height,
        options -> {
          options.setExperimentalOption(
              "prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
          options.setExperimentalOption(
              "mobileEmulation",
              java.util.Map.of(
                  "deviceMetrics",
                  java.util.Map.of("width", width, "height", height, "pixelRatio", 3.0)));
        });
  }

  /**
   * Throttles the network through the DevTools protocol (Chromium's network emulation), cache off.
   *
   * @param latencyMs added round-trip latency
   * @param downBytesPerSecond download throughput
   * @param upBytesPerSecond upload throughput
   */
  void throttle(double latencyMs, double downBytesPerSecond, double upBytesPerSecond) {
    browser.executeCdpCommand("Network.enable", java.util.Map.of());
    browser.executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
    browser.executeCdpCommand(
        "Network.emulateNetworkConditions",
        java.util.Map.of(
            "offline",
            false,
            "latency",
            latencyMs,
            "downloadThroughput",
            downBytesPerSecond,
            "uploadThroughput",
            upBytesPerSecond));
  }

  private static Chromium open(String size, java.util.function.Consumer<ChromeOptions> more)
      throws Exception {
    ItServer.ensureStarted();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser"));
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
        "--window-size=" + size,
        "--lang=zh-CN",
        "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
    more.accept(options);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")))
            .build();
    return new Chromium(new ChromeDriver(service, options));
  }

  private static String firstExisting(String... paths) {
    for (String p : paths) {
      if (new File(p).exists()) {
        return p;
      }
    }
    throw new IllegalStateException("not installed: " + String.join(" or ", paths));
  }

  /** Logs in through the login page as a demo user (password demo) and waits for the header. */
  void login(String user) {
    browser.manage().deleteAllCookies();
    browser.get(ItServer.BASE_URL + "/login.html");
    browser.findElement(By.id("j_username")).sendKeys(user);
    browser.findElement(By.id("j_password")).sendKeys("demo", Keys.ENTER);
    // the form posts and the server redirects to the page: a look for the header while that
    // navigation is under way is "aborted by navigation" (CI once), so that is waited out too
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header nav")));
  }

  /** The queue pages mark the end of their loading (lists, proposals, repeat calls) on the body. */
  void waitUntilLoaded() {
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-loaded=true]")));
  }

  /**
   * Saves a PNG of the window as {@code it/target/screenshots/<db>-<name>.png}; returns its path.
   */
  Path screenshot(String name) throws Exception {
    Path target = ItServer.workDir().resolve("screenshots");
    Files.createDirectories(target);
    Path file = target.resolve(ItServer.db() + "-" + name + ".png");
    Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(js, args);
  }

  /** Milliseconds since the page's navigation started (performance.now()). */
  long sinceNavigation() {
    return ((Number) script("return Math.round(performance.now())")).longValue();
  }

  @Override
  public void close() {
    browser.quit();
  }
}
