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
    String token = PublicRatingIT.newCode(name);
    String device = "burst-" + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      PublicRatingIT.rate(token, device, PublicRatingIT.satisfied()).then().statusCode(201);
    }
    chromium.login("director");
    chromium.browser.get(ItServer.BASE_URL + "/ratings.html");
    chromium.waitUntilLoaded();
    assertThat(chromium.browser.findElement(By.id("channels")).getText()).contains("扫码评价");
    String flags = chromium.browser.findElement(By.id("flags")).getText();
    assertThat(flags).contains(name).contains("同一设备在 60 分钟内对该对象评价 3 次");
    chromium.screenshot("ratings-authenticity");

    var row =
        chromium.browser.findElement(
            By.xpath("//tr[td[contains(., '" + name + "')]][.//button[@data-act='exclude']]"));
    row.findElement(By.cssSelector("button[data-act=exclude]")).click();
    chromium.browser.switchTo().alert().sendKeys("同一设备集中刷分");
    chromium.browser.switchTo().alert().accept();
    chromium.wait.until(
        d ->
            d.findElement(By.id("flags")).getText().contains("已剔除")
                && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
  }
}
