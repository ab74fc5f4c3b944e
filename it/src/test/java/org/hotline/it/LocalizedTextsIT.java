package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 3: routing reasons, PDF captions and the logout page come from the one bundle, in
 * the reader's language — Chinese by default, English with {@code Accept-Language: en}, never both
 * at once; the reasons' codes stay the same whatever the language.
 */
class LocalizedTextsIT {

  private static JsonPath suggestions(long id, String language) {
    var request = as("dispatcher");
    if (language != null) {
      request = request.header("Accept-Language", language);
    }
    return request
        .get("/api/tickets/" + id + "/suggestions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void routingReasonsAreCodesWordedInTheReadersLanguage() {
    long id = Tickets.logged("小区楼下烧烤摊噪音扰民，凌晨仍未停止");
    JsonPath zh = suggestions(id, null);
    JsonPath en = suggestions(id, "en");
    // the station of the address's jurisdiction first, with the same codes in both languages
    assertThat(zh.getString("[0].unitCode")).isEqualTo("PS-CHENGGUAN");
    assertThat(zh.getString("[0].why[0].kind")).isEqualTo("JURISDICTION");
    assertThat(en.getList("[0].why.kind")).isEqualTo(zh.getList("[0].why.kind"));
    assertThat(zh.getString("[0].reasons[0]")).isEqualTo("辖区派出所");
    assertThat(en.getString("[0].reasons[0]")).isEqualTo("station of the jurisdiction");
    List<String> zhReasons = zh.getList("reasons.flatten()");
    List<String> enReasons = en.getList("reasons.flatten()");
    assertThat(zhReasons).hasSameSizeAs(enReasons);
    assertThat(zhReasons)
        .noneMatch(
            r -> r.contains("jurisdiction") || r.contains("keywords") || r.contains("category"));
    assertThat(enReasons).noneMatch(r -> r.contains("辖区") || r.contains("关键词") || r.contains("分类"));
  }

  private static String sheetText(long id, String language) throws IOException {
    var request = as("dispatcher");
    if (language != null) {
      request = request.header("Accept-Language", language);
    }
    byte[] pdf =
        request
            .get("/api/tickets/" + id + "/sheet.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theTicketSheetIsChineseByDefaultAndEnglishOnRequest() throws IOException {
    long id = Tickets.logged("路灯不亮，夜间行人不便");
    String zh = sheetText(id, null);
    assertThat(zh).contains("警务热线工单", "受理渠道", "流转记录", "第 1 页");
    assertThat(zh).doesNotContain("History", "Page 1");
    String en = sheetText(id, "en");
    assertThat(en)
        .contains("Police Hotline Ticket", "Channel", "History", "Page 1", "(Beijing time)");
    assertThat(en).doesNotContain("流转记录", "受理渠道", "打印时间", "第 1 页");
  }

  @Test
  void theLogoutPageFollowsAcceptLanguage() {
    String zh = as("officer").redirects().follow(false).get("/logout").asString();
    assertThat(zh).contains("确认退出登录？", "lang=\"zh-CN\"").doesNotContain("Log out");
    String en =
        as("officer")
            .redirects()
            .follow(false)
            .header("Accept-Language", "en-GB,en;q=0.9")
            .get("/logout")
            .asString();
    assertThat(en).contains("<p>Log out?</p>", "lang=\"en\"").doesNotContain("退出");
  }
}
