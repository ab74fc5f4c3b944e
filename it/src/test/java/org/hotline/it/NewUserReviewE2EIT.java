package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a new user met in Chromium (issue 12, new-user review), each fixed and checked in headless
 * Chromium at 1366×768 against the real server: two toasts of one button never overlap (the later
 * replaces the earlier); the ticket history, its PDF and the slip page name the catalogue item,
 * units and people instead of codes and usernames; the time-limit page names a rule's category; the
 * chief desk's 回复时间 is filled; the feedback says what was done; the administrator unlocks a locked
 * account on a page and the unlock is recorded; a GET of {@code /j_security_check} (Back after
 * logging in) leads to the start page instead of a 404; the problem tags are found by pinyin. (The
 * dispatcher's confirmation of a proposal is in {@link DispatchQueueE2EIT}, the problem-tag picker
 * of the callback workspace in {@link CallbackWorkspaceE2EIT}.)
 */
class NewUserReviewE2EIT extends LaptopPageTest {

  @Test
  void theHistoryNamesTheCatalogueItemUnitsAndPeopleNotTheirCodes() throws Exception {
    long id = Tickets.logged("新用户复查：流转记录应显示名称 " + System.nanoTime());
    Tickets.act(
        "dispatcher",
        id,
        "assign",
        Map.of("unitCode", "PS-CHENGGUAN", "catalogueItemCode", "CAT-PS-01"));

    // the API: the detail sentence and the actor in names
    JsonPath history = as("dispatcher").get("/api/tickets/" + id + "/history").jsonPath();
    Map<String, Object> assigned =
        history.<Map<String, Object>>getList("").stream()
            .filter(e -> "ASSIGNED".equals(e.get("action")))
            .findFirst()
            .orElseThrow();
    assertThat((String) assigned.get("detailText"))
        .contains("依据职责：城关派出所：城关辖区治安")
        .doesNotContain("CAT-PS-01");
    assertThat(assigned.get("actorName")).isEqualTo("派单员 李强");
    assertThat(assigned.get("actorUnitName")).isNotEqualTo("RXZX");

    // the page
    chromium.login("dispatcher");
    var browser = chromium.browser;
    browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "城关辖区治安"));
    String shown = browser.findElement(By.id("history")).getText();
    assertThat(shown)
        .contains("话务员 王芳", "派单员 李强", "城关派出所：城关辖区治安")
        .doesNotContain("CAT-PS-01", "operator", "dispatcher", "RXZX", "PS-CHENGGUAN");
    chromium.script("document.getElementById('history').scrollIntoView()");
    chromium.screenshot("history-names");

    // the printed sheet
    byte[] pdf =
        as("dispatcher")
            .get("/api/tickets/" + id + "/sheet.pdf")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    String printed;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      printed = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
    assertThat(printed).contains("派单员李强", "城关辖区治安").doesNotContain("dispatcher/", "CAT-PS-01");
  }

  @Test
  void theChiefDeskShowsWhenTheOfficerReplied() {
    long id = Tickets.assignedToChengguan("新用户复查：所长工作台回复时间 " + System.nanoTime());
    Tickets.act("officer", id, "sign", null);
    Tickets.act("officer", id, "reply", Map.of("text", "已到现场处理，噪音已停止。"));
    assertThat(as("chief").get("/api/tickets/" + id).jsonPath().getString("status"))
        .isEqualTo("CHIEF_REVIEW");
    // the API
    List<Map<String, Object>> toApprove =
        as("chief").get("/api/desk/chief").jsonPath().getList("repliesToApprove");
    Map<String, Object> mine =
        toApprove.stream()
            .filter(t -> ((Number) t.get("id")).longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat((String) mine.get("repliedAt")).as("回复时间 of a reply waiting").isNotBlank();

    // the page: the column under 回复时间 holds the time
    chromium.login("chief");
    chromium.waitUntilLoaded();
    WebElement row =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#repliesToApprove tr[data-id='" + id + "']")));
    List<WebElement> headings =
        chromium.browser.findElements(By.cssSelector("#repliesToApprove thead th"));
    int column = -1;
    for (int i = 0; i < headings.size(); i++) {
      if (headings.get(i).getText().contains("回复时间")) {
        column = i;
      }
    }
    assertThat(column).as("a 回复时间 column").isNotNegative();
    assertThat(row.findElements(By.cssSelector("td")).get(column).getText())
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
  }

  @Test
  void timeLimitRulesShowTheirCategoryByNameAndOneToastPerButton() throws Exception {
    // a rule for 养犬管理 with the default limits (so no other test's deadline changes)
    Map<String, Object> defaults =
        as("admin")
            .get("/api/time-limit-rules")
            .jsonPath()
            .<Map<String, Object>>getList("")
            .stream()
            .filter(r -> r.get("categoryCode") == null && r.get("urgency") == null)
            .filter(r -> r.get("channel") == null)
            .findFirst()
            .orElseThrow();
    Map<String, Object> rule = new HashMap<>(defaults);
    rule.put("id", null);
    rule.put("categoryCode", "ZA-DOG");
    rule.put("updatedAt", null);
    rule.put("updatedBy", null);
    rule.put("note", null);
    long ruleId = DeadlinesIT.createdRule(rule);
    String dog =
        as("admin").get("/api/categories?q=ZA-DOG&limit=1").jsonPath().getString("[0].name");
    try {
      chromium.login("admin");
      var browser = chromium.browser;
      browser.get(ItServer.BASE_URL + "/timelimits.html");
      chromium.waitUntilLoaded();
      WebElement row = browser.findElement(By.cssSelector("#rules tr[data-id='" + ruleId + "']"));
      String scope = row.findElement(By.cssSelector("td")).getText();
      assertThat(scope).contains(dog).doesNotContain("ZA-DOG");

      // refused, then accepted: one toast at that button, saying what was saved
      WebElement days = row.findElement(By.cssSelector("input[name=replyDays]"));
      days.clear();
      days.sendKeys("999");
      row.findElement(By.cssSelector("button[data-act=save]")).click();
      // refused: under the field when the error is the field's (review round 6), else a toast
      chromium.wait.until(
          d ->
              !d.findElements(
                      By.cssSelector(
                          "#rules tr[data-id='"
                              + ruleId
                              + "'] [aria-invalid=true], #toasts .toast.error"))
                  .isEmpty());
      row = browser.findElement(By.cssSelector("#rules tr[data-id='" + ruleId + "']"));
      days = row.findElement(By.cssSelector("input[name=replyDays]"));
      days.clear();
      days.sendKeys(String.valueOf(defaults.get("replyDays")));
      row.findElement(By.cssSelector("button[data-act=save]")).click();
      WebElement ok =
          chromium.wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast.ok")));
      List<WebElement> toasts = browser.findElements(By.cssSelector("#toasts .toast"));
      assertThat(toasts)
          .as("the refusal's toast was replaced, not left under the new one")
          .hasSize(1);
      assertThat(ok.getText()).contains("时限规则", dog).isNotEqualTo("已保存");
      assertThat(browser.findElement(By.id("msg")).getText()).contains(dog);
      // who changed the rule: by name, not username
      chromium.waitUntilLoaded();
      assertThat(
              browser.findElement(By.cssSelector("#rules tr[data-id='" + ruleId + "']")).getText())
          .contains("系统管理员");
      chromium.screenshot("timelimits-names-toast");
    } finally {
      as("admin").delete("/api/time-limit-rules/" + ruleId);
    }
  }

  @Test
  void toastsOfDifferentButtonsDoNotOverlap() {
    chromium.login("admin");
    var browser = chromium.browser;
    browser.get(ItServer.BASE_URL + "/timelimits.html");
    chromium.waitUntilLoaded();
    // two toasts anchored at nearly the same place: the second moves below the first
    chromium.script(
        """
        const b = document.querySelector('#rules button[data-act=save]');
        App.toast('第一条提示：一段较长的说明文字', {near: b});
        App.toast('第二条提示', {near: b.closest('td'), kind: 'error'});""");
    List<WebElement> toasts = browser.findElements(By.cssSelector("#toasts .toast"));
    assertThat(toasts).hasSize(2);
    var a = toasts.get(0).getRect();
    var b = toasts.get(1).getRect();
    boolean overlap =
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    assertThat(overlap).as("toasts " + a + " and " + b + " overlap").isFalse();
  }

  @Test
  void theAdministratorUnlocksALockedAccountOnAPageAndTheUnlockIsRecorded() throws Exception {
    // a wrong password for director: its failures are counted
    RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .auth()
        .preemptive()
        .basic("director", "wrong-" + System.nanoTime())
        .get("/api/me")
        .then()
        .statusCode(401);
    JsonPath standing = as("admin").get("/api/login-throttles").jsonPath();
    assertThat(standing.getList("accounts.username")).contains("director");
    // other roles may not see it (not director: a login of its own would clear its failures)
    as("operator").get("/api/login-throttles").then().statusCode(403);

    chromium.login("admin");
    var browser = chromium.browser;
    // in the bar or under 更多 (the bar folds links until it fits)
    assertThat(browser.findElements(By.cssSelector("header nav a[href='users.html']"))).hasSize(1);
    // issue 12 review: the admin's menu wrapped to two lines at 1366×768; now one line, the
    // reference pages one click away under 更多, Esc closes it
    Number lines =
        (Number)
            chromium.script(
                "return new Set(Array.from(document.querySelectorAll('header nav > a, header nav >"
                    + " details, header > *')).filter(e => e.getClientRects().length)"
                    + ".map(e => Math.round(e.getBoundingClientRect().top + e.offsetHeight / 2)"
                    + " / 10 | 0)).size");
    assertThat(lines.intValue()).as("header items on one line").isEqualTo(1);
    assertThat(((Number) chromium.script("return document.querySelector('header').offsetHeight")))
        .satisfies(h -> assertThat(h.intValue()).isLessThan(60));
    assertThat(
            ((Number)
                    chromium.script(
                        "const h = document.querySelector('header'); return h.scrollWidth -"
                            + " h.clientWidth"))
                .intValue())
        .as("nothing cut off at the right")
        .isLessThanOrEqualTo(0);
    // (the page shown, here the calendar, stays in the bar; the other reference pages are folded)
    By folded = By.cssSelector("header details.nav-more a[href='timelimits.html']");
    assertThat(browser.findElement(folded).isDisplayed()).isFalse();
    browser.findElement(By.cssSelector("header details.nav-more summary")).click();
    assertThat(browser.findElement(folded).isDisplayed()).isTrue();
    chromium.screenshot("admin-menu-1366");
    new org.openqa.selenium.interactions.Actions(browser)
        .sendKeys(org.openqa.selenium.Keys.ESCAPE)
        .perform();
    chromium.wait.until(d -> !d.findElement(folded).isDisplayed());
    browser.get(ItServer.BASE_URL + "/users.html");
    chromium.waitUntilLoaded();
    WebElement row = browser.findElement(By.cssSelector("#locked tr[data-username='director']"));
    assertThat(row.getText()).contains("办公室主任 周涛");
    chromium.screenshot("account-unlock");
    row.findElement(By.cssSelector("button[data-unlock]")).click();
    WebElement toast =
        chromium.wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#toasts .toast.ok")));
    assertThat(toast.getText()).contains("已解锁账号：director");
    chromium.wait.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector("#locked tr[data-username='director']")));
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("unlocks"), "办公室主任 周涛"));
    assertThat(browser.findElement(By.id("unlocks")).getText()).contains("系统管理员");

    JsonPath after = as("admin").get("/api/login-throttles").jsonPath();
    assertThat(after.getList("accounts.username")).doesNotContain("director");
    assertThat(after.getString("unlocks[0].username")).isEqualTo("director");
    assertThat(after.getString("unlocks[0].unlockedBy")).isEqualTo("admin");
    assertThat(after.getInt("unlocks[0].failuresCleared")).isPositive();
  }

  /** The header's items on one line, none cut off at the right (the check of the admin's menu). */
  private static void headerOnOneLine(String who) {
    Number lines =
        (Number)
            chromium.script(
                "return new Set(Array.from(document.querySelectorAll('header nav > a, header nav >"
                    + " details, header > *')).filter(e => e.getClientRects().length)"
                    + ".map(e => Math.round(e.getBoundingClientRect().top + e.offsetHeight / 2)"
                    + " / 10 | 0)).size");
    assertThat(lines.intValue()).as(who + ": header items on one line").isEqualTo(1);
    assertThat(
            ((Number)
                    chromium.script(
                        "const h = document.querySelector('header'), n = h.querySelector('nav');"
                            + " return Math.max(h.scrollWidth - h.clientWidth, n.scrollWidth -"
                            + " n.clientWidth)"))
                .intValue())
        .as(who + ": nothing cut off at the right")
        .isLessThanOrEqualTo(0);
    assertThat(((Number) chromium.script("return document.documentElement.scrollWidth")).intValue())
        .as(who + ": no horizontal scrollbar")
        .isLessThanOrEqualTo(
            ((Number) chromium.script("return document.documentElement.clientWidth")).intValue());
  }

  @Test
  void theHeaderFitsOneLineInEnglishForEveryRole() throws Exception {
    // new-user review: in English the longer labels ran over 通知 / 中文 / 退出 (the admin worst, with
    // a horizontal scrollbar); more links now go under "More" until the bar fits
    try {
      for (String who :
          List.of(
              "admin",
              "director",
              "leader",
              "chief",
              "callback",
              "dispatcher",
              "officer",
              "agency")) {
        chromium.login(who);
        chromium.script("localStorage.setItem('hotline.lang', 'en')");
        chromium.browser.get(ItServer.BASE_URL + "/tickets.html");
        chromium.wait.until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("lang"), "中文"));
        headerOnOneLine(who);
        if ("admin".equals(who)) {
          chromium.screenshot("admin-menu-1366-en");
          // every page still reachable: in the bar or under More
          assertThat(
                  chromium.browser.findElements(By.cssSelector("header nav a[href='users.html']")))
              .hasSize(1);
          assertThat(chromium.browser.findElements(By.cssSelector("header details.nav-more")))
              .hasSize(1);
        }
      }
    } finally {
      chromium.script("localStorage.setItem('hotline.lang', 'zh')");
    }
  }

  @Test
  void theTicketPageGivesTheContentItsOwnRowAndSaysAMaskedCallerIsHidden() throws Exception {
    long id = Tickets.assignedToChengguan("新用户复查：诉求内容应独占一行，来电人已隐藏 " + System.nanoTime());
    // a callback agent who does not work the ticket's task: no name, the number masked, flagged
    JsonPath seen =
        as("callback").get("/api/tickets/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(seen.getString("callerName")).isNull();
    assertThat(seen.getString("callerPhone")).contains("****");
    assertThat(seen.getBoolean("callerMasked")).isTrue();
    assertThat(seen.getBoolean("callerHidden")).isFalse();
    assertThat(as("operator").get("/api/tickets/" + id).jsonPath().getBoolean("callerMasked"))
        .isFalse();

    chromium.login("callback");
    chromium.browser.get(ItServer.BASE_URL + "/ticket.html?id=" + id);
    chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facts"), "独占一行"));
    String facts = chromium.browser.findElement(By.id("facts")).getText();
    assertThat(facts).contains("已隐藏").doesNotContain("匿名");
    // 诉求内容: its label in the first column and its text on the same row (it sat in the right
    // column with the text falling to the next row on the left)
    @SuppressWarnings("unchecked")
    Map<String, Object> box =
        (Map<String, Object>)
            chromium.script(
                "const dts = Array.from(document.querySelectorAll('#facts dt'));"
                    + " const dt = dts.find(d => d.textContent.trim() === '诉求内容');"
                    + " const dd = dt.nextElementSibling;"
                    + " return {dtTop: dt.getBoundingClientRect().top, ddTop:"
                    + " dd.getBoundingClientRect().top, dtLeft: dt.getBoundingClientRect().left,"
                    + " firstLeft: dts[0].getBoundingClientRect().left, ddText: dd.textContent};");
    assertThat(((Number) box.get("ddTop")).doubleValue())
        .isCloseTo(
            ((Number) box.get("dtTop")).doubleValue(), org.assertj.core.data.Offset.offset(4.0));
    assertThat(((Number) box.get("dtLeft")).doubleValue())
        .isCloseTo(
            ((Number) box.get("firstLeft")).doubleValue(),
            org.assertj.core.data.Offset.offset(2.0));
    assertThat((String) box.get("ddText")).contains("独占一行");
    chromium.screenshot("ticket-masked-caller");

    // in English: "hidden", not "anonymous"
    try {
      chromium.script("localStorage.setItem('hotline.lang', 'en')");
      chromium.browser.navigate().refresh();
      chromium.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("facts"), "独占一行"));
      assertThat(chromium.browser.findElement(By.id("facts")).getText())
          .contains("hidden")
          .doesNotContain("anonymous");
    } finally {
      chromium.script("localStorage.setItem('hotline.lang', 'zh')");
    }
  }

  @Test
  void backAfterLoginLeadsToTheStartPageNotA404() {
    RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .redirects()
        .follow(false)
        .get("/j_security_check")
        .then()
        .statusCode(303)
        .header("Location", "/");
    chromium.login("operator");
    var browser = chromium.browser;
    browser.get(ItServer.BASE_URL + "/j_security_check");
    chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header nav")));
    assertThat(browser.getCurrentUrl()).doesNotContain("j_security_check");
    assertThat(browser.getPageSource()).doesNotContain("404", "Not Found");
  }

  @Test
  void problemTagsAreFoundByPinyinInitialsAndTheQueryIsChecked() {
    assertThat(
            as("callback")
                .get("/api/problem-tags?q=wlxqz&limit=5")
                .jsonPath()
                .getString("[0].code"))
        .isEqualTo("CONTACT_NONE");
    assertThat(as("callback").get("/api/problem-tags?q=未联系").jsonPath().getString("[0].code"))
        .isEqualTo("CONTACT_NONE");
    assertThat(as("callback").get("/api/problem-tags?q=not contacted").jsonPath().getList("code"))
        .contains("CONTACT_NONE");
    as("callback")
        .get("/api/problem-tags?q=" + "x".repeat(41))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("q"));
    as("callback")
        .get("/api/problem-tags?limit=0")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("limit"));
    // without a query: every tag and group as before
    assertThat(as("callback").get("/api/problem-tags").jsonPath().getList("code").size())
        .isGreaterThan(100);
  }
}
