package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The callback centre's third review (issue 14, 2026-11-30): a claim follows the right to work the
 * task; system-closed callbacks count in no figure; the month-wide lists keep a sub-centre agent to
 * its units; identifiers refuse invisible characters on every path; reversed and signed ranges,
 * months before the system and the centre's own units are refused.
 */
class CallbackReviewIT {

  private static final String MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

  @BeforeEach
  void generousLimits() {
    RatingLimits.generous();
  }

  @AfterEach
  void restore() {
    RatingLimits.configured();
    as("admin")
        .body(Map.of("agents", List.of("callback-suburb")))
        .put("/api/sub-centres/SC-SUBURB")
        .then()
        .statusCode(200);
    as("admin")
        .body(Map.of("agents", List.of("callback-city")))
        .put("/api/sub-centres/SC-CITY")
        .then()
        .statusCode(200);
  }

  private static Map<String, Object> task(String user, long id) {
    return as(user).get("/api/callbacks/" + id).then().statusCode(200).extract().jsonPath().get();
  }

  @Test
  void anAgentMovedToAnotherSubCentreLosesTheClaimAndTheTaskGoesBackToTheQueue() {
    long ticket = CallbackTasksIT.closedAtDongguan("东关 领取后调岗 " + UUID.randomUUID());
    long id = CallbackTasksIT.taskOf("callback-city", ticket).getLong("id");
    as("callback-city").post("/api/callbacks/" + id + "/claim").then().statusCode(200);
    // the city centre's agent cannot take it while callback-city works it
    as("callback").post("/api/callbacks/" + id + "/claim").then().statusCode(409);

    // callback-city moves from SC-CITY to SC-SUBURB (which does not serve 东关)
    as("admin")
        .body(Map.of("agents", List.of()))
        .put("/api/sub-centres/SC-CITY")
        .then()
        .statusCode(200);
    as("admin")
        .body(Map.of("agents", List.of("callback-suburb", "callback-city")))
        .put("/api/sub-centres/SC-SUBURB")
        .then()
        .statusCode(200);

    Map<String, Object> released = task("callback", id);
    assertThat(released.get("assignee")).as("back in the queue").isNull();
    List<Map<String, Object>> releases = (List<Map<String, Object>>) released.get("releases");
    assertThat(releases).hasSize(1);
    assertThat(releases.get(0))
        .containsEntry("from", "callback-city")
        .containsEntry("reason", "OUT_OF_SCOPE")
        .containsEntry("by", "admin");
    // another agent takes it now
    as("callback").post("/api/callbacks/" + id + "/claim").then().statusCode(200);
    assertThat(task("callback", id).get("assignee")).isEqualTo("callback");
  }

  @Test
  void aUnitMovedToAnotherSubCentreTakesBackTheClaimsOfTheOldOne() {
    long ticket = CallbackTasksIT.closedAtDongguan("东关 单位改划 " + UUID.randomUUID());
    long id = CallbackTasksIT.taskOf("callback-city", ticket).getLong("id");
    as("callback-city").post("/api/callbacks/" + id + "/claim").then().statusCode(200);
    List<String> cityUnits =
        as("admin")
            .get("/api/sub-centres")
            .jsonPath()
            .getList("find { it.code == 'SC-CITY' }.units");
    List<String> suburbUnits =
        as("admin")
            .get("/api/sub-centres")
            .jsonPath()
            .getList("find { it.code == 'SC-SUBURB' }.units");
    try {
      List<String> without = new java.util.ArrayList<>(cityUnits);
      without.remove("PS-DONGGUAN");
      List<String> with = new java.util.ArrayList<>(suburbUnits);
      with.add("PS-DONGGUAN");
      as("admin")
          .body(Map.of("units", without))
          .put("/api/sub-centres/SC-CITY")
          .then()
          .statusCode(200);
      as("admin")
          .body(Map.of("units", with))
          .put("/api/sub-centres/SC-SUBURB")
          .then()
          .statusCode(200);
      Map<String, Object> released = task("callback-suburb", id);
      assertThat(released.get("assignee")).isNull();
      as("callback-suburb").post("/api/callbacks/" + id + "/claim").then().statusCode(200);
    } finally {
      as("admin")
          .body(Map.of("units", suburbUnits))
          .put("/api/sub-centres/SC-SUBURB")
          .then()
          .statusCode(200);
      as("admin")
          .body(Map.of("units", cityUnits))
          .put("/api/sub-centres/SC-CITY")
          .then()
          .statusCode(200);
    }
  }

