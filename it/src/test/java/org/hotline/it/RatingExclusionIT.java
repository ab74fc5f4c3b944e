package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.RatingRequests.tasksOfTicket;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Excluding a rating (剔除, issue 15 review) withdraws what it set going, and a dissatisfied rater is
 * called once per matter: before, an excluded rating's rectification ticket stayed open, its
 * callback tasks stayed in the queue and the per-channel figures counted it; its rater got a
 * callback task at once and a re-visit later (two calls). Now: the ticket is closed with a {@code
 * RECTIFICATION_WITHDRAWN} history event saying why, every task of it is cancelled, the answer
 * leaves the per-channel and per-target figures; the rater's one call is the re-visit, opened when
 * the head reports, and its outcome records the re-visit.
 */
class RatingExclusionIT {

  @BeforeEach
  void generousLimits() {
    RatingLimits.generous();
  }

  @AfterEach
  void configuredLimits() {
    RatingLimits.configured();
  }

  /** A dissatisfied rating with a number of a new window of 城关派出所: {target name, rating}. */
  private static Map<String, Object> dissatisfiedRating(String comment) {
    String name = "城关派出所 剔除窗口 " + UUID.randomUUID().toString().substring(0, 8);
    String token = RatingRequests.newCode(name);
    RatingRequests.rate(
            token,
            "dev-" + UUID.randomUUID(),
            RatingRequests.dissatisfiedWithAttitude(comment, "138 0013 8000"))
        .then()
        .statusCode(201)
        .body("callbackExpected", equalTo(true));
    return Map.of("name", name, "rating", RatingRequests.ratingWithComment(comment));
  }

  @Test
  void excludingWithdrawsTheRectificationCancelsTheCallsAndCountsNowhere() {
    Map<String, Map<String, Object>> before = RatingAuthenticityIT.channels();
    String comment = "刷分不满意 " + UUID.randomUUID();
    Map<String, Object> made = dissatisfiedRating(comment);
    @SuppressWarnings("unchecked")
    Map<String, Object> rating = (Map<String, Object>) made.get("rating");
    long ratingId = ((Number) rating.get("id")).longValue();
    long ticket = RatingRequests.ticketOf(rating);
    assertThat(RatingAuthenticityIT.count(RatingAuthenticityIT.channels(), "QR", "answers"))
        .isEqualTo(RatingAuthenticityIT.count(before, "QR", "answers") + 1);
    as("chief").get("/api/tickets/" + ticket).then().body("status", equalTo("RECTIFYING"));
    // one call per matter: nobody is to call the rater before the rectification is reported
    assertThat(tasksOfTicket(ticket)).noneMatch(t -> "OPEN".equals(t.get("status")));

    // the supervisor sees the rating before excluding it (answers, comment, linked ticket)
    JsonPath seen =
        as("director").get("/api/ratings/" + ratingId).then().statusCode(200).extract().jsonPath();
    assertThat(seen.getString("comment")).isEqualTo(comment);
    assertThat(seen.getLong("ticketId")).isEqualTo(ticket);
    assertThat(seen.getString("attitude")).isEqualTo("DISSATISFIED");

    // refused: a reason code not on the list, OTHER without a note — nothing changes
    as("director")
        .body(Map.of("reasonCode", "NOPE", "reason", "x"))
        .post("/api/ratings/" + ratingId + "/exclude")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reasonCode"));
    as("director")
        .body(Map.of("reasonCode", "OTHER"))
        .post("/api/ratings/" + ratingId + "/exclude")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"))
        .body("errors[0].reason", equalTo("REQUIRED"));
    as("chief").get("/api/tickets/" + ticket).then().body("status", equalTo("RECTIFYING"));

    as("director")
        .body(Map.of("reasonCode", "BURST", "reason", "同一设备集中刷分"))
        .post("/api/ratings/" + ratingId + "/exclude")
        .then()
        .statusCode(200)
        .body("excluded", equalTo(true))
        .body("history[0].reasonCode", equalTo("BURST"))
        .body("history[0].note", equalTo("同一设备集中刷分"));

    // the rectification is withdrawn, with why, and leaves the chief's desk
    JsonPath t =
        as("dispatcher").get("/api/tickets/" + ticket).then().statusCode(200).extract().jsonPath();
    assertThat(t.getString("status")).isEqualTo("CLOSED");
    List<Map<String, Object>> history =
        as("dispatcher")
            .get("/api/tickets/" + ticket + "/history")
            .then()
            .extract()
            .jsonPath()
            .getList("$");
    Map<String, Object> withdrawn = history.get(history.size() - 1);
    assertThat(withdrawn.get("action")).isEqualTo("RECTIFICATION_WITHDRAWN");
    assertThat((String) withdrawn.get("note")).contains("集中刷分").contains("同一设备集中刷分");
    assertThat(
            as("chief")
                .get("/api/desk/chief")
                .then()
                .extract()
                .jsonPath()
                .getList("rectifying.id", Long.class))
        .doesNotContain(ticket);
    // no call was open: the rating's ticket gets no direct-answer task since the callback review of
    // 2026-11-30 (the system-finished task counted as a call with no unit); whatever task there is,
    // is cancelled
    assertThat(tasksOfTicket(ticket)).allMatch(task -> "CANCELLED".equals(task.get("status")));
    // the head can no longer report on it
    RectificationAndSlipsIT.reported("chief", ticket, Map.of("report", "已整改")).statusCode(409);

    // counted nowhere: the per-channel figures and the target's counted rate leave it out
    assertThat(RatingAuthenticityIT.count(RatingAuthenticityIT.channels(), "QR", "answers"))
        .isEqualTo(RatingAuthenticityIT.count(before, "QR", "answers"));
    Map<String, Object> row = RatingAuthenticityIT.statisticsRow((String) made.get("name"));
    assertThat(row.get("excluded")).isEqualTo(1);
    assertThat(row.get("countedSatisfiedRate")).isNull();

    // again: 409, and the old body ({"reason"} only) still works on another rating
    as("director")
        .body(Map.of("reasonCode", "BURST", "reason", "again"))
        .post("/api/ratings/" + ratingId + "/exclude")
        .then()
        .statusCode(409)
        .body("code", equalTo("RATING_ALREADY_EXCLUDED"));
  }

