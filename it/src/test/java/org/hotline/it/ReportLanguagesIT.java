package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ranking files, the unit's month in detail, the praise/criticism notice and the rating-code
 * sheet speak the reader's language (issue 9): Chinese by default; with {@code Accept-Language: en}
 * every caption, heading, flag and sentence is English, and the only Chinese left is data printed
 * as stored (unit names, the publisher's name, the targets' names).
 */
class ReportLanguagesIT {

  /** An ended month without tickets: every unit is in the ranking with a sample too small. */
  static final String MONTH = "2019-03";

  /** Han ideographs, CJK punctuation and full-width forms. */
  static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");

  private static final List<String> DATA = new ArrayList<>();

  @BeforeAll
  static void publishTheMonth() {
    if (as("leader")
        .get("/api/rankings/" + MONTH + "/publications")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("version")
        .isEmpty()) {
      as("leader")
          .body(Map.of("note", "report languages"))
          .post("/api/rankings/" + MONTH + "/publications")
          .then()
          .statusCode(201);
    }
    DATA.add(as("leader").get("/api/rankings/" + MONTH + "/publications/1").asString());
    DATA.add(as("leader").get("/api/me").asString());
    as("admin")
        .body(Map.of("kind", "WINDOW", "name", "EN window", "unitCode", "PS-CHENGGUAN"))
        .post("/api/rating-targets")
        .then()
        .statusCode(201);
    DATA.add(as("chief").queryParam("unit", "PS-CHENGGUAN").get("/api/rating-targets").asString());
  }

  @Test
  void thePublishedRankingIsChineseByDefaultAndEnglishOnRequest() throws IOException {
    inBothLanguages(
        "leader",
        "/api/rankings/" + MONTH + "/publications/1/ranking.pdf",
        List.of("样本不足", "打印时间", "2019年3月"),
        List.of("Sample too small", "(Beijing time)", "Police stations", "3/2019"));
  }

  @Test
  void thePreviewFollowsTheLanguageAndIsNotServedInTheOther() throws IOException {
    String preview = "/api/rankings/" + MONTH + "/ranking.pdf?unitClass=STATION";
    String en =
        inBothLanguages("leader", preview, List.of("预览"), List.of("Preview", "Sample too small"));
    assertThat(en).doesNotContain("预览");
    // the English preview printed just before is not served again in Chinese
    assertThat(pdf(as("leader"), preview)).contains("预览");
  }

  @Test
  void theUnitsMonthFollowsTheLanguage() throws IOException {
    inBothLanguages(
        "leader",
        "/api/rankings/" + MONTH + "/units/PS-CHENGGUAN/detail.pdf",
        List.of("工单办理明细", "不参加排名"),
        List.of("not ranked", "(Beijing time)"));
  }

  @Test
  void theNoticeIsEnglishOnRequest() throws IOException {
    inBothLanguages(
        "leader",
        "/api/rankings/" + MONTH + "/publications/1/notice.pdf",
        List.of("通报"),
        List.of("Demo County Public Security Bureau"));
  }

  @Test
  void theRankingWorkbookIsEnglishOnRequest() throws IOException {
    String path = "/api/rankings/" + MONTH + "/publications/1/ranking.xlsx";
    assertThat(xlsx(as("leader"), path)).contains("样本不足");
    String en = xlsx(as("leader").header("Accept-Language", "en"), path);
    assertThat(en).contains("Sample too small");
    assertOnlyDataIsChinese(en);
  }

  @Test
  void theRatingCodeSheetIsEnglishOnRequest() throws IOException {
    inBothLanguages(
        "chief",
        "/api/rating-targets/qr-sheet.pdf?unit=PS-CHENGGUAN",
        List.of("用手机扫描二维码", "沿边框裁剪", "服务窗口", "EN window"),
        List.of("Scan to rate our service", "Cut along the frame", "Service window", "EN window"));
  }

  /**
   * The PDF at {@code path} as {@code user}: Chinese by default (holding {@code zh}), English with
   * {@code Accept-Language: en} (holding {@code en}, and no Chinese but data). Returns the English
   * text.
   */
  private static String inBothLanguages(String user, String path, List<String> zh, List<String> en)
      throws IOException {
    assertThat(pdf(as(user), path)).contains(zh);
    String english = pdf(as(user).header("Accept-Language", "en"), path);
    assertThat(english).contains(en);
    assertOnlyDataIsChinese(english);
    return english;
  }

  /** Every run of Chinese characters in {@code text} is part of some data value printed as is. */
  private static void assertOnlyDataIsChinese(String text) {
    Matcher m = CJK.matcher(text);
    List<String> captions = new ArrayList<>();
    while (m.find()) {
      String run = m.group();
      if (DATA.stream().noneMatch(d -> d.contains(run))) {
        captions.add(run);
      }
    }
    assertThat(captions).as("Chinese text that is not data, in:%n%s", text).isEmpty();
  }

  private static String pdf(RequestSpecification request, String path) throws IOException {
    byte[] bytes =
        request
            .get(path)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String xlsx(RequestSpecification request, String path) throws IOException {
    byte[] bytes = request.get(path).then().statusCode(200).extract().asByteArray();
    StringBuilder text = new StringBuilder();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            text.append(cell.toString()).append('\t');
          }
          text.append('\n');
        }
      }
    }
    return text.toString();
  }
}
