package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator's intake (来电受理, issue 12) in headless Chromium at 1366×768, keyboard only: a typical
 * noise complaint logged with its keystrokes counted and timed (target ≤ 30 s at 3 keystrokes per
 * second for the structured fields); pickers by pinyin initials; free text never sent as a code;
 * Enter never submits; an invalid number refused next to the field; a direct answer confirmed
 * before the ticket is closed.
 */
class IntakeE2EIT {

  static final int WIDTH = 1366;
  static final int HEIGHT = 768;
  static final double KEYS_PER_SECOND = 3.0;

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
        "--window-size=" + WIDTH + "," + HEIGHT,
        "--lang=zh-CN",
        "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")))
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.get(ItServer.BASE_URL + "/login.html");
    browser.findElement(By.id("j_username")).sendKeys("operator");
    browser.findElement(By.id("j_password")).sendKeys("demo", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("intake.html"));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void freshPage() {
    browser.get(ItServer.BASE_URL + "/intake.html");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-loaded=true]")));
  }

  private static String firstExisting(String... paths) {
    for (String p : paths) {
      if (new File(p).exists()) {
        return p;
      }
    }
    throw new IllegalStateException("not installed: " + String.join(" or ", paths));
  }

  /**
   * Keys sent to the focused element; structured keystrokes counted, free text (IME) kept apart.
   */
  static final class Keyboard {
    int keystrokes;
    int freeTextCharacters;

    Keyboard keys(CharSequence... keys) {
      for (CharSequence k : keys) {
        keystrokes += k instanceof Keys ? 1 : k.length();
      }
      new Actions(browser).sendKeys(keys).perform();
      return this;
    }

    /** A chord such as Ctrl+Enter or Alt+1: one keystroke. */
    Keyboard chord(Keys modifier, CharSequence key) {
      keystrokes++;
      new Actions(browser).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
      return this;
    }

    /** Free text (name, address): typed through an input method, not a structured field. */
    Keyboard freeText(String text) {
      freeTextCharacters += text.length();
      new Actions(browser).sendKeys(text).perform();
      return this;
    }

    /** The content pasted into the focused field (Ctrl+V: one keystroke). */
    Keyboard paste(String text) {
      keystrokes++;
      ((JavascriptExecutor) browser)
          .executeScript(
              "const el = document.activeElement; el.value = arguments[0];"
                  + "el.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));",
              text);
      return this;
    }
  }

  private static WebElement byId(String id) {
    return browser.findElement(By.id(id));
  }

  private static String focused() {
    return browser.switchTo().activeElement().getAttribute("id");
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static void screenshot(String name) throws Exception {
    Path target = ItServer.workDir().resolve("screenshots");
    Files.createDirectories(target);
    Files.write(
        target.resolve(ItServer.db() + "-" + name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aTypicalNoiseComplaintIsLoggedInUnderThirtySecondsFromTheKeyboard() throws Exception {
    String mobile = CallerPhoneIT.freshMobile();
    Map<String, Object> before = Tickets.call("上个月反映过楼上噪音");
    before.put("callerPhone", mobile);
    String earlierNumber = Tickets.log(before).getString("number");
    String content = "楼上邻居每天半夜十二点以后还在拖动家具、大声放音乐，噪音扰民严重，多次上门沟通无果，请派人处理。";

    Keyboard kb = new Keyboard();
    long start = System.nanoTime();
    assertThat(focused()).isEqualTo("callerPhone");
    kb.keys(mobile);
    // the caller's earlier tickets, beside the form and inside the window, from the number typed
    WebElement earlier = byId("earlier");
    wait.until(ExpectedConditions.textToBePresentInElement(earlier, earlierNumber));
    kb.keys(Keys.TAB).freeText("王先生").keys(Keys.TAB);
    assertThat(focused()).isEqualTo("content");
    kb.paste(content);
    // the suggested categories appear as the content is entered; the first is the noise category
    wait.until(
        ExpectedConditions.textToBePresentInElement(byId("categorySuggestions"), "社会生活噪音扰民"));
    kb.keys(Keys.TAB);
    assertThat(focused()).isEqualTo("categoryCode");
    wait.until(d -> byId("categoryList").isDisplayed());
    kb.keys(Keys.ENTER); // takes the first suggestion
    assertThat(byId("categoryCode").getAttribute("data-code")).isEqualTo("ZA-NOISE");
    kb.keys(Keys.TAB);
    assertThat(focused()).isEqualTo("address");
    kb.freeText("人民路88号3单元502");
    // the area is recognised from the address
    wait.until(d -> "CG-CG-02".equals(byId("areaCode").getAttribute("data-code")));
    screenshot("intake-typical-call");
    Map<?, ?> layout =
        (Map<?, ?>)
            js(
                "const r = e => document.getElementById(e).getBoundingClientRect();"
                    + "return {earlierBottom: r('earlier').bottom, earlierLeft: r('earlier').left, formRight: r('intake').right,"
                    + " submitBottom: r('submit').bottom, innerHeight: window.innerHeight, innerWidth: window.innerWidth,"
                    + " scrollY: window.scrollY};");
    kb.chord(Keys.CONTROL, Keys.ENTER);
    WebElement result =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result.ok")));
    double seconds = (System.nanoTime() - start) / 1e9;
    String number = result.getAttribute("data-number");
    assertThat(number).matches("\\d{8}-\\d{6}");

    JsonPath logged = as("operator").get("/api/tickets?q=" + number).jsonPath();
    assertThat(logged.getString("items[0].categoryCode")).isEqualTo("ZA-NOISE");
    assertThat(logged.getString("items[0].areaCode")).isEqualTo("CG-CG-02");
    assertThat(logged.getString("items[0].callerName")).isEqualTo("王先生");
    assertThat(logged.getString("items[0].address")).isEqualTo("人民路88号3单元502");
    assertThat(logged.getString("items[0].status")).isEqualTo("PENDING_TRIAGE");

    double humanSeconds = kb.keystrokes / KEYS_PER_SECOND;
    System.out.printf(
        "[intake-usability] db=%s viewport=%sx%s keystrokes(structured)=%d free-text-chars=%d"
            + " human-equivalent=%.1fs (at %.0f keys/s) scripted-wall-time=%.1fs earlier-bottom=%s submit-bottom=%s%n",
        ItServer.db(),
        layout.get("innerWidth"),
        layout.get("innerHeight"),
        kb.keystrokes,
        kb.freeTextCharacters,
        humanSeconds,
        KEYS_PER_SECOND,
        seconds,
        layout.get("earlierBottom"),
        layout.get("submitBottom"));
    assertThat(humanSeconds).isLessThanOrEqualTo(30.0);
    // visible without scrolling: the earlier tickets and the submit button inside the window,
    // beside the form
    assertThat(((Number) layout.get("scrollY")).doubleValue()).isZero();
    assertThat(((Number) layout.get("earlierBottom")).doubleValue())
        .isLessThanOrEqualTo(((Number) layout.get("innerHeight")).doubleValue());
    assertThat(((Number) layout.get("submitBottom")).doubleValue())
        .isLessThanOrEqualTo(((Number) layout.get("innerHeight")).doubleValue());
    assertThat(((Number) layout.get("earlierLeft")).doubleValue())
        .isGreaterThanOrEqualTo(((Number) layout.get("formRight")).doubleValue());
  }

  @Test
  void pickersFindPinyinInitialsAndFreeTextIsNeverSentAsACode() {
    Keyboard kb = new Keyboard();
    WebElement area = byId("areaCode");
    area.click();
    kb.keys("rml");
    wait.until(ExpectedConditions.textToBePresentInElement(byId("areaList"), "人民路社区"));
    assertThat(byId("areaList").findElement(By.cssSelector("li[aria-selected=true]")).getText())
        .startsWith("人民路社区");
    kb.keys(Keys.ENTER);
    assertThat(area.getAttribute("data-code")).isEqualTo("CG-CG-02");
    assertThat(area.getAttribute("value")).isEqualTo("城关区 › 城关街道 › 人民路社区");

    // Tab takes the highlighted match too (one key)
    WebElement category = byId("categoryCode");
    category.click();
    kb.keys("zazy");
    wait.until(ExpectedConditions.textToBePresentInElement(byId("categoryList"), "社会生活噪音扰民"));
    kb.keys(Keys.TAB);
    assertThat(category.getAttribute("data-code")).isEqualTo("ZA-NOISE");

    // text that matches nothing: refused in the form, next to the field, nothing sent
    String mobile = CallerPhoneIT.freshMobile();
    byId("callerPhone").sendKeys(mobile);
    byId("content").sendKeys("乱写分类的来电");
    category.clear();
    category.click();
    kb.keys("火星移民局");
    kb.chord(Keys.CONTROL, Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElement(byId("err-categoryCode"), "请从列表中选择"));
    assertThat(category.getAttribute("class")).contains("invalid");
    assertThat(byId("result").getText()).isEmpty();
    assertThat(as("operator").get("/api/tickets?phone=" + mobile).jsonPath().getInt("total"))
        .isZero();
  }

  @Test
  void enterNeverSubmitsAndAnInvalidNumberIsRefusedNextToTheField() throws Exception {
    Keyboard kb = new Keyboard();
    kb.keys("138", Keys.TAB);
    wait.until(ExpectedConditions.textToBePresentInElement(byId("err-callerPhone"), "号码不完整或无效"));
    assertThat(byId("callerPhone").getAttribute("class")).contains("invalid");
    // fill the rest; Enter in the fields does not submit
    byId("content").sendKeys("回车不应提交的来电");
    byId("areaCode").click();
    kb.keys("rml", Keys.ENTER);
    byId("categoryCode").click();
    kb.keys("zazy", Keys.ENTER);
    byId("address").click();
    kb.keys("88", Keys.ENTER);
    byId("callerName").click();
    kb.keys(Keys.ENTER);
    Thread.sleep(1500);
    assertThat(byId("result").getText()).isEmpty();
    // Ctrl+Enter submits, but the number is refused in the form and focus goes back to it
    kb.chord(Keys.CONTROL, Keys.ENTER);
    wait.until(d -> "callerPhone".equals(focused()));
    assertThat(byId("err-callerPhone").getText()).contains("号码不完整或无效");
    assertThat(byId("result").getText()).isEmpty();
    // corrected: the same form goes through
    String mobile = CallerPhoneIT.freshMobile();
    byId("callerPhone").clear(); // WebDriver's clear leaves the field: focus it again
    byId("callerPhone").click();
    kb.keys(mobile);
    kb.chord(Keys.CONTROL, Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result.ok")));
    assertThat(as("operator").get("/api/tickets?phone=" + mobile).jsonPath().getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void aDirectAnswerIsConfirmedBeforeTheTicketIsClosed() {
    Keyboard kb = new Keyboard();
    String mobile = CallerPhoneIT.freshMobile();
    kb.keys(mobile);
    byId("content").sendKeys("咨询身份证补办需要带什么材料");
    byId("areaCode").click();
    kb.keys("rml", Keys.ENTER);
    byId("categoryCode").click();
    kb.keys(
        "jmsfz",
        Keys.ENTER); // Enter before the search answered: the first match is taken when it arrives
    wait.until(d -> "HZ-IDCARD".equals(byId("categoryCode").getAttribute("data-code")));
    byId("directAnswer").sendKeys("带户口本和原身份证到户政窗口办理。");
    kb.chord(Keys.CONTROL, Keys.ENTER);
    // asked, not sent
    wait.until(ExpectedConditions.visibilityOf(byId("confirmDirect")));
    assertThat(focused()).isEqualTo("confirmDirectYes");
    assertThat(as("operator").get("/api/tickets?phone=" + mobile).jsonPath().getInt("total"))
        .isZero();
    // Esc cancels and returns to the answer
    kb.keys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOf(byId("confirmDirect")));
    assertThat(focused()).isEqualTo("directAnswer");
    assertThat(as("operator").get("/api/tickets?phone=" + mobile).jsonPath().getInt("total"))
        .isZero();
    // asked again; Enter on the confirmation closes the ticket at once
    kb.chord(Keys.CONTROL, Keys.ENTER);
    wait.until(d -> "confirmDirectYes".equals(focused()));
    kb.keys(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result.ok")));
    JsonPath logged = as("operator").get("/api/tickets?phone=" + mobile).jsonPath();
    assertThat(logged.getInt("total")).isEqualTo(1);
    assertThat(logged.getString("items[0].status")).isEqualTo("CLOSED");
  }
}
