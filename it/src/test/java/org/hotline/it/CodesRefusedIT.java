package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The review of issues 14/15: codes, choices and names are taken exactly as sent. A query
 * parameter, a path parameter or a JSON field holding a zero-width space, a byte-order mark, a word
 * joiner, a no-break space, a bidi mark or a blank at an end is a 400 INVALID_CHARACTER naming the
 * field (never the clean code's answer); a year is four plain digits; a service record is not older
 * than 2000, and an old one is kept without texting its citizen.
 */
class CodesRefusedIT {

  private static final List<String> DIRT =
      List.of("\u200B", "\uFEFF", "\u2060", "\u00A0", "\u200E", " ");

  private static void refused(String role, String path, String param, String value, String field) {
    JsonPath problem =
        as(role)
            .queryParam(param, value)
            .get(path)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(problem.getString("errors.find { it.field == '" + field + "' }.reason"))
        .as(path + "?" + param + "=" + value)
        .isEqualTo("INVALID_CHARACTER");
  }

  @ParameterizedTest(name = "{0} {1}?{2}={3}+invisible")
  @CsvSource({
    "dispatcher, /api/tickets, unit, PS-CHENGGUAN",
    "dispatcher, /api/tickets, status, ASSIGNED",
    "dispatcher, /api/tickets, category, ZA-NOISE",
    "callback, /api/callbacks, reason, SMS_DISSATISFIED",
    "director, /api/slips, unit, PS-CHENGGUAN",
    "admin, /api/users?role=chief, unit, PS-CHENGGUAN",
    "admin, /api/rating-targets, unit, PS-CHENGGUAN",
    "callback, /api/officers, unit, PS-CHENGGUAN",
    "leader, /api/rankings?month=2026-09, unitClass, STATION",
  })
  void aQueryCodeWithAnInvisibleCharacterIsRefused(
      String role, String path, String param, String code) {
    // the clean code is accepted
    as(role).queryParam(param, code).get(path).then().statusCode(200);
    for (String dirt : DIRT) {
      refused(role, path, param, code + dirt, param);
    }
    refused(role, path, param, "\uFEFF" + code, param);
  }

  @Test
  void ratingsAndCallbacksBySubCentreRefuseInvisibleCharacters() {
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    JsonPath problem =
        as("admin")
            .queryParam("month", month)
            .queryParam("unit", "PS-CHENGGUAN\u200B")
            .get("/api/ratings")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(problem.getString("errors[0].field")).isEqualTo("unit");
    assertThat(problem.getString("errors[0].reason")).isEqualTo("INVALID_CHARACTER");
    String subCentre =
        as("admin").get("/api/sub-centres").then().statusCode(200).extract().path("[0].code");
    as("admin").queryParam("subCentre", subCentre).get("/api/callbacks").then().statusCode(200);
    refused("admin", "/api/callbacks", "subCentre", subCentre + "\u200B", "subCentre");
  }

  @Test
  void aUsernameWithAZeroWidthSpaceIsNotAnotherAccount() {
    as("admin").get("/api/users/officer/login-throttle").then().statusCode(200);
    as("admin")
        .get("/api/users/officer\u200B/login-throttle")
        .then()
        .statusCode(400)
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("INVALID_CHARACTER"));
  }

  @Test
  void yearsAreFourPlainDigits() {
    as("admin").queryParam("year", "2026").get("/api/calendar").then().statusCode(200);
    for (String bad : List.of("+2026", " 2026", "2026 ", "02026", "26")) {
      for (String path : List.of("/api/calendar", "/api/slips")) {
        as(path.contains("slips") ? "director" : "admin")
            .queryParam("year", bad)
            .get(path)
            .then()
            .statusCode(400)
            .body("errors[0].field", org.hamcrest.Matchers.equalTo("year"))
            .body("errors[0].reason", org.hamcrest.Matchers.equalTo("INVALID"));
      }
    }
  }

  @Test
  void codesAndNamesInBodiesAreRefusedNotCleaned() {
    JsonPath subCentre =
        as("admin")
            .body(Map.of("code", "\uFEFFSC-X", "name", "分中心X"))
            .post("/api/sub-centres")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(subCentre.getString("errors[0].field")).isEqualTo("code");
    assertThat(subCentre.getString("errors[0].reason")).isEqualTo("INVALID_CHARACTER");
    as("admin")
        .body(Map.of("code", "SC-\u200BX", "name", "分中心X"))
        .post("/api/sub-centres")
        .then()
        .statusCode(400)
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("INVALID_CHARACTER"));
    List<String> codes =
        as("admin").get("/api/sub-centres").then().statusCode(200).extract().path("code");
    assertThat(codes).doesNotContain("SC-X");
    for (String name :
        List.of(
            "\u200B窗口", "窗口\u2060", "\uFEFF窗口", "窗口\u200E", "窗口\u00AD", "窗口\u180E", "窗口\u200B1")) {
      as("admin")
          .body(Map.of("kind", "WINDOW", "name", name, "unitCode", "PS-CHENGGUAN"))
          .post("/api/rating-targets")
          .then()
          .statusCode(400)
          .body("errors[0].field", org.hamcrest.Matchers.equalTo("name"))
          .body("errors[0].reason", org.hamcrest.Matchers.equalTo("INVALID_CHARACTER"));
    }
    as("admin")
        .body(Map.of("kind", "WINDOW", "name", "窗口", "unitCode", "PS-CHENGGUAN "))
        .post("/api/rating-targets")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("unitCode"))
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("INVALID_CHARACTER"));
  }

  private static String mobile() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  private static Map<String, Object> record(String source, String id, String at, String unit) {
    Map<String, Object> r = new HashMap<>();
    r.put("sourceSystem", source);
    r.put("externalId", id);
    r.put("kind", "INCIDENT_110");
    r.put("occurredAt", at);
    r.put("citizenPhone", mobile());
    r.put("unitCode", unit);
    return r;
  }

  private static long skipped(String unit, String field) {
    List<Map<String, Object>> units =
        as("leader")
            .queryParam("month", YearMonth.now(ZoneId.of("Asia/Shanghai")).toString())
            .get("/api/sms/statistics")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("units");
    return units.stream()
        .filter(u -> unit.equals(u.get("unitCode")))
        .mapToLong(u -> ((Number) u.get(field)).longValue())
        .sum();
  }

  @Test
  void serviceRecordsHaveDateBoundsAndOldOnesAreNotSurveyed() {
    String source = "JJ110-" + UUID.randomUUID().toString().substring(0, 8);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
    long skippedBefore = skipped("PS-DONGGUAN", "skippedRecentSurvey");
    long tooOldBefore = skipped("PS-DONGGUAN", "skippedTooOld");
    JsonPath json =
        as("callback")
            .body(
                List.of(
                    record(source, "ANCIENT", "0001-01-01T00:00:00+08:00", "PS-DONGGUAN"),
                    record(source, "OLD", "2019-03-01T10:00:00+08:00", "PS-DONGGUAN"),
                    record(source, "PAD", now.minusHours(1).toString(), "PS-DONGGUAN "),
                    record(source, "WEEK", now.minusDays(5).toString(), "PS-DONGGUAN"),
                    record(source, "HOUR", now.minusHours(1).toString(), "PS-DONGGUAN")))
            .post("/api/service-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(json.getList("results.status"))
        .as(json.prettify())
        .containsExactly("REFUSED", "CREATED", "REFUSED", "CREATED", "CREATED");
    assertThat(json.getString("results[0].errors[0].reason")).isEqualTo("TOO_EARLY");
    assertThat(json.getString("results[2].errors[0].reason")).isEqualTo("INVALID_CHARACTER");
    // the 2019 and the five-day-old records are kept but their surveys are skipped for their age
    // (skippedTooOld), not for a recent survey of the number; the recent one is surveyed
    assertThat(skipped("PS-DONGGUAN", "skippedTooOld")).isEqualTo(tooOldBefore + 2);
    assertThat(skipped("PS-DONGGUAN", "skippedRecentSurvey")).isEqualTo(skippedBefore);
  }
}
