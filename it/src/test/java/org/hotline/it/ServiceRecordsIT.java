package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Officers (民警) and service records (服务记录) of issue 14: the demo officers of every unit; a JSON
 * batch judged record by record and idempotent by source system + external id; an upload of CSV
 * (UTF-8 and GB18030) and XLSX with bad rows reported by line while the good rows are kept, and the
 * same upload run again changing nothing.
 */
class ServiceRecordsIT {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static String source() {
    return "JJ110-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, Object> record(String source, String externalId) {
    Map<String, Object> r = new HashMap<>();
    r.put("sourceSystem", source);
    r.put("externalId", externalId);
    r.put("kind", "INCIDENT_110");
    r.put("occurredAt", "2026-11-20T09:30:00+08:00");
    r.put("citizenPhone", "139-1234-5678");
    r.put("officerBadge", "003001");
    r.put("unitCode", "PS-CHENGGUAN");
    r.put("summary", "邻里纠纷，民警到场调解");
    return r;
  }

  private static JsonPath post(Object body) {
    return as("callback")
        .body(body)
        .post("/api/service-records")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void everyUnitHasOfficersWithUniqueBadgeNumbers() {
    JsonPath officers =
        as("callback").get("/api/officers").then().statusCode(200).extract().jsonPath();
    List<String> badges = officers.getList("badgeNumber");
    assertThat(badges).doesNotHaveDuplicates().contains("003001");
    List<String> unitCodes =
        as("admin").get("/api/units").then().statusCode(200).extract().jsonPath().getList("code");
    assertThat(officers.getList("unitCode", String.class)).containsAll(unitCodes);
    JsonPath station =
        as("officer")
            .queryParam("unit", "PS-CHENGGUAN")
            .get("/api/officers")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(station.getList("unitCode", String.class))
        .isNotEmpty()
        .allMatch("PS-CHENGGUAN"::equals);
    assertThat(station.getString("find { it.badgeNumber == '003001' }.name")).isEqualTo("张伟");
    as("officer")
        .queryParam("unit", "NO-SUCH")
        .get("/api/officers")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("unit"))
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("UNKNOWN_CODE"));
  }

  @Test
  void aBatchIsJudgedRecordByRecordAndASecondSendingChangesNothing() {
    String source = source();
    Map<String, Object> good = record(source, "A-1");
    Map<String, Object> bad = record(source, "A-2");
    bad.put("citizenPhone", "12345");
    bad.put("kind", "PARKING");
    bad.put("unitCode", "NO-SUCH");
    Map<String, Object> otherUnit = record(source, "A-3");
    otherUnit.put("unitCode", "PS-DONGGUAN");
    Map<String, Object> noOffset = record(source, "A-4");
    noOffset.put("occurredAt", "2026-11-20T09:30:00");
    Map<String, Object> window = record(source, "A-5");
    window.put("kind", "WINDOW_SERVICE");
    window.remove("officerBadge");

    JsonPath first = post(List.of(good, bad, otherUnit, noOffset, window));
    assertThat(first.getInt("created")).isEqualTo(2);
    assertThat(first.getInt("refused")).isEqualTo(3);
    assertThat(first.getList("results.status"))
        .containsExactly("CREATED", "REFUSED", "REFUSED", "REFUSED", "CREATED");
    assertThat(first.getList("results.line", Integer.class)).containsExactly(0, 1, 2, 3, 4);
    assertThat(first.getList("results[1].errors.field"))
        .containsExactlyInAnyOrder("citizenPhone", "kind", "unitCode");
    assertThat(first.getString("results[2].errors[0].field")).isEqualTo("officerBadge");
    assertThat(first.getString("results[2].errors[0].reason")).isEqualTo("OTHER_UNIT");
    assertThat(first.getString("results[3].errors[0].field")).isEqualTo("occurredAt");
    assertThat(first.getString("results[1].errors[0].message")).isNotBlank();
    long id = first.getLong("results[0].id");

    // the same records again: the stored ones are unchanged, with their ids; nothing new
    JsonPath again = post(List.of(good, window));
    assertThat(again.getList("results.status")).containsExactly("UNCHANGED", "UNCHANGED");
    assertThat(again.getLong("results[0].id")).isEqualTo(id);
    assertThat(again.getInt("created")).isZero();

    // the same key with other content is refused; the stored record stays as it was
    Map<String, Object> changed = new HashMap<>(good);
    changed.put("summary", "改过的摘要");
    JsonPath conflict =
        as("callback")
            .header("Accept-Language", "en")
            .body(List.of(changed))
            .post("/api/service-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(conflict.getString("results[0].status")).isEqualTo("REFUSED");
    assertThat(conflict.getString("results[0].errors[0].field")).isEqualTo("externalId");
    assertThat(conflict.getString("results[0].errors[0].reason")).isEqualTo("DUPLICATE");
    assertThat(conflict.getString("results[0].errors[0].message")).contains("duplicates");
    assertThat(post(List.of(good)).getString("results[0].status")).isEqualTo("UNCHANGED");
  }

  @Test
  void onlyTheCentreSendsServiceRecords() {
    as("officer")
        .body(List.of(record(source(), "X")))
        .post("/api/service-records")
        .then()
        .statusCode(403);
    as("callback")
        .body(Map.of("sourceSystem", "x"))
        .post("/api/service-records")
        .then()
        .statusCode(400);
  }

  private static String csv(String source) {
    return "sourceSystem,externalId,kind,occurredAt,citizenPhone,officerBadge,unitCode,summary\n"
        + source
        + ",C-1,INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,003001,PS-CHENGGUAN,\"盗窃报警，已立案\"\n"
        + source
        + ",C-2,WINDOW_SERVICE,2026-11-21T11:00:00+08:00,not-a-phone,,PS-CHENGGUAN,办理居住证\n"
        + "\n"
        + source
        + ",C-3,INCIDENT_110,yesterday,13912340003,999999,PS-CHENGGUAN,\n"
        + source
        + ",C-4,WINDOW_SERVICE,2026-11-21T15:00:00+08:00,0531-8888 1234,,PS-CHENGGUAN,\"补办身份证, 加急\"\n";
  }

  private static JsonPath upload(byte[] content, String type) {
    return as("callback")
        .contentType(type)
        .body(content)
        .post("/api/service-records/upload")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /**
   * The same text is judged alike by the JSON path and the upload (one validator): a control
   * character or a bidirectional override is refused by both, row by row (the JSON batch answers
   * 200 with the record REFUSED, not 400 for the whole batch), and the refused upload row stored
   * nothing (the corrected row is then CREATED, not UNCHANGED). A line break in a summary is
   * allowed.
   */
  @Test
  void controlCharactersAndBidiOverridesAreRefusedByTheUploadAsByTheJson() {
    String[] bad = {"盗窃报警\u202E已立案", "响铃\u0007字符", "隔离\u2066字符\u2069"};
    String source = source();
    StringBuilder file =
        new StringBuilder(
            "sourceSystem,externalId,kind,occurredAt,citizenPhone,officerBadge,unitCode,summary\n");
    for (int i = 0; i < bad.length; i++) {
      Map<String, Object> r = record(source, "X-" + i);
      r.put("summary", bad[i]);
      JsonPath refused = post(List.of(r));
      assertThat(refused.getList("results.status")).containsExactly("REFUSED");
      assertThat(refused.getList("results[0].errors.field")).containsExactly("summary");
      assertThat(refused.getList("results[0].errors.reason")).containsExactly("INVALID_CHARACTER");
      file.append(source)
          .append(",X-")
          .append(i)
          .append(",INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,003001,PS-CHENGGUAN,\"")
          .append(bad[i])
          .append("\"\n");
    }
    // the officer's badge and the unit are checked alike too
    file.append(source)
        .append(
            ",X-9,INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,0030\u202E01,PS-CHENGGUAN,摘要\n");
    JsonPath result = upload(file.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(result.getInt("created")).isZero();
    assertThat(result.getList("results.status")).containsOnly("REFUSED");
    for (int i = 0; i < bad.length; i++) {
      assertThat(result.getList("results[" + i + "].errors.field")).containsExactly("summary");
      assertThat(result.getList("results[" + i + "].errors.reason"))
          .containsExactly("INVALID_CHARACTER");
    }
    assertThat(result.getList("results[" + bad.length + "].errors.field"))
        .containsExactly("officerBadge");
    assertThat(result.getList("results[" + bad.length + "].errors.reason"))
        .containsExactly("INVALID_CHARACTER");
    // nothing of the refused rows was stored: the same records, corrected, are new
    JsonPath fixed =
        upload(
            ("sourceSystem,externalId,kind,occurredAt,citizenPhone,officerBadge,unitCode,summary\n"
                    + source
                    + ",X-0,INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,003001,PS-CHENGGUAN,盗窃报警已立案\n")
                .getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertThat(fixed.getList("results.status")).containsExactly("CREATED");
  }

  @Test
  void aCsvUploadReportsEveryBadRowByLineKeepsTheGoodOnesAndCanRunAgain() {
    String source = source();
    byte[] file = ("\uFEFF" + csv(source)).getBytes(StandardCharsets.UTF_8);
    JsonPath first = upload(file, "text/csv");
    assertThat(first.getInt("created")).isEqualTo(2);
    assertThat(first.getInt("refused")).isEqualTo(2);
    // rows counted as in the file: the header is row 1, the empty line 4 is skipped
    assertThat(first.getList("results.line", Integer.class)).containsExactly(2, 3, 5, 6);
    assertThat(first.getList("results.status"))
        .containsExactly("CREATED", "REFUSED", "REFUSED", "CREATED");
    assertThat(first.getList("results[1].errors.field")).containsExactly("citizenPhone");
    assertThat(first.getList("results[2].errors.field"))
        .containsExactlyInAnyOrder("occurredAt", "officerBadge");

    JsonPath again = upload(file, "text/csv");
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(2);
    assertThat(again.getList("results.status"))
        .containsExactly("UNCHANGED", "REFUSED", "REFUSED", "UNCHANGED");

    // a corrected file: only the fixed rows are new
    String fixed =
        csv(source)
            .replace("not-a-phone", "13912340002")
            .replace("yesterday", "2026-11-21T12:00:00+08:00")
            .replace("999999", "003002");
    JsonPath corrected = upload(fixed.getBytes(Charset.forName("GB18030")), "text/csv");
    assertThat(corrected.getList("results.status"))
        .containsExactly("UNCHANGED", "CREATED", "CREATED", "UNCHANGED");
  }

  @Test
  void aFileWithoutARequiredColumnIsRefusedAsAWhole() {
    byte[] file = "externalId,kind\nX,INCIDENT_110\n".getBytes(StandardCharsets.UTF_8);
    as("callback")
        .contentType("text/csv")
        .body(file)
        .post("/api/service-records/upload")
        .then()
        .statusCode(400)
        .body("code", org.hamcrest.Matchers.equalTo("VALIDATION_FAILED"))
        .body(
            "errors.field",
            org.hamcrest.Matchers.hasItems("header.sourceSystem", "header.unitCode"));
    as("callback")
        .contentType("text/csv")
        .body(new byte[0])
        .post("/api/service-records/upload")
        .then()
        .statusCode(400);
  }

  @Test
  void anXlsxUploadWithChineseHeadingsDateCellsAndNumericPhones() throws Exception {
    String source = source();
    byte[] file;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("记录");
      String[] header = {"来源系统", "外部编号", "类型", "发生时间", "群众电话", "警号", "单位编码", "摘要"};
      XSSFRow h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      var dateStyle = book.createCellStyle();
      dateStyle.setDataFormat(
          book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      XSSFRow r1 = sheet.createRow(1);
      r1.createCell(0).setCellValue(source);
      r1.createCell(1).setCellValue("X-1");
      r1.createCell(2).setCellValue("WINDOW_SERVICE");
      var when = r1.createCell(3);
      when.setCellValue(java.time.LocalDateTime.of(2026, 11, 22, 9, 15));
      when.setCellStyle(dateStyle);
      r1.createCell(4).setCellValue(13912340009d);
      r1.createCell(6).setCellValue("BR-HUZHENG");
      r1.createCell(7).setCellValue("办理户口迁移");
      XSSFRow r2 = sheet.createRow(2);
      r2.createCell(0).setCellValue(source);
      r2.createCell(1).setCellValue("X-2");
      r2.createCell(2).setCellValue("WINDOW_SERVICE");
      r2.createCell(3).setCellValue("2026-11-22T10:00:00+08:00");
      r2.createCell(4).setCellValue("13912340010");
      r2.createCell(6).setCellValue("NO-SUCH-UNIT");
      book.write(out);
      file = out.toByteArray();
    }
    JsonPath result = upload(file, XLSX);
    assertThat(result.getList("results.line", Integer.class)).containsExactly(2, 3);
    assertThat(result.getList("results.status")).containsExactly("CREATED", "REFUSED");
    assertThat(result.getString("results[1].errors[0].field")).isEqualTo("unitCode");
    assertThat(upload(file, XLSX).getList("results.status"))
        .containsExactly("UNCHANGED", "REFUSED");
  }
}
