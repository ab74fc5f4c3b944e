package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.RatingRequests.tasksOfTicket;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
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
 * Review of issues 14/15 (he-16): a sub-centre agent's (分中心) scope holds on every path, and what
 * excluding a rating (剔除) undoes. Before: {@code callback-suburb} read the county-wide analysis
 * (JSON) while its PDF was 403, read another sub-centre's rating by id, imported service records
 * for another sub-centre's units, and got 200 with empty lists for {@code unit=} of another
 * sub-centre on four month-wide lists; an exclusion left the ticket's slip proposal standing and
 * turned a DONE callback task (a real call) into CANCELLED.
 */
class SubCentreScopeReviewIT {

  private static final String MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

  @BeforeEach
  void generousLimits() {
    RatingLimits.generous();
  }

  @AfterEach
  void configuredLimits() {
    RatingLimits.configured();
  }

  @Test
  void theAnalysisJsonAndPdfAllowTheSameRoles() {
    String span = "?from=" + MONTH + "&to=" + MONTH;
    List<String> paths =
        List.of(
            "/api/analysis/trends",
            "/api/analysis/hotspots",
            "/api/analysis/dissatisfaction",
            "/api/analysis/praise",
            "/api/analysis/dissatisfaction.pdf");
    for (String path : paths) {
      for (String refused : List.of("callback-suburb", "callback", "officer", "agency")) {
        as(refused).get(path + span).then().statusCode(403);
      }
      for (String allowed : List.of("leader", "director", "admin", "dispatcher", "chief")) {
        as(allowed).get(path + span).then().statusCode(200);
      }
    }
    // a chief stays within the own unit
    List<String> units =
        as("chief")
            .get("/api/analysis/praise" + span)
            .then()
            .extract()
            .jsonPath()
            .getList("units.unitCode");
    assertThat(units).allMatch("PS-CHENGGUAN"::equals);
  }

