package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10.7: a malformed or out-of-range query or path parameter, on every endpoint that has one,
 * is 400 {@code VALIDATION_FAILED} naming the parameter (zh by default, en on request) — never 404,
 * 500 or a page that wrapped around; a page past the last one is an empty page.
 */
class QueryParametersIT {

  @ParameterizedTest(name = "{0} {1} names {2}")
  @CsvSource({
    "dispatcher, /api/tickets?page=abc, page",
    "dispatcher, /api/tickets?size=ten, size",
    "dispatcher, /api/tickets?size=-5, size",
    "dispatcher, /api/tickets?page=-1, page",
    "dispatcher, /api/tickets?size=201, size",
    "dispatcher, /api/tickets?page=99999999999999999999, page",
    "dispatcher, /api/tickets?overdue=yes, overdue",
    "dispatcher, /api/tickets?slipProposed=1, slipProposed",
    "dispatcher, /api/tickets?callbackDue=maybe, callbackDue",
    "officer2, /api/tickets?assisting=ja, assisting",
    "dispatcher, /api/tickets?status=LOST, status",
    "dispatcher, /api/tickets?channel=FAX, channel",
    "dispatcher, /api/tickets?order=RANDOM, order",
    "dispatcher, /api/tickets?from=2026-13-01, from",
    "dispatcher, /api/tickets?to=yesterday, to",
    "dispatcher, /api/tickets?q=x&page=abc, page",
    "dispatcher, /api/tickets/abc, id",
    "dispatcher, /api/tickets/99999999999999999999, id",
    "dispatcher, /api/tickets/1x/history, id",
    "dispatcher, /api/tickets/abc/duplicates, id",
    "dispatcher, /api/tickets/abc/suggestions, id",
    "dispatcher, /api/tickets/abc/sheet.pdf, id",
    "dispatcher, /api/tickets/abc/transfers, id",
    "dispatcher, /api/tickets/abc/merged, id",
    "dispatcher, /api/tickets/abc/extensions, id",
    "dispatcher, /api/tickets/abc/slips, id",
    "admin, /api/calendar?year=twenty, year",
    "admin, /api/calendar?year=2147483647, year",
    "admin, /api/calendar?year=0, year",
    "director, /api/slips?year=twenty, year",
    "director, /api/slips?year=99999, year",
    "director, /api/slips?status=LOST, status",
    "director, /api/slips/abc, id",
    "director, /api/slips/abc/sheet.pdf, id",
    "officer, /api/notifications?unread=yes, unread",
    "admin, /api/catalogue?retired=yes, retired",
  })
  void getIsA400NamingTheParameter(String user, String path, String parameter) {
    JsonPath problem =
        as(user)
            .get(path)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(problem.getString("code")).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.getList("errors.field", String.class)).contains(parameter);
    assertThat(problem.getString("errors.find { it.field == '" + parameter + "' }.reason"))
        .isEqualTo("INVALID");
  }

  /**
   * A code in a filter that names nothing (a mistyped unit, category, area or reason) is a 400
   * UNKNOWN_CODE naming the parameter, not a silently empty page; the same filter with a real code
   * answers 200.
   */
  @ParameterizedTest(name = "{0} {1}{2} names {3}")
  @CsvSource({
    "callback, /api/callbacks?reason=, XYZ|SMS_DISSATISFIED, reason",
    "callback, /api/callbacks?status=ALL&reason=, sms_dissatisfied|TICKET_CLOSED, reason",
    "callback, /api/callbacks?q=噪音&reason=, XYZ|SMS_DISSATISFIED, reason",
    "dispatcher, /api/tickets?unit=, PS-NOWHERE|PS-CHENGGUAN, unit",
    "dispatcher, /api/tickets?q=噪音&unit=, PS-NOWHERE|PS-CHENGGUAN, unit",
    "dispatcher, /api/tickets?category=, NO-SUCH-CATEGORY|ZA-NOISE, category",
    "dispatcher, /api/tickets?area=, NO-SUCH-AREA|CG-CG-01, area",
    "director, /api/slips?unit=, PS-NOWHERE|PS-CHENGGUAN, unit",
    "admin, /api/users?role=chief&unit=, PS-NOWHERE|PS-CHENGGUAN, unit",
    "admin, /api/catalogue?unit=, PS-NOWHERE|PS-CHENGGUAN, unit",
    "callback, /api/officers?unit=, PS-NOWHERE|PS-CHENGGUAN, unit",
  })
  void anUnknownCodeInAFilterIsA400NamingIt(
      String user, String path, String codes, String parameter) {
    String unknown = codes.split("\\|")[0];
    String known = codes.split("\\|")[1];
    JsonPath problem =
        as(user)
            .get(path + unknown)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(problem.getString("code")).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.getString("errors.find { it.field == '" + parameter + "' }.reason"))
        .isEqualTo("UNKNOWN_CODE");
    as(user).get(path + known).then().statusCode(200);
  }

  @Test
  void anUnknownReasonIsNamedInEnglishWhenAsked() {
    as("callback")
        .header("Accept-Language", "en")
        .get("/api/callbacks?reason=XYZ")
        .then()
        .statusCode(400)
        .header("Content-Language", "en")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("reason"))
        .body("errors[0].message", org.hamcrest.Matchers.containsString("reason"));
  }

  @ParameterizedTest(name = "{0} {1} {2} names {3}")
  @CsvSource({
    "dispatcher, POST, /api/tickets/abc/sign, id",
    "officer, POST, /api/notifications/abc/read, id",
    "admin, PUT, /api/time-limit-rules/abc, id",
    "admin, DELETE, /api/time-limit-rules/abc, id",
    "chief, POST, /api/tickets/1/extensions/abc/decision, requestId",
    "dispatcher, POST, /api/tickets/1/transfers/abc/feedback, transferId",
    "director, POST, /api/slips/abc/acknowledge, id",
    "admin, PUT, /api/calendar/2026-02-30, date",
  })
  void actionIsA400NamingTheParameter(String user, String method, String path, String parameter) {
    JsonPath problem =
        as(user)
            .body("{}")
            .request(method, path)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(problem.getString("code")).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.getList("errors.field", String.class)).contains(parameter);
  }

  @Test
  void theParameterIsNamedInEnglishWhenAsked() {
    JsonPath problem =
        as("dispatcher")
            .header("Accept-Language", "en")
            .get("/api/tickets?size=ten")
            .then()
            .statusCode(400)
            .header("Content-Language", "en")
            .extract()
            .jsonPath();
    assertThat(problem.getString("errors[0].message"))
        .isEqualTo("\"page size\" has an invalid value.");
    JsonPath zh =
        as("dispatcher").get("/api/tickets?size=ten").then().statusCode(400).extract().jsonPath();
    assertThat(zh.getString("errors[0].message")).contains("每页条数").doesNotContain("size");
  }

  @Test
  void aHugePageIsAnEmptyPageNotAWrappedOne() {
    JsonPath page =
        as("dispatcher")
            .get("/api/tickets?page=2147483647&size=200")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items")).isEmpty();
    assertThat(page.getInt("page")).isEqualTo(2147483647);
    JsonPath wrapped =
        as("dispatcher")
            .get("/api/tickets?page=21474837&size=200")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(wrapped.getList("items")).isEmpty();
  }

  @Test
  void wellFormedParametersStillWork() {
    as("dispatcher")
        .get("/api/tickets?page=0&size=1&overdue=false&callbackDue=TRUE")
        .then()
        .statusCode(200);
    as("admin").get("/api/calendar?year=2026").then().statusCode(200);
    as("officer").get("/api/notifications?unread=true").then().statusCode(200);
    as("dispatcher").get("/api/tickets?page=&size=").then().statusCode(200);
  }
}
