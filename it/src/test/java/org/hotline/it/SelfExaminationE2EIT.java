package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 自查报告 end to end (issue 13, seed 003): a station in the bottom of its class for the configured
 * number of published months must present a self-examination. With the rules set to one month and a
 * bottom of one, 城关派出所 never replies in March 2033 while 东关派出所 replies on time; the published March
 * flags 城关 SELF_EXAMINATION_REQUIRED; its chief submits the self-examination on the analysis page
 * (the form appears only then), another unit's chief is refused, and the leader reads it on the
 * dashboard.
 */
class SelfExaminationE2EIT {

  private static final String MONTH = "2033-03";
  private static JsonPath rulesBefore;
  private static Chromium chromium;

  @BeforeAll
  static void aPublishedMonthWithABottomStation() throws Exception {
    ItServer.ensureStarted();
    rulesBefore = as("admin").get("/api/rankings/rules").then().extract().jsonPath();
    rules(1, 1, 1, "自查测试：一个月、末位一名");
    RankingsIT.clock("2033-03-01T09:00:00");
    long late = Tickets.logged("自查测试 城关 楼道堆放杂物");
    Tickets.act("dispatcher", late, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    Tickets.act("officer", late, "sign", null);
    long onTime = Tickets.logged("自查测试 东关 路灯不亮");
    Tickets.act("dispatcher", onTime, "assign", Map.of("unitCode", "PS-DONGGUAN"));
    Tickets.act("officer2", onTime, "sign", null);
    Tickets.act("officer2", onTime, "reply", Map.of("text", "已联系供电所修复"));
    RankingsIT.clock("2033-04-02T09:00:00");
    as("leader")
        .body(Map.of("note", "自查测试发布"))
        .post("/api/rankings/" + MONTH + "/publications")
        .then()
        .statusCode(201);
    chromium = Chromium.open(Chromium.LAPTOP);
  }

  @AfterAll
  static void rulesAndTimeAsBefore() {
    rules(
        rulesBefore.getInt("minSample"),
        rulesBefore.getInt("bottomCount"),
        rulesBefore.getInt("bottomMonths"),
        "自查测试结束：恢复");
    TestClock.reset();
    if (chromium != null) {
      chromium.close();
    }
  }

  static void rules(int minSample, int bottomCount, int bottomMonths, String reason) {
    as("admin")
        .body(
            Map.of(
                "minSample",
                minSample,
                "bottomCount",
                bottomCount,
                "bottomMonths",
                bottomMonths,
                "reason",
                reason))
        .put("/api/rankings/rules")
        .then()
        .statusCode(200);
  }

  /** Sets a month input the way a person's pick does (value, then a change event). */
  private static void pickMonth(WebElement input, String month) {
    chromium.script(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        input,
        month);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theFlaggedChiefSubmitsOnThePageAndTheLeaderReadsIt() throws Exception {
    JsonPath published =
        as("leader")
            .get("/api/rankings/" + MONTH + "/publications/1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> rows = published.getList("ranking.rows");
    Map<String, Object> chengguan =
        rows.stream().filter(r -> "PS-CHENGGUAN".equals(r.get("unitCode"))).findFirst().get();
    assertThat((List<Object>) chengguan.get("flags"))
        .contains("BOTTOM", "SELF_EXAMINATION_REQUIRED");

    // another unit's chief cannot write 城关's self-examination
    as("chief")
        .body(Map.of("unitCode", "PS-DONGGUAN", "text", "代写"))
        .post("/api/rankings/" + MONTH + "/self-examinations")
        .then()
        .statusCode(403);

    chromium.login("chief");
    chromium.browser.get(ItServer.BASE_URL + "/analysis.html");
    chromium.waitUntilLoaded();
    WebElement month =
        chromium.wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#standing input[type=month]")));
    pickMonth(month, MONTH);
    WebElement text =
        chromium.wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#selfExamination textarea")));
    assertThat(chromium.browser.findElement(By.id("standing")).getText()).contains("须自查");
    text.sendKeys("三月未按时回复：已逐件复盘，明确专人跟踪期限。");
    chromium.browser.findElement(By.cssSelector("#selfExamination button[type=submit]")).click();
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#standing table"), "已逐件复盘"));
    assertThat(chromium.browser.findElement(By.id("msg")).getText()).isEmpty();

    List<Map<String, Object>> listed =
        as("leader")
            .get("/api/rankings/" + MONTH + "/self-examinations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    assertThat(listed)
        .anySatisfy(
            s -> {
              assertThat(s.get("unitCode")).isEqualTo("PS-CHENGGUAN");
              assertThat((String) s.get("text")).contains("已逐件复盘");
              assertThat(s.get("submittedBy")).isEqualTo("chief");
            });

    chromium.login("leader");
    chromium.waitUntilLoaded();
    pickMonth(chromium.browser.findElement(By.id("month")), MONTH);
    chromium.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#selfExaminations table"), "已逐件复盘"));
    chromium.screenshot("self-examination-leader");
  }
}