  @Test
  void theRaterIsCalledOnceForTheRevisitAndThatCallRecordsIt() {
    String comment = "一次回访 " + UUID.randomUUID();
    @SuppressWarnings("unchecked")
    Map<String, Object> rating = (Map<String, Object>) dissatisfiedRating(comment).get("rating");
    long ticket = RatingRequests.ticketOf(rating);
    assertThat(tasksOfTicket(ticket)).noneMatch(t -> "OPEN".equals(t.get("status")));

    RectificationAndSlipsIT.reported("chief", ticket, Map.of("report", "所长约谈窗口民警，当面致歉"))
        .statusCode(200)
        .body("status", equalTo("REVISITING"));
    List<Map<String, Object>> open =
        tasksOfTicket(ticket).stream().filter(t -> "OPEN".equals(t.get("status"))).toList();
    assertThat(open).hasSize(1);
    assertThat(open.get(0).get("reasonCode")).isEqualTo("RATING_DISSATISFIED");
    long task = ((Number) open.get(0).get("id")).longValue();

    // the agent's outcome on the task is the re-visit: the ticket closes with it, the task is done
    as("callback")
        .body(Map.of("result", "SATISFIED", "note", "群众对整改满意"))
        .post("/api/callbacks/" + task + "/outcome")
        .then()
        .statusCode(200);
    as("dispatcher")
        .get("/api/tickets/" + ticket)
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("rectification.revisitResult", equalTo("SATISFIED"));
    assertThat(tasksOfTicket(ticket))
        .filteredOn(t -> "RATING_DISSATISFIED".equals(t.get("reasonCode")))
        .singleElement()
        .satisfies(t -> assertThat(t.get("status")).isEqualTo("DONE"));
    assertThat(tasksOfTicket(ticket)).noneMatch(t -> "OPEN".equals(t.get("status")));
  }

  @Test
  void aRevisitRecordedOnTheTicketFinishesTheCallTask() {
    String comment = "复访结束任务 " + UUID.randomUUID();
    @SuppressWarnings("unchecked")
    Map<String, Object> rating = (Map<String, Object>) dissatisfiedRating(comment).get("rating");
    long ticket = RatingRequests.ticketOf(rating);
    RectificationAndSlipsIT.reported("chief", ticket, Map.of("report", "已整改")).statusCode(200);
    RectificationAndSlipsIT.revisited(
            ticket, Map.of("result", "BASICALLY_SATISFIED", "note", "基本满意"))
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
    assertThat(tasksOfTicket(ticket)).noneMatch(t -> "OPEN".equals(t.get("status")));
  }

  /** The count of one series in the current month of a trend by category (0 when absent). */
  private static long trendCount(String month, String category) {
    return as("leader")
        .get("/api/analysis/trends?from=" + month + "&to=" + month + "&by=category")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .<Map<String, Object>>getList("series")
        .stream()
        .filter(x -> category.equals(x.get("code")))
        .mapToLong(x -> ((Number) ((List<?>) x.get("counts")).get(0)).longValue())
        .sum();
  }

  /** The count of one area × category cell of the month's hotspots (0 when absent). */
  private static long hotspotCount(String month, String area, String category) {
    return as("leader")
        .get("/api/analysis/hotspots?from=" + month + "&to=" + month)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .<Map<String, Object>>getList("cells")
        .stream()
        .filter(c -> area.equals(c.get("code")) && category.equals(c.get("secondCode")))
        .mapToLong(c -> ((Number) c.get("count")).longValue())
        .sum();
  }

