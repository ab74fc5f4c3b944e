package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Review round 6 (issue 12): every INVALID_CHARACTER says WHERE and WHICH — the first refused
 * character's position (1-based, counted in characters as people see them) and code point in the
 * problem's {@code errors[]} entry ({@code position}, {@code codePoint}) and in its message, in
 * Chinese by default and in English on request; a blank at either end is said to be one. Checked on
 * every path a text comes in: JSON bodies (codes, names, batch elements), query parameters (the
 * services' and the edge's check), path parameters (usernames) and uploaded files' rows.
 */
class CharacterPositionIT {

  private static JsonPath problem(RequestSpecification request, String method, String path) {
    return request
        .request(method, path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .extract()
        .jsonPath();
  }

  private static void assertWhere(
      JsonPath p, String entry, String field, int position, String codePoint) {
    assertThat(p.getString(entry + ".field")).as(p.prettify()).isEqualTo(field);
    assertThat(p.getString(entry + ".reason")).isEqualTo("INVALID_CHARACTER");
    assertThat(p.getInt(entry + ".position")).as(p.prettify()).isEqualTo(position);
    assertThat(p.getString(entry + ".codePoint")).isEqualTo(codePoint);
    assertThat(p.getString(entry + ".message"))
        .contains("第 " + position + " 个字符")
        .contains(codePoint);
  }

  @Test
  void aCodeInAJsonBodyNamesItsZeroWidthSpaceInChineseAndEnglish() {
    Map<String, String> body = Map.of("code", "SC-\u200BX", "name", "分中心X");
    JsonPath zh = problem(as("admin").body(body), "POST", "/api/sub-centres");
    assertWhere(zh, "errors[0]", "code", 4, "U+200B");
    assertThat(zh.getString("errors[0].message"))
        .isEqualTo("“编码”第 4 个字符是看不见的字符 U+200B（零宽空格），请删去后重试。");
    JsonPath en =
        problem(as("admin").header("Accept-Language", "en").body(body), "POST", "/api/sub-centres");
    assertThat(en.getInt("errors[0].position")).isEqualTo(4);
    assertThat(en.getString("errors[0].message"))
        .isEqualTo(
            "Character 4 of \"code\" is an invisible character, U+200B (zero-width space):"
                + " delete it and try again.");
  }

  @Test
  void aRatingTargetNameAndABlankAtTheEndOfItsUnit() {
    JsonPath name =
        problem(
            as("admin")
                .body(Map.of("kind", "WINDOW", "name", "窗口\u200B1", "unitCode", "PS-CHENGGUAN")),
            "POST",
            "/api/rating-targets");
    assertWhere(name, "errors[0]", "name", 3, "U+200B");
    JsonPath unit =
        problem(
            as("admin").body(Map.of("kind", "WINDOW", "name", "窗口", "unitCode", "PS-CHENGGUAN ")),
            "POST",
            "/api/rating-targets");
    assertThat(unit.getString("errors[0].field")).isEqualTo("unitCode");
    assertThat(unit.getInt("errors[0].position")).isEqualTo(13);
    assertThat(unit.getString("errors[0].codePoint")).isEqualTo("U+0020");
    assertThat(unit.getString("errors[0].message")).contains("首尾有空白");
    JsonPath en =
        problem(
            as("admin")
                .header("Accept-Language", "en")
                .body(Map.of("kind", "WINDOW", "name", "窗口", "unitCode", "PS-CHENGGUAN ")),
            "POST",
            "/api/rating-targets");
    assertThat(en.getString("errors[0].message")).contains("blank at either end");
  }

  @Test
  void aQueryParameterNamesItsCharacterAtTheServiceAndAtTheEdge() {
    // the services' check (Violations.filterCode): counted in the decoded value
    JsonPath unit =
        problem(as("dispatcher").queryParam("unit", "PS-CHENGGUAN\u2060"), "GET", "/api/tickets");
    assertWhere(unit, "errors.find { it.field == 'unit' }", "unit", 13, "U+2060");
    // the edge's check of every query parameter (a control character no text may hold)
    JsonPath edge =
        problem(
            as("dispatcher").urlEncodingEnabled(false).queryParam("q", "%E5%99%AA%00"),
            "GET",
            "/api/tickets");
    assertWhere(edge, "errors[0]", "q", 2, "U+0000");
    JsonPath en =
        problem(
            as("dispatcher")
                .header("Accept-Language", "en")
                .urlEncodingEnabled(false)
                .queryParam("q", "%E5%99%AA%00"),
            "GET",
            "/api/tickets");
    assertThat(en.getString("errors[0].message")).contains("Character 2").contains("U+0000");
  }

  @Test
  void aUsernameInThePathNamesItsCharacter() {
    JsonPath p = problem(as("admin"), "GET", "/api/users/officer\u200B/login-throttle");
    assertThat(p.getInt("errors[0].position")).as(p.prettify()).isEqualTo(8);
    assertThat(p.getString("errors[0].codePoint")).isEqualTo("U+200B");
    JsonPath unlock = problem(as("admin"), "POST", "/api/users/officer\u200B/unlock");
    assertThat(unlock.getInt("errors[0].position")).as(unlock.prettify()).isEqualTo(8);
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

  @Test
  void aBatchNamesTheRecordAndTheCharacter() {
    String source = "JJ110-" + UUID.randomUUID().toString().substring(0, 8);
    // a control character no text may hold: that record alone is refused, the others kept
    // (breaker review: one bad character used to refuse the whole batch)
    List<Map<String, Object>> controls =
        List.of(
            record(source, "A"),
            record(source, "B"),
            record(source, "C"),
            record(source, "D\u0007"));
    JsonPath kept =
        as("callback")
            .body(controls)
            .post("/api/service-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(kept.getString("results[0].status")).isEqualTo("CREATED");
    assertThat(kept.getString("results[3].status")).isEqualTo("REFUSED");
    assertWhere(kept, "results[3].errors[0]", "externalId", 2, "U+0007");
    // an invisible character in a code: that record is refused, with where and which
    List<Map<String, Object>> batch =
        List.of(
            record(source, "A"),
            record(source, "B"),
            record(source, "C"),
            record(source, "ABC\u200B123"));
    JsonPath result =
        as("callback")
            .body(batch)
            .post("/api/service-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(result.getString("results[3].status")).isEqualTo("REFUSED");
    assertWhere(result, "results[3].errors[0]", "externalId", 4, "U+200B");
  }

  @Test
  void anUploadedRowSaysWhereItsCharacterIs() {
    String source = "JJ110-" + UUID.randomUUID().toString().substring(0, 8);
    String file =
        "sourceSystem,externalId,kind,occurredAt,citizenPhone,officerBadge,unitCode,summary\n"
            + source
            + ",U-1,INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,003001,PS-CHENGGUAN,盗窃报警\u202E已立案\n"
            + source
            + ",U-2\u200B,INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,003001,PS-CHENGGUAN,摘要\n";
    for (String language : List.of("zh", "en")) {
      JsonPath result =
          as("callback")
              .header("Accept-Language", language)
              .contentType("text/csv")
              .body(file.getBytes(StandardCharsets.UTF_8))
              .post("/api/service-records/upload")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(result.getList("results.status")).containsOnly("REFUSED");
      assertThat(result.getString("results[0].errors[0].field")).isEqualTo("summary");
      assertThat(result.getInt("results[0].errors[0].position")).isEqualTo(5);
      assertThat(result.getString("results[0].errors[0].codePoint")).isEqualTo("U+202E");
      assertThat(result.getInt("results[1].errors[0].position")).isEqualTo(4);
      assertThat(result.getString("results[1].errors[0].codePoint")).isEqualTo("U+200B");
      assertThat(result.getString("results[1].errors[0].message"))
          .contains("zh".equals(language) ? "第 4 个字符" : "Character 4")
          .contains("U+200B");
    }
  }
}
