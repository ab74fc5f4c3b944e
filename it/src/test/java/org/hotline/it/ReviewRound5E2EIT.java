package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Review round 5 of the new-user review (issue 12), in headless Chromium at 1366×768 against the
 * real server: an inline field error sits under its own control and never moves the labels of a
 * grid form (each error used to become a grid cell of its own); a success takes the form's old
 * inline errors away; text typed in a picker that names nothing is refused naming the entry (the
 * slip register listed everything, the catalogue said "编码不存在").
 */
class ReviewRound5E2EIT extends LaptopPageTest {

  /** The left edge and top of every label of a form, in page order. */
  @SuppressWarnings("unchecked")
  private static List<List<Number>> labelPlaces(String form) {
    return (List<List<Number>>)
        chromium.script(
            "return Array.from(document.querySelectorAll(arguments[0] + ' > label, ' + arguments[0]"
                + " + ' > .field-wrap, ' + arguments[0] + ' > input, ' + arguments[0] + ' > select'))"
                + ".filter(e => e.tagName === 'LABEL')"
                + ".map(l => { const r = l.getBoundingClientRect(); return [Math.round(r.left),"
                + " l.textContent.trim()]; });",
            form);
  }

  /** Every inline error of the form lies under its own control: same column, below it. */
  private static void errorsSitUnderTheirControls(String form) {
    @SuppressWarnings("unchecked")
    List<String> misplaced =
        (List<String>)
            chromium.script(
                "return Array.from(document.querySelectorAll(arguments[0] + ' .field-error'))"
                    + ".filter(err => { const c = document.querySelector('[aria-describedby=\"' + err.id"
                    + " + '\"]'); if (!c) return true; const a = c.getBoundingClientRect(),"
                    + " b = err.getBoundingClientRect(); return Math.abs(a.left - b.left) > 2"
                    + " || b.top < a.bottom - 1; }).map(e => e.textContent);",
                form);
    assertThat(misplaced).isEmpty();
  }