  /** The month's dissatisfied first callbacks (analysis of reasons). */
  private static long dissatisfiedCount(String month) {
    return as("leader")
        .get("/api/analysis/dissatisfaction?from=" + month + "&to=" + month)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("dissatisfied[0]");
  }

  /** Whether the ticket list behind the analysis' counts (tickets.html's filters) holds it. */
  private static boolean inDrillDown(long ticket, String month, String area, String category) {
    java.time.YearMonth m = java.time.YearMonth.parse(month);
    return as("leader")
        .queryParam("from", m.atDay(1).toString())
        .queryParam("to", m.atEndOfMonth().toString())
        .queryParam("merged", "false")
        .queryParam("area", area)
        .queryParam("category", category)
        .queryParam("size", 200)
        .get("/api/tickets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", Long.class)
        .contains(ticket);
  }

  @Test
  void anExcludedRatingsTicketLeavesTheTrendsHotspotsDissatisfactionAndTheirTicketList() {
    String comment = "剔除出分析 " + UUID.randomUUID();
    @SuppressWarnings("unchecked")
    Map<String, Object> rating = (Map<String, Object>) dissatisfiedRating(comment).get("rating");
    long ratingId = ((Number) rating.get("id")).longValue();
    long ticket = RatingRequests.ticketOf(rating);
    JsonPath t =
        as("dispatcher").get("/api/tickets/" + ticket).then().statusCode(200).extract().jsonPath();
    String category = t.getString("categoryCode");
    String area = t.getString("areaCode");
    String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    // the rating views send Asia/Shanghai times like every other view (not UTC "…Z")
    assertThat((String) rating.get("ratedAt")).endsWith("+08:00");
    assertThat(
            as("director")
                .get("/api/ratings/" + ratingId)
                .then()
                .extract()
                .jsonPath()
                .getString("ratedAt"))
        .endsWith("+08:00");
    long trend = trendCount(month, category);
    long hotspot = hotspotCount(month, area, category);
    long dissatisfied = dissatisfiedCount(month);
    assertThat(trend).isPositive();
    assertThat(hotspot).isPositive();
    assertThat(inDrillDown(ticket, month, area, category)).isTrue();

    as("director")
        .body(Map.of("reasonCode", "NO_SERVICE", "reason", "无服务事实"))
        .post("/api/ratings/" + ratingId + "/exclude")
        .then()
        .statusCode(200);

    // the ticket keeps its history but counts nowhere: trend, hotspot, dissatisfaction, list
    assertThat(trendCount(month, category)).isEqualTo(trend - 1);
    assertThat(hotspotCount(month, area, category)).isEqualTo(hotspot - 1);
    assertThat(dissatisfiedCount(month)).isEqualTo(dissatisfied - 1);
    assertThat(inDrillDown(ticket, month, area, category)).isFalse();
    // still found by itself and in the full list (merged=null keeps every ticket)
    as("dispatcher").get("/api/tickets/" + ticket).then().statusCode(200);
  }

  @Test
  void anExcludedRatingWhoseRectificationWasClosedLeavesTheCountsToo() {
    String comment = "已复访后剔除 " + UUID.randomUUID();
    @SuppressWarnings("unchecked")
    Map<String, Object> rating = (Map<String, Object>) dissatisfiedRating(comment).get("rating");
    long ratingId = ((Number) rating.get("id")).longValue();
    long ticket = RatingRequests.ticketOf(rating);
    RectificationAndSlipsIT.reported("chief", ticket, Map.of("report", "已整改")).statusCode(200);
    RectificationAndSlipsIT.revisited(ticket, Map.of("result", "SATISFIED", "note", "满意"))
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
    JsonPath t =
        as("dispatcher").get("/api/tickets/" + ticket).then().statusCode(200).extract().jsonPath();
    String category = t.getString("categoryCode");
    String area = t.getString("areaCode");
    String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    long trend = trendCount(month, category);
    long hotspot = hotspotCount(month, area, category);

    as("director")
        .body(Map.of("reasonCode", "FAVOUR", "reason", "人情分"))
        .post("/api/ratings/" + ratingId + "/exclude")
        .then()
        .statusCode(200);

    // closed before: its history stays as it happened (CLOSED, no withdrawal), its counts go
    as("dispatcher").get("/api/tickets/" + ticket).then().body("status", equalTo("CLOSED"));
    assertThat(trendCount(month, category)).isEqualTo(trend - 1);
    assertThat(hotspotCount(month, area, category)).isEqualTo(hotspot - 1);
    assertThat(inDrillDown(ticket, month, area, category)).isFalse();
    // nor is it a handled dissatisfaction of the target's statistics any more
    Map<String, Object> row = RatingAuthenticityIT.statisticsRow((String) rating.get("targetName"));
    assertThat(row.get("dissatisfiedHandled")).isEqualTo(0);
  }
}
