package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The rating codes page (评价码管理, ratingtargets.html, issue 15 review: before, targets and QR sheets
 * had an API only) in headless Chromium: the admin filters by unit and kind, is told next to the
 * field what is missing while nothing is created, creates a window, sees its QR code, revokes it
 * with a reason in a dialog (the old code's page then says it was withdrawn), re-issues it, and the
 * sheet link prints the unit; a chief is offered their own unit only, and the server refuses
 * another.
 */
class RatingTargetsPageE2EIT extends LaptopPageTest {

  private static WebDriver browser;

  /**
   * The shared laptop-sized browser ({@link LaptopPageTest}: 1366×768), not a larger one of its
   * own.
   */
  @BeforeAll
  static void useLaptopBrowser() {
    browser = chromium.browser;
  }

  private static void click(WebElement element) {
    chromium.script(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  private static Map<String, Object> target(String name) {
    List<Map<String, Object>> all =
        as("admin")
            .queryParam("unit", "PS-CHENGGUAN")
            .get("/api/rating-targets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return all.stream().filter(t -> name.equals(t.get("name"))).findFirst().orElse(null);
  }

  private static WebElement row(String name) {
    return chromium.wait.until(
        d -> {
          try {
            return d.findElement(By.xpath("//tr[td[normalize-space(.)='" + name + "']]"));
          } catch (org.openqa.selenium.NoSuchElementException e) {
            return null;
          }
        });
  }

  private static void loaded() {
    chromium.wait.until(
        d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
  }

  @Test
  void theAdminCreatesSeesTheCodeRevokesAndReissuesIt() {
    String name = "城关派出所 页面窗口 " + UUID.randomUUID().toString().substring(0, 8);
    chromium.login("admin");
    browser.get(ItServer.BASE_URL + "/ratingtargets.html");
    loaded();
    new Select(browser.findElement(By.cssSelector("#filters [name=unit]")))
        .selectByValue("PS-CHENGGUAN");
    loaded();
    new Select(browser.findElement(By.cssSelector("#filters [name=kindFilter]")))
        .selectByValue("WINDOW");
    assertThat(browser.findElement(By.cssSelector("#ratingTargets table")).getText())
        .contains("服务窗口")
        .doesNotContain("警车");
    assertThat(browser.findElement(By.id("sheet")).getAttribute("href"))
        .endsWith("/api/rating-targets/qr-sheet.pdf?unit=PS-CHENGGUAN");

    // review round 4: the create form opens in a dialog from a button at the top (it sat below
    // every row of the list), in sight at 1366×768 without scrolling
    WebElement open = browser.findElement(By.id("newTarget"));
    assertThat(
            (Boolean)
                chromium.script(
                    "const r = arguments[0].getBoundingClientRect(); return r.bottom <= innerHeight && r.top >= 0;",
                    open))
        .as("the create button is on the first screen")
        .isTrue();
    open.click();
    // a window without a unit: said next to the field, nothing created
    WebElement form = chromium.wait.until(d -> d.findElement(By.cssSelector("#createTarget form")));
    new Select(form.findElement(By.name("kind"))).selectByValue("WINDOW");
    form.findElement(By.name("name")).sendKeys(name);
    click(form.findElement(By.cssSelector("button[type=submit]")));
    String error = chromium.wait.until(d -> d.findElement(By.id("err-unitCode"))).getText();
    assertThat(error).contains("单位").doesNotContain("unitCode");
    assertThat(target(name)).isNull();

    new Select(browser.findElement(By.cssSelector("#createTarget [name=unitCode]")))
        .selectByValue("PS-CHENGGUAN");
    click(browser.findElement(By.cssSelector("#createTarget button[type=submit]")));
    chromium.wait.until(d -> target(name) != null);
    chromium.wait.until(d -> d.findElements(By.cssSelector(".dialog")).isEmpty());
    String oldUrl = (String) target(name).get("ratingUrl");

    // its QR code, loaded as an image
    click(row(name).findElement(By.cssSelector("button[data-act=qr]")));
    WebElement img = chromium.wait.until(d -> d.findElement(By.id("qrImage")));
    chromium.wait.until(
        d -> ((Number) chromium.script("return arguments[0].naturalWidth", img)).intValue() > 0);
    assertThat(browser.findElement(By.cssSelector(".dialog")).getText()).contains(oldUrl);
    click(browser.findElement(By.cssSelector(".dialog-head button")));

    // revoke: the reason is required (said next to it), then the old code's page says so
    click(row(name).findElement(By.cssSelector("button[data-act=revoke]")));
    click(chromium.wait.until(d -> d.findElement(By.cssSelector(".dialog button[type=submit]"))));
    assertThat(chromium.wait.until(d -> d.findElement(By.id("err-reason"))).getText())
        .doesNotContain("reason");
    assertThat(target(name).get("active")).isEqualTo(true);
    browser.findElement(By.cssSelector(".dialog [name=reason]")).sendKeys("牌子丢失");
    click(browser.findElement(By.cssSelector(".dialog button[type=submit]")));
    chromium.wait.until(d -> d.findElements(By.cssSelector(".dialog")).isEmpty());
    chromium.wait.until(d -> row(name).getText().contains("已作废"));
    assertThat(target(name).get("active")).isEqualTo(false);
    ItServer.anonymous().get(oldUrl).then().statusCode(404);
    assertThat(ItServer.anonymous().get(oldUrl).asString()).contains("此二维码已作废");

    // re-issue: a new code in force, different from the old one
    click(row(name).findElement(By.cssSelector("button[data-act=reissue]")));
    click(chromium.wait.until(d -> d.findElement(By.cssSelector(".dialog button[type=submit]"))));
    chromium.wait.until(d -> d.findElements(By.cssSelector(".dialog")).isEmpty());
    chromium.wait.until(d -> row(name).getText().contains("使用中"));
    assertThat(target(name).get("ratingUrl")).isNotNull().isNotEqualTo(oldUrl);
    // new-user review: issued at in Shanghai time whatever offset the API sends (it sent "…Z" and
    // the page cut the UTC wall time from the string, 8 hours off)
    String issuedAt = (String) target(name).get("codeIssuedAt");
    String shanghai = RatingAuthenticityE2EIT.shanghaiTime(issuedAt);
    browser.navigate().refresh();
    loaded();
    new Select(browser.findElement(By.cssSelector("#filters [name=unit]")))
        .selectByValue("PS-CHENGGUAN");
    loaded();
    chromium.wait.until(d -> row(name).getText().contains(shanghai));
    String utcCut = issuedAt.substring(0, 16).replace('T', ' ');
    if (!utcCut.equals(shanghai)) {
      assertThat(row(name).getText()).doesNotContain(utcCut);
    }
  }

  @Test
  void aChiefSeesTheirOwnUnitOnlyAndCannotAskForAnother() {
    chromium.login("chief");
    browser.get(ItServer.BASE_URL + "/ratingtargets.html");
    loaded();
    List<WebElement> units =
        new Select(browser.findElement(By.cssSelector("#filters [name=unit]"))).getOptions();
    assertThat(units).hasSize(1);
    assertThat(units.get(0).getAttribute("value")).isEqualTo("PS-CHENGGUAN");
    assertThat(browser.findElements(By.cssSelector("#createTarget"))).isEmpty();
    assertThat(browser.findElements(By.id("newTarget"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("button[data-act=revoke]"))).isEmpty();
    as("chief")
        .queryParam("unit", "PS-DONGGUAN")
        .get("/api/rating-targets")
        .then()
        .statusCode(400)
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("OTHER_UNIT"));
    as("chief")
        .queryParam("unit", "PS-DONGGUAN")
        .get("/api/rating-targets/qr-sheet.pdf")
        .then()
        .statusCode(400);
  }
}
