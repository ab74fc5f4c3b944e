package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Review round 6 (issue 12), in headless Chromium at 1366×768 against the real server: a refused
 * invisible character is shown with its position and code point (the upload's row reasons, a form's
 * inline error); success texts say what was done (已派单给城关派出所：…, 已新增职责清单项：…, never 已完成“…” or a bare
 * 已保存); and the fixes of round 5 that had no browser test: the drill-down's 计入/不计入 column, people
 * by display name on the time-limit and sub-centre pages, the upload's format hint left free by the
 * summary toast, the re-visit form's inline error at its result group.
 */
class ReviewRound6E2EIT extends LaptopPageTest {

  private static boolean overlap(Rectangle a, Rectangle b) {
    return a.x < b.x + b.width
        && b.x < a.x + a.width
        && a.y < b.y + b.height
        && b.y < a.y + a.height;
  }

  /** The inline error of the control found by {@code css} (its aria-describedby). */
  private static String inlineErrorOf(String css) {
    return (String)
        chromium.script(
            "const c = document.querySelector(arguments[0]);"
                + " const id = c && c.getAttribute('aria-describedby');"
                + " const e = id && document.getElementById(id); return e ? e.textContent : null;",
            css);
  }

  @Test
  void anUploadedRowSaysWhereItsInvisibleCharacterIsAndTheSummaryLeavesTheFormatHintFree()
      throws Exception {
    String source = "E2E6-" + UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.createTempFile("service-records", ".csv");
    Files.writeString(
        file,
        "sourceSystem,externalId,kind,occurredAt,citizenPhone,officerBadge,unitCode,summary\n"
            + source
            + ",ABC\u200B123,INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,003001,PS-CHENGGUAN,盗窃报警已立案\n",
        StandardCharsets.UTF_8);
    chromium.login("callback");
    chromium.browser.get(ItServer.BASE_URL + "/servicerecords.html");
    chromium.waitUntilLoaded();
    chromium.browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    chromium.browser.findElement(By.cssSelector("#uploadForm button[type=submit]")).click();
    chromium.wait.until(
        d -> !d.findElements(By.cssSelector("body[data-uploaded=true] #uploadResult")).isEmpty());
    String reason =
        chromium
            .browser
            .findElement(By.cssSelector("#uploadResult tr.sr-row .sr-reason"))
            .getText();
    assertThat(reason).contains("第 4 个字符").contains("U+200B").contains("零宽空格");
    WebElement toast = chromium.browser.findElement(By.cssSelector("#toasts .toast"));
    WebElement hint = chromium.browser.findElement(By.id("uploadFormat"));
    assertThat(hint.isDisplayed()).isTrue();
    assertThat(overlap(toast.getRect(), hint.getRect()))
        .as("toast " + toast.getRect() + " over the format hint " + hint.getRect())
        .isFalse();
  }

