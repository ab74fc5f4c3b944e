package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The sub-centre administration page (分中心管理, issue 14) in headless Chromium: the admin lists the
 * sub-centres, is told next to the field what is wrong with a new one (the code taken, the name
 * missing) while nothing is created, creates one with a unit, renames it and takes the unit back in
 * the dialog, and retires it; the page's text follows the language; a cross-site write to the same
 * API is refused.
 */
class SubCentresPageE2EIT extends LaptopPageTest {

  private static WebDriver browser;

  /**
   * The shared laptop-sized browser ({@link LaptopPageTest}: 1366×768), not a larger one of its
   * own.
   */
  @BeforeAll
  static void useLaptopBrowser() {
    browser = chromium.browser;
  }

  /** The sub-centre as the API lists it, null when there is none of that code. */
  private static Map<String, Object> subCentre(String code) {
    List<Map<String, Object>> all =
        as("admin")
            .get("/api/sub-centres")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return all.stream().filter(s -> code.equals(s.get("code"))).findFirst().orElse(null);
  }

  private static final String CREATE = "#createSubCentre form";

  private static final String DIALOG = ".dialog form";

  /**
   * The message shown next to {@code field} in the form {@code formCss} (looked up afresh: the form
   * re-renders).
   */
  private static String fieldError(String formCss, String field) {
    return chromium.wait.until(
        d -> {
          try {
            List<WebElement> e =
                d.findElement(By.cssSelector(formCss)).findElements(By.id("err-" + field));
            return e.isEmpty() || e.get(0).getText().isBlank() ? null : e.get(0).getText();
          } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
            return null;
          }
        });
  }

  private static WebElement in(String formCss, By by) {
    return chromium.wait.until(d -> d.findElement(By.cssSelector(formCss)).findElement(by));
  }

  /** Clicks as the user would, also under a toast that a previous answer left over the element. */
  private static void click(WebElement element) {
    chromium.script(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  private static void type(String formCss, String name, String text) {
    WebElement input = in(formCss, By.name(name));
    // select and delete as a person does (clear() fires no input event: the form would keep its
    // value)
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    input.sendKeys(org.openqa.selenium.Keys.DELETE);
    input.sendKeys(text);
  }

  /** A unit of no active sub-centre (the demo's two cover the town stations and the suburbs). */
  private static String freeUnit() {
    List<String> taken =
        as("admin")
            .get("/api/sub-centres")
            .then()
            .extract()
            .jsonPath()
            .getList("findAll { it.active }.units.flatten()");
    return as("admin")
        .get("/api/units")
        .then()
        .extract()
        .jsonPath()
        .getList("code", String.class)
        .stream()
        // a unit that handles tickets: the centre's own RXZX and the bureau GA are refused
        // (NOT_HANDLING_UNIT), and MariaDB lists the units in another order than H2
        .filter(u -> !taken.contains(u) && !u.equals("GA") && !u.equals("RXZX"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theAdminCreatesRenamesAssignsAndRetiresWithErrorsNextToTheField() {
    String code = "SC-E2E-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String unit = freeUnit();
    chromium.login("admin");
    browser.get(ItServer.BASE_URL + "/subcentres.html");
    chromium.waitUntilLoaded();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("分中心管理");
    List<String> codes =
        browser.findElements(By.cssSelector("table.list tbody tr")).stream()
            .map(r -> r.getAttribute("data-id"))
            .toList();
    assertThat(codes).contains("SC-CITY", "SC-SUBURB");

    // a code already taken and no name: both told next to their field, nothing created
    type(CREATE, "code", "SC-CITY");
    click(in(CREATE, By.cssSelector("button[type=submit]")));
    assertThat(fieldError(CREATE, "name")).isNotBlank();
    assertThat(fieldError(CREATE, "code")).isNotBlank();
    assertThat(in(CREATE, By.name("name")).getAttribute("class")).contains("invalid");

    type(CREATE, "code", code);
    type(CREATE, "name", "端到端测试分中心");
    // the unit picked by its code in the units' picker (chips, issue 12), Enter takes it
    in(CREATE, By.name("units")).sendKeys(unit, org.openqa.selenium.Keys.ENTER);
    in(CREATE, By.cssSelector(".chip[data-code='" + unit + "']"));
    click(in(CREATE, By.cssSelector("button[type=submit]")));
    chromium.wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("table.list tr[data-id='" + code + "']")));
    Map<String, Object> created = subCentre(code);
    assertThat(created.get("name")).isEqualTo("端到端测试分中心");
    assertThat(created.get("units")).isEqualTo(List.of(unit));

    // rename and take the unit back in the dialog
    click(browser.findElement(By.cssSelector("button[data-code='" + code + "']")));
    chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(DIALOG)));
    type(DIALOG, "name", "");
    click(in(DIALOG, By.cssSelector("button[type=submit]")));
    assertThat(fieldError(DIALOG, "name")).isNotBlank();
    assertThat(subCentre(code).get("name")).isEqualTo("端到端测试分中心");
    type(DIALOG, "name", "端到端改名分中心");
    // the unit's chip removed by its × button
    click(in(DIALOG, By.cssSelector(".chip[data-code='" + unit + "'] button")));
    click(in(DIALOG, By.cssSelector("button[type=submit]")));
    chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog")));
    chromium.wait.until(
        d ->
            d.findElement(By.cssSelector("table.list tr[data-id='" + code + "']"))
                .getText()
                .contains("端到端改名分中心"));
    assertThat((List<?>) subCentre(code).get("units")).isEmpty();

    // retire it
    click(browser.findElement(By.cssSelector("button[data-code='" + code + "']")));
    chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(DIALOG)));
    click(in(DIALOG, By.name("active")));
    click(in(DIALOG, By.cssSelector("button[type=submit]")));
    chromium.wait.until(
        d ->
            d.findElement(By.cssSelector("table.list tr[data-id='" + code + "']"))
                .getAttribute("class")
                .contains("retired"));
    assertThat(subCentre(code).get("active")).isEqualTo(false);
  }

  @Test
  void theTextFollowsTheLanguageAndOtherRolesOnlyRead() {
    chromium.login("leader");
    browser.get(ItServer.BASE_URL + "/subcentres.html");
    chromium.waitUntilLoaded();
    assertThat(browser.findElements(By.id("createSubCentre"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("button[data-code]"))).isEmpty();
    chromium.script("localStorage.setItem('hotline.lang', 'en')");
    browser.navigate().refresh();
    chromium.waitUntilLoaded();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sub-centres");
    chromium.script("localStorage.setItem('hotline.lang', 'zh')");
  }

  @Test
  void aCrossSiteWriteIsRefusedAndChangesNothing() {
    as("admin")
        .header("Origin", "https://evil.example")
        .header("Sec-Fetch-Site", "cross-site")
        .body(Map.of("code", "SC-EVIL", "name", "跨站"))
        .post("/api/sub-centres")
        .then()
        .statusCode(403)
        .body("code", org.hamcrest.Matchers.equalTo("CSRF_REJECTED"));
    assertThat(subCentre("SC-EVIL")).isNull();
  }
}
