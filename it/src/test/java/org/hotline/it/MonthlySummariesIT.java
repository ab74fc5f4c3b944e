package org.hotline.it;

import static org.hotline.it.ItServer.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The monthly summaries behind the callback figures, the tag counts and the SMS statistics (issue
 * 14): after every kind of change (surveys queued, sent, delivered, answered; service-record tasks
 * finished dissatisfied with tags and unreachable after three tries; ticket tasks finished through
 * the callback centre with praise and with tags, then rectified) the figures the API serves equal
 * the figures computed from the raw rows with plain SQL ({@code /api/testing/figures/raw}), and
 * they moved by exactly what was done.
 */
class MonthlySummariesIT {

  private static final String MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String UNIT = "PS-CHENGGUAN";
  private static final String BADGE = "003001";

  @Test
  void summariesEqualTheRawRowsAndMoveByWhatWasDone() {
    Map<String, List<List<String>>> before = consistentFigures();

    // three service records of 城关派出所 served by officer 003001: surveyed by SMS
    String run = Long.toString(System.nanoTime(), 36);
    String[] phones = {mobile(), mobile(), mobile()};
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Map<String, Object> r = new HashMap<>();
      r.put("sourceSystem", "SUMMARY-IT");
      r.put("externalId", run + "-" + i);
      r.put("kind", "INCIDENT_110");
      r.put("occurredAt", OffsetDateTime.now().minusHours(2).toString());
      r.put("citizenPhone", phones[i]);
      r.put("officerBadge", BADGE);
      r.put("unitCode", UNIT);
      r.put("summary", "汇总测试接处警 " + run + " " + i);
      records.add(r);
    }
    JsonPath created =
        as("callback")
            .body(records)
            .post("/api/service-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(3, created.getInt("created"));
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(created.getLong("results[" + i + "].id"));
    }
    for (long id : ids) {
      awaitSurvey(id, "DELIVERED");
    }
    reply("+86" + phones[0], "1");
    reply("+86" + phones[1], "3 不满意");
    reply("+86" + phones[2], "这是什么");
    long dissatisfiedTask = awaitTask(run + "-1");
    long garbledTask = awaitTask(run + "-2");

    // the dissatisfied citizen is called back: dissatisfied with two tags
    outcome(
        dissatisfiedTask,
        Map.of("result", "DISSATISFIED", "tags", List.of("ATTITUDE_POOR", "CONTACT_NONE")));
    // the garbled reply's citizen cannot be reached three times: final UNREACHABLE
    for (int i = 0; i < 3; i++) {
      outcome(garbledTask, Map.of("result", "UNREACHABLE"));
    }
    assertEquals("DONE", task(garbledTask).getString("status"));

    // two tickets of 城关派出所 closed: one satisfied with praise, one dissatisfied then rectified
    long praisedTicket = CallbackTasksIT.closed(Tickets.call("汇总测试：表扬 " + run));
    long rectifiedTicket = CallbackTasksIT.closed(Tickets.call("汇总测试：整改 " + run));
    outcome(
        CallbackTasksIT.taskOf("callback", praisedTicket).getLong("id"),
        Map.of("result", "SATISFIED", "praiseOfficer", BADGE));
    outcome(
        CallbackTasksIT.taskOf("callback", rectifiedTicket).getLong("id"),
        Map.of("result", "DISSATISFIED", "tags", List.of("ATTITUDE_POOR")));
    Tickets.act("chief", rectifiedTicket, "rectification-report", Map.of("report", "已当面道歉并整改"));

    Map<String, List<List<String>>> after = consistentFigures();

