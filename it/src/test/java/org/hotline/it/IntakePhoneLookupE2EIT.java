package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The intake page in headless Chromium (issue 10.1): while the operator types a caller's number,
 * the caller's earlier tickets appear from the 7th digit on, whatever separators are typed, and not
 * before.
 */
class IntakePhoneLookupE2EIT {

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
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--lang=zh-CN",
        "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")))
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static String firstExisting(String... paths) {
    for (String p : paths) {
      if (new File(p).exists()) {
        return p;
      }
    }
    throw new IllegalStateException("not installed: " + String.join(" or ", paths));
  }

  @Test
  void earlierTicketsAppearFromTheSeventhDigitOn() throws Exception {
    String mobile = CallerPhoneIT.freshMobile();
    Map<String, Object> call = Tickets.call("来电受理页部分号码查询");
    call.put("callerPhone", mobile);
    String number = Tickets.log(call).getString("number");

    browser.get(ItServer.BASE_URL + "/login.html");
    browser.findElement(By.id("j_username")).sendKeys("operator");
    browser.findElement(By.id("j_password")).sendKeys("demo", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("intake.html"));
    WebElement phone = wait.until(ExpectedConditions.elementToBeClickable(By.id("callerPhone")));
    WebElement earlier = browser.findElement(By.id("earlier"));

    // six digits with a dash: nothing is looked up yet
    phone.sendKeys(mobile.substring(0, 3) + "-" + mobile.substring(3, 6));
    Thread.sleep(1000);
    assertThat(earlier.getText()).doesNotContain(number);
    // the 7th digit: the caller's earlier ticket is listed
    phone.sendKeys(mobile.substring(6, 7));
    wait.until(ExpectedConditions.textToBePresentInElement(earlier, number));
  }
}
