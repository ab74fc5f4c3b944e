package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.Tickets.act;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 9, item 3 in the real pages (headless Chromium): the texts come from the server's bundle in
 * the chosen language, and a callback made on the English page stores reason codes, not the English
 * labels it shows; the history reads as sentences in the reader's language.
 */
class CallbackPageE2EIT {

  private static Chromium chromium;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() throws Exception {
    ItServer.ensureStarted();
    chromium = Chromium.open("1400,1000");
    browser = chromium.browser;
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      chromium.close();
    }
  }

  private static void login(String user, String lang) {
    browser.manage().deleteAllCookies();
    browser.get(ItServer.BASE_URL + "/login.html");
    ((JavascriptExecutor) browser)
        .executeScript("localStorage.setItem('hotline.lang', arguments[0])", lang);
    browser.get(ItServer.BASE_URL + "/login.html");
    // the login page's own texts come from the bundle too
    wait.until(
        ExpectedConditions.textToBe(
            By.cssSelector("button[type=submit]"), lang.equals("en") ? "Log in" : "登录"));
    browser.findElement(By.id("j_username")).sendKeys(user);
    browser.findElement(By.id("j_password")).sendKeys("demo", Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header nav")));
  }

  private static long closedByChengguan(String content) {
    long id = Tickets.assignedToChengguan(content);
    act("officer", id, "sign", null);
    Tickets.replied(id, "已到场处置");
    act("dispatcher", id, "review", Map.of("approved", true));
    return id;
  }

  /** Types {@code text} into the ticket page's tag picker and takes the tag {@code code}. */
  private static void pickTag(String text, String code) {
    WebElement search = browser.findElement(By.id("ticketTagSearch"));
    search.sendKeys(text);
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#ticketTagList li[data-code=" + code + "]")))
        .click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#ticketTags .chip[data-code=" + code + "]")));
  }

  @Test
  void theTicketPagesCallbackFormRecordsAnUnreachableCitizen() {
    long id = closedByChengguan("文案统一：工单页回访未接通");
    login("callback", "zh");
    browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-act=callback]")));
    browser.findElement(By.cssSelector("input[name=result][value=UNREACHABLE]")).click();
    browser.findElement(By.cssSelector("[data-act=callback]")).click();
    wait.until(
        d ->
            as("dispatcher")
                .get("/api/tickets/" + id + "/history")
                .jsonPath()
                .getList("action")
                .contains("CALLBACK_ATTEMPTED"));
    // an attempt: the callback stays due (the agent calls again)
    var t = as("callback").get("/api/tickets/" + id).jsonPath();
    assertThat(t.getString("status")).isEqualTo("CLOSED");
    assertThat(t.getList("allowedActions")).contains("callback");
  }

  @Test
  void aCallbackOnTheEnglishPageStoresReasonCodes() {
    long id = closedByChengguan("文案统一：英文回访页面");
    login("callback", "en");
    assertThat(browser.findElement(By.cssSelector("header")).getText())
        .contains("Callback", "Log out");

    browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-act=callback]")));
    String form = browser.findElement(By.cssSelector("#actionForms")).getText();
    assertThat(form).contains("Dissatisfied", "Unreachable").doesNotContain("不满意", "未接通");
    // issue 12: the reasons come from the problem-tag picker, as in the callback workspace (no
    // check-box list); the tags' groups give the reason codes stored on the ticket
    assertThat(browser.findElements(By.cssSelector("#actionForms input[name=reasons]"))).isEmpty();
    browser.findElement(By.cssSelector("input[name=result][value=DISSATISFIED]")).click();
    pickTag("passing the buck", "SHIRK_PASS");
    pickTag("slow handling", "EFF_SLOW");
    browser.findElement(By.cssSelector("[data-act=callback]")).click();
    wait.until(
        d ->
            "RECTIFYING"
                .equals(as("dispatcher").get("/api/tickets/" + id).jsonPath().getString("status")));

    var t = as("dispatcher").get("/api/tickets/" + id).jsonPath();
    assertThat(t.getList("callbackReasons", String.class))
        .containsExactly("PASSING_THE_BUCK", "SLOW");

    // the page shows the reasons and the history sentences in English, from the codes
    browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#history"), "Result: Dissatisfied"));
    assertThat(browser.findElement(By.cssSelector("#facts")).getText())
        .contains("Passing the buck, Slow");
    assertThat(browser.findElement(By.cssSelector("#history")).getText())
        .contains("Unit: ", "Reasons: Passing the buck, Slow")
        .doesNotContain("unit=PS-CHENGGUAN");

    // the same ticket in Chinese
    login("callback", "zh");
    browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#history"), "结果：不满意"));
    assertThat(browser.findElement(By.cssSelector("#history")).getText())
        .contains("承办单位：城关派出所", "推诿扯皮、效率低");
  }
}