  @Test
  void monthWideListsRefuseAnotherSubCentresUnitNamingIt() {
    List<String> paths =
        List.of(
            "/api/callback-figures",
            "/api/praise",
            "/api/problem-tags/counts",
            "/api/sms/statistics",
            "/api/ratings",
            "/api/ratings/statistics",
            "/api/ratings/flags");
    for (String path : paths) {
      as("callback-suburb")
          .queryParam("month", MONTH)
          .queryParam("unit", "PS-CHENGGUAN")
          .get(path)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("unit"))
          .body("errors[0].reason", equalTo("OTHER_UNIT"))
          .body("errors[0].message", equalTo("单位“城关派出所”不属于本分中心。"));
      as("callback-suburb")
          .header("Accept-Language", "en")
          .queryParam("month", MONTH)
          .queryParam("unit", "PS-CHENGGUAN")
          .get(path)
          .then()
          .statusCode(400)
          .body("errors[0].reason", equalTo("OTHER_UNIT"))
          .body("errors[0].message", org.hamcrest.Matchers.containsString("城关派出所"));
      // its own unit and the city level: answered
      as("callback-suburb")
          .queryParam("month", MONTH)
          .queryParam("unit", "PS-KAIFAQU")
          .get(path)
          .then()
          .statusCode(200);
      as("callback")
          .queryParam("month", MONTH)
          .queryParam("unit", "PS-CHENGGUAN")
          .get(path)
          .then()
          .statusCode(200);
    }
    // the unit filter filters: 开发区's figures name no other unit
    List<String> keys =
        as("callback")
            .queryParam("month", MONTH)
            .queryParam("unit", "PS-KAIFAQU")
            .get("/api/callback-figures")
            .jsonPath()
            .getList("key");
    assertThat(keys).allMatch("PS-KAIFAQU"::equals);
  }

  @Test
  void singleItemsOfAnotherSubCentreAreNotFound() {
    String comment = "分中心范围 " + UUID.randomUUID();
    String token = RatingRequests.newCode("城关派出所 分中心范围窗口 " + UUID.randomUUID());
    RatingRequests.rate(token, "dev-" + UUID.randomUUID(), RatingRequests.satisfied(comment))
        .then()
        .statusCode(201);
    Map<String, Object> rating = RatingRequests.ratingWithComment(comment);
    long id = ((Number) rating.get("id")).longValue();
    long target = ((Number) rating.get("targetId")).longValue();

    as("callback").get("/api/ratings/" + id).then().statusCode(200);
    as("callback-city").get("/api/ratings/" + id).then().statusCode(200);
    as("callback-suburb").get("/api/ratings/" + id).then().statusCode(404);
    as("callback-suburb").get("/api/rating-targets/" + target).then().statusCode(404);
    as("callback").get("/api/rating-targets/" + target).then().statusCode(200);
    assertThat(
            as("callback-suburb")
                .get("/api/rating-targets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("unitCode", String.class))
        .doesNotContain("PS-CHENGGUAN");

    long record = RatingRequests.serviceRecord();
    as("callback-suburb").get("/api/sms/surveys?serviceRecordId=" + record).then().statusCode(404);
  }

  @Test
  void aSubCentreImportsOnlyItsOwnUnitsRecords() {
    String source = "JJ110-SC-" + UUID.randomUUID().toString().substring(0, 8);
    JsonPath json =
        as("callback-suburb")
            .body(
                List.of(record(source, "A-1", "PS-CHENGGUAN"), record(source, "A-2", "PS-KAIFAQU")))
            .post("/api/service-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(json.getList("results.status")).containsExactly("REFUSED", "CREATED");
    assertThat(json.getString("results[0].errors[0].field")).isEqualTo("unitCode");
    assertThat(json.getString("results[0].errors[0].reason")).isEqualTo("OTHER_UNIT");
    assertThat(json.getString("results[0].errors[0].message")).contains("城关派出所");
    assertThat(json.getInt("created")).isEqualTo(1);

    String csv =
        "sourceSystem,externalId,kind,occurredAt,citizenPhone,officerBadge,unitCode,summary\n"
            + source
            + ",B-1,INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,,PS-CHENGGUAN,城关的记录\n"
            + source
            + ",B-2,INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,,PS-KAIFAQU,开发区的记录\n";
    JsonPath file =
        as("callback-suburb")
            .contentType("text/csv")
            .body(csv.getBytes(StandardCharsets.UTF_8))
            .post("/api/service-records/upload")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(file.getList("results.status")).containsExactly("REFUSED", "CREATED");
    assertThat(file.getString("results[0].errors[0].reason")).isEqualTo("OTHER_UNIT");

    // the refused records were not stored: the city centre imports them as new
    JsonPath city =
        as("callback")
            .body(List.of(record(source, "A-1", "PS-CHENGGUAN")))
            .post("/api/service-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(city.getList("results.status")).containsExactly("CREATED");
  }

  @Test
  void excludingARatingWithdrawsItsSlipProposalAndKeepsTheCallMade() {
    String comment = "督办建议剔除 " + UUID.randomUUID();
    String token = RatingRequests.newCode("城关派出所 督办剔除窗口 " + UUID.randomUUID());
    RatingRequests.rate(
            token,
            "dev-" + UUID.randomUUID(),
            RatingRequests.dissatisfiedWithAttitude(comment, "138 0013 8001"))
        .then()
        .statusCode(201);
    Map<String, Object> rating = RatingRequests.ratingWithComment(comment);
    long ratingId = ((Number) rating.get("id")).longValue();
    long ticket = RatingRequests.ticketOf(rating);
    RectificationAndSlipsIT.reported("chief", ticket, Map.of("report", "已整改")).statusCode(200);
    RectificationAndSlipsIT.revisited(ticket, Map.of("result", "DISSATISFIED", "note", "仍不满意"))
        .statusCode(200)
        .body("slipProposed", equalTo(true));
    List<Map<String, Object>> done = tasksOfTicket(ticket);
    assertThat(done).anyMatch(t -> "DONE".equals(t.get("status")));
    assertThat(proposed()).contains(ticket);

    as("director")
        .body(Map.of("reasonCode", "BURST", "reason", "同一设备集中刷分"))
        .post("/api/ratings/" + ratingId + "/exclude")
        .then()
        .statusCode(200);

    as("director")
        .get("/api/tickets/" + ticket)
        .then()
        .statusCode(200)
        .body("slipProposed", equalTo(false));
    assertThat(proposed()).doesNotContain(ticket);
    List<Map<String, Object>> history =
        as("dispatcher").get("/api/tickets/" + ticket + "/history").jsonPath().getList("$");
    Map<String, Object> last = history.get(history.size() - 1);
    assertThat(last.get("action")).isEqualTo("SLIP_PROPOSAL_WITHDRAWN");
    assertThat((String) last.get("note")).contains("同一设备集中刷分");
    // the call that was made stays on record; only open tasks are cancelled
    List<Map<String, Object>> after = tasksOfTicket(ticket);
    for (Map<String, Object> before : done) {
      if ("DONE".equals(before.get("status"))) {
        assertThat(after)
            .anyMatch(t -> t.get("id").equals(before.get("id")) && "DONE".equals(t.get("status")));
      }
    }
    assertThat(after).noneMatch(t -> "OPEN".equals(t.get("status")));
    // the directors are told the proposal is withdrawn
    List<Map<String, Object>> notes =
        as("director").get("/api/notifications").then().extract().jsonPath().getList("$");
    assertThat(notes)
        .anyMatch(
            n ->
                n.get("ticketId") != null
                    && ((Number) n.get("ticketId")).longValue() == ticket
                    && String.valueOf(n.get("title")).contains("撤回"));
  }

  private static List<Long> proposed() {
    return as("director")
        .get("/api/tickets?slipProposed=true&size=100")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", Long.class);
  }

  private static Map<String, Object> record(String source, String externalId, String unit) {
    Map<String, Object> r = new HashMap<>();
    r.put("sourceSystem", source);
    r.put("externalId", externalId);
    r.put("kind", "INCIDENT_110");
    r.put("occurredAt", OffsetDateTime.now().minusHours(2).toString());
    r.put("citizenPhone", "139-1234-5678");
    r.put("unitCode", unit);
    r.put("summary", "分中心导入范围");
    return r;
  }
}
