package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public rating page (扫码评警) in headless Chromium at a phone-sized viewport (390 × 844), no
 * login, under the application's CSP: a citizen rates a window dissatisfied with a reason, a
 * comment and a number, and sees the confirmation; a revoked code's page says so.
 */
class PublicRatingE2EIT {

  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() throws Exception {
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
        "--window-size=390,844",
        "--lang=zh-CN",
        "--user-data-dir=" + Files.createTempDirectory("chromium-rating-it"));
    // headless Chromium asks for English whatever --lang says: a Chinese phone asks for Chinese
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    options.setExperimentalOption(
        "mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 3.0)));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")))
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    as("admin")
        .body(Map.of("perDevice", 100, "perNetwork", 1000))
        .put("/api/testing/rating-limits")
        .then()
        .statusCode(204);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
    as("admin").delete("/api/testing/rating-limits").then().statusCode(204);
  }

  private static String firstExisting(String... paths) {
    for (String p : paths) {
      if (new File(p).exists()) {
        return p;
      }
    }
    throw new IllegalStateException("not installed: " + String.join(" or ", paths));
  }

  private static void screenshot(String name) throws Exception {
    Path target = ItServer.workDir().resolve("screenshots");
    Files.createDirectories(target);
    Files.write(
        target.resolve(ItServer.db() + "-" + name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static void choose(String dimension, String level) {
    browser
        .findElement(By.xpath("//input[@name='" + dimension + "' and @value='" + level + "']/.."))
        .click();
  }

  @Test
  void aCitizenRatesAWindowOnAPhoneAndSeesTheConfirmation() throws Exception {
    String url =
        as("admin")
            .body(Map.of("kind", "WINDOW", "name", "城关派出所 户政窗口 E2E", "unitCode", "PS-CHENGGUAN"))
            .post("/api/rating-targets")
            .then()
            .statusCode(201)
            .extract()
            .path("ratingUrl");
    browser.get(ItServer.BASE_URL + url);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rate form")));
    assertThat(browser.findElement(By.id("target")).getText())
        .contains("城关派出所 户政窗口 E2E")
        .contains("城关派出所");
    Number scrollWidth =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
    assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(390);

    // submitting without answers names what is missing, sends nothing
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(browser.findElement(By.id("error")).getText()).contains("服务态度");

    choose("attitude", "DISSATISFIED");
    choose("efficiency", "SATISFIED");
    choose("conduct", "BASICALLY_SATISFIED");
    choose("result", "SATISFIED");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reasons")));
    browser
        .findElement(By.xpath("//input[@value='ATTITUDE_POOR']/ancestor::details/summary"))
        .click();
    browser.findElement(By.xpath("//input[@name='reason' and @value='ATTITUDE_POOR']/..")).click();
    browser.findElement(By.id("comment")).sendKeys("窗口人员态度生硬");
    browser.findElement(By.id("phone")).sendKeys("13912345678");
    screenshot("rating-form");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    assertThat(browser.findElement(By.id("rate")).getText()).contains("感谢您的评价").contains("回访");
    screenshot("rating-done");
  }

  @Test
  void aRevokedCodesPageSaysSo() {
    var created =
        as("admin")
            .body(Map.of("kind", "VEHICLE", "name", "巡逻车 E2E", "unitCode", "PS-CHENGGUAN"))
            .post("/api/rating-targets")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    as("admin")
        .body(Map.of("reason", "车辆报废"))
        .post("/api/rating-targets/" + created.getLong("id") + "/revoke")
        .then()
        .statusCode(200);
    browser.get(ItServer.BASE_URL + created.getString("ratingUrl"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("此二维码已作废");
  }
}