  @Test
  void anInlineErrorSaysWhichInvisibleCharacterAndWhere() {
    chromium.login("admin");
    chromium.browser.get(ItServer.BASE_URL + "/catalogue.html");
    chromium.waitUntilLoaded();
    // typed with a zero-width space after "R6-" (people cannot see it)
    chromium.script(
        "const f = document.querySelector('#item [name=code]'); f.value = arguments[0];"
            + " f.dispatchEvent(new Event('input', {bubbles: true}));",
        "R6-\u200BX" + ThreadLocalRandom.current().nextInt(1_000_000));
    chromium.browser.findElement(By.cssSelector("#item button.primary")).click();
    chromium.wait.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector("#item [name=code]"), "aria-invalid", "true"));
    assertThat(inlineErrorOf("#item [name=code]"))
        .contains("第 4 个字符")
        .contains("U+200B")
        .contains("零宽空格")
        .doesNotContain("“code”");
  }

  @Test
  void successTextsSayWhatWasDone() {
    // the ticket page's assignment names the unit it went to
    long id = Tickets.logged("第六轮评审：楼下商铺夜间噪声扰民" + System.nanoTime());
    String number = as("dispatcher").get("/api/tickets/" + id).then().extract().path("number");
    String unit =
        as("admin").get("/api/units").then().extract().jsonPath().getList("$", Map.class).stream()
            .filter(u -> "PS-CHENGGUAN".equals(u.get("code")))
            .map(u -> (String) u.get("name"))
            .findFirst()
            .orElseThrow();
    chromium.login("dispatcher");
    chromium.browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    chromium.wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#actionForms [data-act=assign]")));
    WebElement unitField =
        chromium.browser.findElement(By.cssSelector("#actionForms [name=unitCode]"));
    unitField.sendKeys(unit);
    chromium.browser.findElement(By.cssSelector("#actionForms [data-act=assign]")).click();
    chromium.wait.until(ExpectedConditions.attributeContains(By.id("msg"), "class", "ok"));
    String text = chromium.browser.findElement(By.id("msg")).getText();
    assertThat(text).isEqualTo("已派单给" + unit + "：" + number);
    // a catalogue item added: what and which, not 已完成“保存” nor 已保存
    chromium.login("admin");
    chromium.browser.get(ItServer.BASE_URL + "/catalogue.html");
    chromium.waitUntilLoaded();
    String code = "R6-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<Map<String, Object>> categories =
        as("admin").get("/api/categories").then().statusCode(200).extract().jsonPath().getList("$");
    String leaf =
        categories.stream()
            .map(c -> String.valueOf(c.get("path")))
            .filter(path -> path.contains("›"))
            .reduce((a, b) -> b)
            .orElseThrow();
    for (Map.Entry<String, String> f :
        Map.of(
                "code", code,
                "unitCode", unit,
                "title", "第六轮评审职责",
                "duties", "核查成功提示",
                "keywords", "评审",
                "reason", "新增")
            .entrySet()) {
      WebElement field = chromium.browser.findElement(By.name(f.getKey()));
      field.clear();
      field.sendKeys(f.getValue());
    }
    // categories are chosen as chips by name (the multi-picker): the leaf's own name, then Enter
    WebElement categoryInput = chromium.browser.findElement(By.name("categoryCodes"));
    categoryInput.sendKeys(leaf.substring(leaf.lastIndexOf('›') + 1).strip());
    categoryInput.sendKeys(org.openqa.selenium.Keys.ENTER);
    chromium.wait.until(d -> !d.findElements(By.cssSelector("#categoryPicker .chip")).isEmpty());
    chromium.browser.findElement(By.cssSelector("#item button.primary")).click();
    chromium.wait.until(ExpectedConditions.attributeContains(By.id("msg"), "class", "ok"));
    assertThat(chromium.browser.findElement(By.id("msg")).getText())
        .isEqualTo("已新增职责清单项：" + code + " 第六轮评审职责");
    assertThat(chromium.browser.findElement(By.cssSelector("#toasts .toast")).getText())
        .doesNotContain("已完成")
        .isNotEqualTo("已保存");
  }

  @Test
  void theDrillDownSaysCountedOrNot() {
    Map<String, Object> call = Tickets.call("第六轮评审：咨询居住证办理" + System.nanoTime());
    call.put("directAnswer", "工作日到派出所户籍窗口办理");
    long id = Tickets.log(call).getLong("id");
    assertThat(id).isPositive();
    chromium.login("leader");
    chromium.browser.get(ItServer.BASE_URL + "/leader.html");
    chromium.waitUntilLoaded();
    chromium.browser.findElements(By.cssSelector("#classTabs button")).get(3).click();
    chromium.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rankingTable td.num a")));
    chromium.browser.findElements(By.cssSelector("#rankingTable td.num a")).get(0).click();
    chromium.wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#drillTable table")));
    String table = chromium.browser.findElement(By.id("drillTable")).getText();
    // hf-17: the column says what each ticket counts as for the rate (计入分母·按时回复 …)
    assertThat(table).contains("计入情况").doesNotContain("分子").doesNotContain("✗").doesNotContain("✓");
    List<String> last =
        chromium.browser.findElements(By.cssSelector("#drillTable tbody tr td:last-child")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(last).isNotEmpty().allMatch(t -> t.startsWith("计入分母") || t.startsWith("不计入"));
  }

  @Test
  void timeLimitsAndSubCentresNamePeopleByName() {
    // a rule saved by admin: its 修改人 is admin's name; the seeded ones say 系统
    Map<String, Object> rule =
        as("admin").get("/api/time-limit-rules").then().extract().jsonPath().getMap("[0]");
    Map<String, Object> limits = new java.util.HashMap<>();
    for (String f :
        List.of(
            "signHours",
            "replyDays",
            "remindBeforeDays",
            "escalateAfterDays",
            "maxExtensions",
            "maxExtensionDays",
            "centreApproval",
            "note")) {
      limits.put(f, rule.get(f));
    }
    as("admin").body(limits).put("/api/time-limit-rules/" + rule.get("id")).then().statusCode(200);
    String admin = ItServer.displayName("admin");
    chromium.login("admin");
    chromium.browser.get(ItServer.BASE_URL + "/timelimits.html");
    chromium.waitUntilLoaded();
    List<WebElement> heads = chromium.browser.findElements(By.cssSelector("#rules thead th"));
    int column = heads.stream().map(WebElement::getText).toList().indexOf("修改人");
    assertThat(column).as("修改人 column").isNotNegative();
    List<String> by =
        chromium.browser.findElements(By.cssSelector("#rules tbody tr")).stream()
            .map(tr -> tr.findElements(By.tagName("td")).get(column).getText())
            .toList();
    assertThat(by).anyMatch(t -> t.startsWith(admin));
    assertThat(by).noneMatch(t -> t.startsWith("system") || t.startsWith("admin "));
    // sub-centre agents by name
    List<Map<String, Object>> centres =
        as("admin").get("/api/sub-centres").then().extract().jsonPath().getList("$");
    chromium.browser.get(ItServer.BASE_URL + "/subcentres.html");
    chromium.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#subCentres table")));
    // the table's agents column (the new sub-centre form's choices name the account too, by design)
    String page = chromium.browser.findElement(By.cssSelector("#subCentres table")).getText();
    for (Map<String, Object> c : centres) {
      @SuppressWarnings("unchecked")
      List<String> agents = (List<String>) c.get("agents");
      for (String username : agents) {
        String name = ItServer.displayName(username);
        assertThat(page).contains(name);
        if (!name.equals(username)) {
          assertThat(page).as("username " + username).doesNotContain(username);
        }
      }
    }
  }

  @Test
  void theRevisitFormShowsItsErrorAtTheResultGroup() {
    long id = RectificationAndSlipsIT.calledBack("第六轮评审：复访表单", "DISSATISFIED");
    RectificationAndSlipsIT.reported("chief", id, Map.of("report", "所长核实并整改")).statusCode(200);
    chromium.login("callback");
    chromium.browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    chromium.wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#actionForms [data-act=revisit]")));
    chromium.browser.findElement(By.cssSelector("#actionForms [data-act=revisit]")).click();
    String group = "#actionForms fieldset[data-field~=result]";
    chromium.wait.until(
        ExpectedConditions.attributeToBe(By.cssSelector(group), "aria-invalid", "true"));
    assertThat(inlineErrorOf(group))
        .contains("复访结果")
        .doesNotContain("回访结果")
        .doesNotContain("result");
    WebElement fieldset = chromium.browser.findElement(By.cssSelector(group));
    WebElement error =
        chromium.browser.findElement(By.id(fieldset.getAttribute("aria-describedby")));
    assertThat(error.getRect().y).isGreaterThanOrEqualTo(fieldset.getRect().y);
  }
}
