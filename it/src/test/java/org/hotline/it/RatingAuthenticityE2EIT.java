package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The supervisors' page of rating authenticity (评价真实性, ratings.html) in headless Chromium: a
 * planted burst shows with its evidence in words, the answers per channel above; the director
 * excludes the rating there and the row says so.
 */
class RatingAuthenticityE2EIT {

  private static Chromium chromium;

  @BeforeAll
  static void open() throws Exception {
    chromium = Chromium.open(Chromium.LAPTOP);
    RatingLimits.generous();
  }

  @AfterAll
  static void close() {
    if (chromium != null) {
      chromium.close();
    }
    RatingLimits.configured();
  }

  @Test
  void theDirectorSeesABurstWithItsEvidenceAndExcludesIt() throws Exception {
    String name = "城关派出所 窗口 页面刷分 " + UUID.randomUUID().toString().substring(0, 8);
    String token = RatingRequests.newCode(name);
    String device = "burst-" + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      RatingRequests.rate(token, device, RatingRequests.satisfied()).then().statusCode(201);
    }
    chromium.login("director");
    chromium.browser.get(ItServer.BASE_URL + "/ratings.html");
    chromium.waitUntilLoaded();
    assertThat(chromium.browser.findElement(By.id("channels")).getText()).contains("扫码评价");
    String flags = chromium.browser.findElement(By.id("flags")).getText();
    assertThat(flags).contains(name).contains("同一设备在 60 分钟内对该对象评价 3 次");
    // new-user review: the API sends instants in UTC ("…T09:20:05Z"); the page shows Shanghai time
    // (17:20), never the UTC wall time cut from the string; the unit by its name, not its code
    String ratedAt =
        (String)
            RatingAuthenticityIT.flagsOf("director", "zh", RatingAuthenticityIT.month(), name)
                .get(0)
                .get("ratedAt");
    String shanghai = shanghaiTime(ratedAt);
    String utcCut = ratedAt.substring(0, 16).replace('T', ' ');
    var flagRow = chromium.browser.findElement(By.xpath("//tr[td[contains(., '" + name + "')]]"));
    assertThat(flagRow.getText())
        .contains(shanghai)
        .contains("城关派出所")
        .doesNotContain("PS-CHENGGUAN");
    if (!shanghai.equals(utcCut)) {
      assertThat(flagRow.getText()).doesNotContain(utcCut);
    }
    chromium.screenshot("ratings-authenticity");

    var row =
        chromium.browser.findElement(
            By.xpath("//tr[td[contains(., '" + name + "')]][.//button[@data-act='exclude']]"));
    row.findElement(By.cssSelector("button[data-act=exclude]")).click();
    // not blind: the dialog shows the rating (its answers, comment) and the evidence of its flags
    var dialog = chromium.wait.until(d -> d.findElement(By.cssSelector(".dialog")));
    chromium.wait.until(d -> !d.findElements(By.id("ratingDetail")).isEmpty());
    String shown = dialog.getText();
    assertThat(shown).contains("服务态度").contains("满意").contains("同一设备在 60 分钟内对该对象评价 3 次");
    assertThat(shown).contains(shanghai);
    // review round 4: the dialog's button is in sight at 1366×768 (it was below the fold), and
    // without a reason chosen the error stands next to 剔除理由 (the server took "other" and blamed
    // the note 说明, a field the user had not got to)
    var exclude = dialog.findElement(By.cssSelector("button[type=submit]"));
    assertThat(
            (Boolean)
                chromium.script(
                    "const r = arguments[0].getBoundingClientRect();"
                        + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return r.top >= 0 && r.bottom <= innerHeight && (hit === arguments[0] || arguments[0].contains(hit));",
                    exclude))
        .as("the exclude button in sight")
        .isTrue();
    exclude.click();
    assertThat(chromium.wait.until(d -> d.findElement(By.id("err-reasonCode"))).getText())
        .contains("剔除理由")
        .doesNotContain("说明")
        .doesNotContain("reasonCode");
    // OTHER without a note: the field says so, nothing is excluded
    new org.openqa.selenium.support.ui.Select(dialog.findElement(By.name("reasonCode")))
        .selectByValue("OTHER");
    dialog.findElement(By.cssSelector("button[type=submit]")).click();
    chromium.wait.until(d -> d.findElement(By.cssSelector(".dialog")).getText().contains("说明"));
    chromium.wait.until(d -> !d.findElements(By.id("err-reason")).isEmpty());
    assertThat(chromium.browser.findElement(By.id("err-reason")).getText())
        .doesNotContain("reason");
    new org.openqa.selenium.support.ui.Select(
            chromium.browser.findElement(By.cssSelector(".dialog [name=reasonCode]")))
        .selectByValue("BURST");
    chromium.browser.findElement(By.cssSelector(".dialog [name=reason]")).sendKeys("同一设备集中刷分");
    chromium.screenshot("ratings-exclude-dialog");
    chromium.browser.findElement(By.cssSelector(".dialog button[type=submit]")).click();
    chromium.wait.until(
        d ->
            d.findElements(By.cssSelector(".dialog")).isEmpty()
                && d.findElement(By.id("flags")).getText().contains("已剔除")
                && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
  }

  /** "2026-11-30T09:20:05Z" (or any offset) → "2026-11-30 17:20", the wall time in Shanghai. */
  static String shanghaiTime(String iso) {
    return java.time.OffsetDateTime.parse(iso)
        .atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }

  @Test
  void aChiefIsOfferedOnlyTheirOwnUnit() throws Exception {
    chromium.login("chief");
    chromium.browser.get(ItServer.BASE_URL + "/ratings.html");
    chromium.waitUntilLoaded();
    var options =
        new org.openqa.selenium.support.ui.Select(chromium.browser.findElement(By.id("unit")))
            .getOptions();
    assertThat(options).hasSize(1);
    assertThat(options.get(0).getAttribute("value")).isEqualTo("PS-CHENGGUAN");
    // and the server refuses another unit whatever the page offers
    ItServer.as("chief")
        .queryParam("month", RatingAuthenticityIT.month())
        .queryParam("unit", "PS-DONGGUAN")
        .get("/api/ratings/flags")
        .then()
        .statusCode(400)
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("OTHER_UNIT"));
  }
}