  private static WebElement waitForError(String css) {
    return chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Test
  void anEmptySlipFormShowsEachErrorUnderItsControlWithoutMovingALabel() {
    chromium.login("director");
    chromium.browser.get(ItServer.BASE_URL + "/slips.html");
    chromium.waitUntilLoaded();
    List<List<Number>> before = labelPlaces("#issueForm");
    chromium.browser.findElement(By.cssSelector("#issueForm button[type=submit]")).click();
    waitForError("#issueForm .field-error");
    assertThat(chromium.browser.findElements(By.cssSelector("#issueForm .field-error")).size())
        .isGreaterThan(1);
    assertThat(labelPlaces("#issueForm")).isEqualTo(before);
    errorsSitUnderTheirControls("#issueForm");
  }

  @Test
  void theCatalogueNamesAnUnknownCategoryAndASuccessTakesTheOldErrorAway() {
    List<Map<String, Object>> categories =
        as("admin").get("/api/categories").then().statusCode(200).extract().jsonPath().getList("$");
    Map<String, Object> leaf =
        categories.stream()
            .filter(c -> String.valueOf(c.get("path")).contains("›"))
            .reduce((a, b) -> b)
            .orElseThrow();
    List<Map<String, Object>> units =
        as("admin").get("/api/units").then().statusCode(200).extract().jsonPath().getList("$");
    String unitName =
        (String)
            units.stream()
                .filter(u -> "PS-CHENGGUAN".equals(u.get("code")))
                .findFirst()
                .orElseThrow()
                .get("name");
    chromium.login("admin");
    chromium.browser.get(ItServer.BASE_URL + "/catalogue.html");
    chromium.waitUntilLoaded();
    List<List<Number>> before = labelPlaces("#item");
    String code = "R5-" + ThreadLocalRandom.current().nextInt(1_000_000);
    type("code", code);
    type("unitCode", unitName);
    type("title", "第五轮评审职责");
    type("duties", "核查表单提示");
    type("categoryCodes", leaf.get("path") + "、不存在分类");
    // the categories are a multi-picker (chips, issue 12): Esc closes its list before moving on
    chromium
        .browser
        .findElement(By.name("categoryCodes"))
        .sendKeys(org.openqa.selenium.Keys.ESCAPE);
    type("keywords", "评审");
    type("reason", "新增");
    chromium.browser.findElement(By.cssSelector("#item button.primary")).click();
    WebElement error = waitForError("#item .field-error");
    assertThat(error.getText()).contains("不存在分类").doesNotContain("编码不存在");
    assertThat(labelPlaces("#item")).isEqualTo(before);
    errorsSitUnderTheirControls("#item");
    List<String> codes =
        as("admin").get("/api/catalogue").then().statusCode(200).extract().path("code");
    assertThat(codes).doesNotContain(code);
    // fixed and saved: the old error and its red border go
    WebElement categoriesField = chromium.browser.findElement(By.name("categoryCodes"));
    // select and delete as a person does (clear() fires no input event: the picker keeps its text)
    categoriesField.sendKeys(
        org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
        org.openqa.selenium.Keys.DELETE);
    categoriesField.sendKeys((String) leaf.get("path"), org.openqa.selenium.Keys.ENTER);
    chromium.wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#categoryPicker .chip[data-code='" + leaf.get("code") + "']")));
    chromium.browser.findElement(By.cssSelector("#item button.primary")).click();
    chromium.wait.until(ExpectedConditions.attributeContains(By.id("msg"), "class", "ok"));
    assertThat(chromium.browser.findElements(By.cssSelector(".field-error"))).isEmpty();
    assertThat(chromium.browser.findElements(By.cssSelector("#item .invalid"))).isEmpty();
  }

  private static void type(String name, String text) {
    WebElement field = chromium.browser.findElement(By.name(name));
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void theSlipRegisterNamesAUnitFilterThatNamesNoUnitInsteadOfListingEverything() {
    chromium.login("director");
    chromium.browser.get(ItServer.BASE_URL + "/slips.html");
    chromium.waitUntilLoaded();
    for (String typed : List.of("胡写单位", "派出所")) {
      WebElement filter = chromium.browser.findElement(By.id("unitFilter"));
      filter.clear();
      filter.sendKeys(typed);
      chromium.browser.findElement(By.id("filter")).click();
      WebElement error = waitForError("#unitFilter ~ .field-error, .field-wrap .field-error");
      assertThat(error.getText()).contains("“" + typed + "”").contains("列表");
      assertThat(filter.getAttribute("aria-invalid")).isEqualTo("true");
    }
  }

  @Test
  void theMonthInProgressCannotBePublishedAndSaysFromWhen() {
    chromium.login("leader");
    chromium.browser.get(ItServer.BASE_URL + "/leader.html");
    chromium.waitUntilLoaded();
    WebElement publish = chromium.browser.findElement(By.id("publish"));
    assertThat(publish.isEnabled()).isFalse();
    WebElement when = chromium.browser.findElement(By.id("publishWhen"));
    assertThat(when.isDisplayed()).isTrue();
    assertThat(when.getText()).matches("可在 \\d{1,2} 月 1 日后发布");
    assertThat(publish.getAttribute("aria-describedby")).isEqualTo("publishWhen");
  }

  @Test
  void assistingUnitsThatNameNoUnitAreRefusedNamingTheEntryAndNothingIsAssigned() {
    long id = Tickets.logged("第五轮评审协办单位 " + ThreadLocalRandom.current().nextInt(1_000_000));
    chromium.login("dispatcher");
    chromium.browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    WebElement assisting =
        chromium.wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.name("assistingUnits")));
    assertThat(assisting.getAttribute("placeholder")).doesNotContain("编码");
    chromium.browser.findElement(By.name("unitCode")).sendKeys("城关派出所");
    // one unit taken from the list (a chip), then text that names none left in the picker
    assisting.sendKeys("东关派出所", org.openqa.selenium.Keys.ENTER);
    chromium.wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#assistingPicker .chip[data-code=PS-DONGGUAN]")));
    assisting.sendKeys("不存在单位");
    chromium.browser.findElement(By.cssSelector("[data-act=assign]")).click();
    WebElement error = waitForError("#actionForms .field-error");
    assertThat(error.getText()).contains("“不存在单位”").doesNotContain("编码不存在");
    assertThat(error.getText()).doesNotContain("“东关派出所”");
    assertThat(
            as("dispatcher")
                .get("/api/tickets/" + id)
                .then()
                .statusCode(200)
                .extract()
                .<String>path("status"))
        .isEqualTo("PENDING_TRIAGE");
  }

  @Test
  void theTicketListNamesItsSelectsVisiblyAndTheTimeLimitsSayAnErrorOnce() {
    chromium.login("admin");
    chromium.browser.get(ItServer.BASE_URL + "/tickets.html");
    for (String name : List.of("status", "order")) {
      WebElement select =
          chromium.wait.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("#search [name=" + name + "]")));
      String label =
          (String)
              chromium.script(
                  "const l = arguments[0].labels[0]; return l && l.offsetWidth > 0 ?"
                      + " l.textContent.trim() : '';",
                  select);
      assertThat(label).isNotBlank();
    }
    chromium.browser.get(ItServer.BASE_URL + "/timelimits.html");
    chromium.waitUntilLoaded();
    chromium.browser.findElement(By.id("newCategory")).sendKeys("胡写分类");
    chromium.browser.findElement(By.id("addRule")).click();
    WebElement error = waitForError(".field-error");
    assertThat(error.getText()).contains("“胡写分类”");
    @SuppressWarnings("unchecked")
    List<String> lines =
        (List<String>)
            chromium.script(
                "return Array.from(document.querySelectorAll('#msg > div')).map(d => d.textContent);");
    assertThat(lines).isNotEmpty().doesNotHaveDuplicates();
  }
}