    // SMS: three surveys more for the unit, all sent, three answered: 1 satisfied, 1
    // dissatisfied, 1 unparseable (the closed tickets' callers are surveyed too: at least 3)
    List<Long> sms = delta(before, after, "sms", UNIT);
    assertTrue(sms.get(0) >= 3, "surveys " + sms);
    assertTrue(sms.get(1) >= 3, "sent " + sms);
    assertEquals(List.of(3L, 1L, 1L, 1L, 0L), sms.subList(2, 7), "answered … failed " + sms);
    // callbacks of the unit: 4 done, 1 satisfied, 2 dissatisfied (1 handled), 1 unreachable, 1
    // praised
    assertEquals(List.of(4L, 1L, 0L, 2L, 1L, 1L, 1L), delta(before, after, "unit", UNIT));
    // officer 003001: the two service records and the praise
    assertEquals(List.of(3L, 1L, 0L, 1L, 0L, 1L, 1L), delta(before, after, "officer", BADGE));
    // sub-centre SC-CITY serves 城关派出所
    assertEquals(List.of(4L, 1L, 0L, 2L, 1L, 1L, 1L), delta(before, after, "subCentre", "SC-CITY"));
    assertEquals(List.of(2L), delta(before, after, "tags", "ATTITUDE_POOR|" + UNIT));
    assertEquals(List.of(1L), delta(before, after, "tags", "CONTACT_NONE|" + UNIT));
  }

  @Test
  void aMalformedMonthIsRefusedAsBefore() {
    as("leader")
        .get("/api/callback-figures?month=2026-13")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("month"));
    as("leader").get("/api/sms/statistics?month=26-1").then().statusCode(400);
    as("leader").get("/api/problem-tags/counts?month=x").then().statusCode(400);
  }

  // --- the figures through the API and from the raw rows, in one shape

  /**
   * The API's figures of the month, after checking that they equal the raw rows' (read before and
   * after the API so that a change in between — the outbox works on its own — is retried).
   */
  private static Map<String, List<List<String>>> consistentFigures() {
    Instant giveUp = Instant.now().plus(WAIT);
    while (true) {
      Map<String, List<List<String>>> raw1 = raw();
      Map<String, List<List<String>>> api = api();
      Map<String, List<List<String>>> raw2 = raw();
      if (raw1.equals(raw2)) {
        assertEquals(raw1, api, "the summaries equal the raw rows");
        return api;
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("the figures never stood still");
      }
      sleep(500);
    }
  }

  private static Map<String, List<List<String>>> raw() {
    JsonPath raw =
        as("admin")
            .queryParam("month", MONTH)
            .get("/api/testing/figures/raw")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, List<List<String>>> out = new HashMap<>();
    for (String key : List.of("sms", "unit", "subCentre", "officer")) {
      List<List<Object>> rows = raw.getList(key);
      out.put(key, sorted(rows.stream().map(r -> r.stream().map(MonthlySummariesIT::s).toList())));
    }
    List<List<Object>> tags = raw.getList("tags");
    out.put(
        "tags",
        sorted(tags.stream().map(r -> List.of(s(r.get(0)) + "|" + s(r.get(1)), s(r.get(2))))));
    return out;
  }

  private static Map<String, List<List<String>>> api() {
    Map<String, List<List<String>>> out = new HashMap<>();
    List<Map<String, Object>> sms =
        as("leader")
            .get("/api/sms/statistics?month=" + MONTH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("units");
    out.put(
        "sms",
        sorted(
            sms.stream()
                .map(
                    r ->
                        fields(
                            r,
                            "unitCode",
                            "surveys",
                            "sent",
                            "answered",
                            "satisfied",
                            "dissatisfied",
                            "unparseable",
                            "failed"))));
    for (String by : List.of("unit", "subCentre", "officer")) {
      List<Map<String, Object>> rows =
          as("leader")
              .get("/api/callback-figures?month=" + MONTH + "&by=" + by)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("$");
      out.put(
          by,
          sorted(
              rows.stream()
                  .map(
                      r ->
                          fields(
                              r,
                              "key",
                              "done",
                              "satisfied",
                              "basicallySatisfied",
                              "dissatisfied",
                              "dissatisfiedHandled",
                              "unreachable",
                              "praised"))));
    }
    List<Map<String, Object>> tags =
        as("leader")
            .get("/api/problem-tags/counts?month=" + MONTH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    out.put(
        "tags",
        sorted(
            tags.stream()
                .map(
                    r ->
                        List.of(
                            s(r.get("tagCode")) + "|" + s(r.get("unitCode")), s(r.get("count"))))));
    return out;
  }

  private static List<String> fields(Map<String, Object> row, String... names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add(s(row.get(n)));
    }
    return out;
  }

  private static List<List<String>> sorted(java.util.stream.Stream<List<String>> rows) {
    return rows.sorted(Comparator.comparing(r -> r.get(0))).toList();
  }

  private static String s(Object o) {
    return o instanceof Number n ? Long.toString(n.longValue()) : Objects.toString(o);
  }

  /** The counts of the row {@code key} after minus before (a row absent counts 0). */
  private static List<Long> delta(
      Map<String, List<List<String>>> before,
      Map<String, List<List<String>>> after,
      String table,
      String key) {
    List<String> a = find(after.get(table), key);
    List<String> b = find(before.get(table), key);
    List<Long> d = new ArrayList<>();
    for (int i = 1; i < a.size(); i++) {
      d.add(Long.parseLong(a.get(i)) - (b == null ? 0 : Long.parseLong(b.get(i))));
    }
    return d;
  }

  private static List<String> find(List<List<String>> rows, String key) {
    return rows.stream().filter(r -> key.equals(r.get(0))).findFirst().orElse(null);
  }

  // --- driving the flow

  private static void outcome(long taskId, Map<String, Object> body) {
    as("callback").body(body).post("/api/callbacks/" + taskId + "/outcome").then().statusCode(200);
  }

  private static JsonPath task(long id) {
    return as("callback").get("/api/callbacks/" + id).then().statusCode(200).extract().jsonPath();
  }

  /** The open task of a service record, found by its external id with the queue's search. */
  private static long awaitTask(String externalId) {
    Instant giveUp = Instant.now().plus(WAIT);
    while (true) {
      List<Map<String, Object>> items =
          as("callback")
              .queryParam("q", externalId)
              .get("/api/callbacks")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items");
      if (items.size() == 1) {
        return ((Number) items.get(0).get("id")).longValue();
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("no task for " + externalId + ": " + items);
      }
      sleep(300);
    }
  }

  private static void awaitSurvey(long serviceRecordId, String status) {
    Instant giveUp = Instant.now().plus(WAIT);
    while (true) {
      List<Map<String, Object>> all =
          as("callback")
              .get("/api/sms/surveys?serviceRecordId=" + serviceRecordId)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("$");
      if (!all.isEmpty() && status.equals(all.get(0).get("status"))) {
        return;
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("survey of record " + serviceRecordId + ": " + all);
      }
      sleep(300);
    }
  }

  private static void reply(String from, String text) {
    as("admin")
        .body(Map.of("from", from, "text", text))
        .post("/api/testing/sms/replies")
        .then()
        .statusCode(200);
  }

  static String mobile() {
    return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
