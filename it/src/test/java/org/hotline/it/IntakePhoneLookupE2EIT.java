package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The intake page in headless Chromium (issue 10.1): while the operator types a caller's number,
 * the caller's earlier tickets appear from the 7th digit on, whatever separators are typed, and not
 * before.
 */
class IntakePhoneLookupE2EIT {

  private static Chromium chromium;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() throws Exception {
    ItServer.ensureStarted();
    chromium = Chromium.open("1400,1000");
    browser = chromium.browser;
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      chromium.close();
    }
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