  private static long figureTotal(String user, String field) {
    List<Number> values =
        as(user)
            .queryParam("month", MONTH)
            .get("/api/callback-figures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList(field, Number.class);
    return values.stream().mapToLong(Number::longValue).sum();
  }

  @Test
  void aDissatisfiedQrRatingIsNoCallInTheFigures() {
    long done = figureTotal("leader", "done");
    long dissatisfied = figureTotal("leader", "dissatisfied");
    String token = RatingRequests.newCode("城关派出所 复核统计 IT-" + UUID.randomUUID());
    String comment = "态度差 不算回访 " + UUID.randomUUID();
    RatingRequests.rate(
            token,
            "dev-" + UUID.randomUUID(),
            RatingRequests.dissatisfiedWithAttitude(comment, "138 0013 8001"))
        .then()
        .statusCode(201);
    Long ticketId = RatingRequests.ticketOf(RatingRequests.ratingWithComment(comment));
    assertThat(ticketId).isNotNull();
    assertThat(figureTotal("leader", "done")).as("no call was made").isEqualTo(done);
    assertThat(figureTotal("leader", "dissatisfied")).isEqualTo(dissatisfied);
    JsonPath all =
        as("leader")
            .queryParam("month", MONTH)
            .get("/api/callback-figures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(all.getList("key")).as("every call counts with its unit").doesNotContainNull();
    // no task of the rating's ticket was counted as done
    List<Map<String, Object>> tasks =
        as("leader")
            .queryParam("status", "DONE")
            .queryParam("reason", "DIRECT_ANSWER")
            .queryParam("size", 100)
            .get("/api/callbacks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(tasks).noneMatch(t -> ticketId.equals(((Number) t.get("ticketId")).longValue()));
  }

  private static String dongguanBadge() {
    return as("callback")
        .queryParam("unit", "PS-DONGGUAN")
        .get("/api/officers")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("[0].badgeNumber");
  }

  @Test
  void theMonthWideListsShowASubCentreAgentItsOwnUnitsOnly() {
    // something of each sub-centre this month: a SC-CITY (东关) and a SC-SUBURB-less (城关) callback
    long ticket = CallbackTasksIT.closedAtDongguan("东关 统计范围 " + UUID.randomUUID());
    long id = CallbackTasksIT.taskOf("callback-city", ticket).getLong("id");
    as("callback-city")
        .body(Map.of("result", "SATISFIED", "praiseOfficer", dongguanBadge()))
        .post("/api/callbacks/" + id + "/outcome")
        .then()
        .statusCode(200);
    List<String> city =
        as("admin")
            .get("/api/sub-centres")
            .jsonPath()
            .getList("find { it.code == 'SC-CITY' }.units");
    List<String> suburb =
        as("admin")
            .get("/api/sub-centres")
            .jsonPath()
            .getList("find { it.code == 'SC-SUBURB' }.units");

    List<String> leaderKeys =
        as("leader")
            .queryParam("month", MONTH)
            .get("/api/callback-figures")
            .jsonPath()
            .getList("key");
    assertThat(leaderKeys).as("the city level sees all").contains("PS-DONGGUAN");

    List<String> suburbKeys =
        as("callback-suburb")
            .queryParam("month", MONTH)
            .get("/api/callback-figures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("key");
    assertThat(suburbKeys).doesNotContain("PS-DONGGUAN").allMatch(suburb::contains);
    List<String> cityKeys =
        as("callback-city")
            .queryParam("month", MONTH)
            .get("/api/callback-figures")
            .jsonPath()
            .getList("key");
    assertThat(cityKeys).contains("PS-DONGGUAN").allMatch(city::contains);
    assertThat(
            as("callback-suburb")
                .queryParam("month", MONTH)
                .queryParam("by", "subCentre")
                .get("/api/callback-figures")
                .jsonPath()
                .getList("key"))
        .allMatch("SC-SUBURB"::equals);

    List<String> praiseUnits =
        as("callback-suburb")
            .queryParam("month", MONTH)
            .get("/api/praise")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("unitCode");
    assertThat(praiseUnits).doesNotContain("PS-DONGGUAN");
    assertThat(
            as("leader")
                .queryParam("month", MONTH)
                .get("/api/praise")
                .jsonPath()
                .getList("unitCode"))
        .contains("PS-DONGGUAN");

    List<String> smsUnits =
        as("callback-suburb")
            .queryParam("month", MONTH)
            .get("/api/sms/statistics")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("units.unitCode");
    assertThat(smsUnits).allMatch(suburb::contains);

    List<String> ratingUnits =
        as("callback-suburb")
            .queryParam("month", MONTH)
            .get("/api/ratings/statistics")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("unitCode");
    assertThat(ratingUnits).allMatch(suburb::contains);
    as("callback-suburb")
        .queryParam("month", MONTH)
        .queryParam("unit", "PS-CHENGGUAN")
        .get("/api/ratings")
        .then()
        .statusCode(400)
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("OTHER_UNIT"));
  }

  private static Map<String, Object> record(String source, String externalId) {
    Map<String, Object> r = new HashMap<>();
    r.put("sourceSystem", source);
    r.put("externalId", externalId);
    r.put("kind", "INCIDENT_110");
    r.put("occurredAt", "2026-11-20T09:30:00+08:00");
    r.put("citizenPhone", "139-1234-5678");
    r.put("unitCode", "PS-CHENGGUAN");
    return r;
  }

  @Test
  void identifiersRefuseInvisibleCharactersOnEveryPath() {
    String source = "JJ110-" + UUID.randomUUID().toString().substring(0, 8);
    JsonPath json =
        as("callback")
            .body(
                List.of(
                    record(source, "ZW\u200B-1"),
                    record(source, "\uFEFFBOM-1"),
                    record(source + "\u2060", "WJ-1"),
                    record(source, "OK-1")))
            .post("/api/service-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(json.getList("results.status"))
        .containsExactly("REFUSED", "REFUSED", "REFUSED", "CREATED");
    assertThat(json.getString("results[0].errors[0].reason")).isEqualTo("INVALID_CHARACTER");
    assertThat(json.getString("results[2].errors[0].field")).isEqualTo("sourceSystem");

    String csv =
        "sourceSystem,externalId,kind,occurredAt,citizenPhone,unitCode\n"
            + source
            + ",\u202ERTL-1,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\n"
            + source
            + ",ZW-2\u200B,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\n"
            + source
            + ", OK-2 ,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\n";
    JsonPath file =
        as("callback")
            .contentType("text/csv")
            .body(csv.getBytes(StandardCharsets.UTF_8))
            .post("/api/service-records/upload")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(file.getList("results.status")).containsExactly("REFUSED", "REFUSED", "CREATED");
    assertThat(file.getString("results[0].errors[0].reason")).isEqualTo("INVALID_CHARACTER");
    assertThat(file.getString("results[1].errors[0].reason")).isEqualTo("INVALID_CHARACTER");

    // not an XLSX although sent as one (an old .xls, an image): one error for the file
    byte[] garbage = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 1, 2, 3, 'a', ','};
    JsonPath bad =
        as("callback")
            .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .body(garbage)
            .post("/api/service-records/upload")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(bad.getList("errors.field")).containsExactly("file");

    // the admin's unlock: a leading blank or a bidi override in the name is refused, not trimmed
    as("admin")
        .post("/api/users/{username}/unlock", " operator")
        .then()
        .statusCode(400)
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("INVALID_CHARACTER"));
    as("admin")
        .post("/api/users/{username}/unlock", "\u202Eoperator")
        .then()
        .statusCode(400)
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("INVALID_CHARACTER"));
  }

  @Test
  void reversedAndSignedRangesMonthsBeforeTheSystemAndTheCentresOwnUnitsAreRefused() {
    as("dispatcher")
        .queryParam("from", "2026-11-10")
        .queryParam("to", "2026-11-01")
        .get("/api/tickets")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("to"))
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("REVERSED_RANGE"));
    as("dispatcher")
        .queryParam("from", "2026-11-01")
        .queryParam("to", "2026-11-01")
        .get("/api/tickets")
        .then()
        .statusCode(200);
    // a '+' left unencoded arrives as a blank (" 2026-01-01"): it was trimmed and accepted
    for (String query : List.of("from=+2026-01-01", "from=%2B2026-01-01", "to=2026-01-01%20")) {
      as("dispatcher")
          .urlEncodingEnabled(false)
          .get("/api/tickets?" + query)
          .then()
          .statusCode(400)
          .body(
              "errors[0].field",
              org.hamcrest.Matchers.equalTo(query.substring(0, query.indexOf('='))))
          .body("errors[0].reason", org.hamcrest.Matchers.equalTo("INVALID"));
    }
    for (String path :
        List.of(
            "/api/callback-figures",
            "/api/praise",
            "/api/ratings",
            "/api/ratings/statistics",
            "/api/problem-tags/counts",
            "/api/sms/statistics",
            "/api/rankings",
            "/api/analysis/trends")) {
      for (String month : List.of("+2026-01", "%2B2026-01", "%2B12026-01")) {
        String param = path.equals("/api/analysis/trends") ? "from" : "month";
        as("leader")
            .urlEncodingEnabled(false)
            .get(path + "?" + param + "=" + month)
            .then()
            .statusCode(400)
            .body("errors[0].field", org.hamcrest.Matchers.equalTo(param));
      }
    }
    as("leader")
        .body(Map.of("note", "CallbackReviewIT"))
        .post("/api/rankings/1999-01/publications")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("month"))
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("BEFORE_START"));
    as("admin")
        .body(Map.of("units", List.of("RXZX")))
        .put("/api/sub-centres/SC-SUBURB")
        .then()
        .statusCode(400)
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("NOT_HANDLING_UNIT"));
    as("admin")
        .body(
            Map.of(
                "code",
                "SC-GA-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(),
                "name",
                "局本级",
                "units",
                List.of("GA")))
        .post("/api/sub-centres")
        .then()
        .statusCode(400)
        .body("errors[0].reason", org.hamcrest.Matchers.equalTo("NOT_HANDLING_UNIT"));
  }
}
