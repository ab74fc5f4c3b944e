package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * 三率排名 in the running server: a month of tickets (June 2030, on the test clock, so that no other
 * test's tickets fall in it) handled on time, late, never, re-routed after a return, merged, called
 * back satisfied, dissatisfied (then rectified and re-visited) and unreachable, plus a direct
 * answer and a ticket due in July; the ranking is recomputed from the raw history by a plain loop
 * and compared with the API, then published, corrected, printed and drilled into.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RankingsIT {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String MONTH = "2030-06";
  static final List<Long> TICKETS = new ArrayList<>();
  static final Map<String, Long> NAMED = new HashMap<>();

  static OffsetDateTime at(String local) {
    return OffsetDateTime.parse(local + "+08:00");
  }

  /**
   * Moves the clock and waits until the job executor has worked off every timer then due, so that
   * the next action does not race the timers of its own ticket (that race is a 409 of its own).
   */
  static void clock(String local) {
    TestClock.at(at(local));
    for (int i = 0; i < 120; i++) {
      int due =
          as("admin")
              .get("/api/testing/jobs/due")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getInt("due");
      if (due == 0) {
        return;
      }
      TestClock.runDue();
    }
    throw new IllegalStateException("timers still due after the clock moved to " + local);
  }

  static long assigned(String name, String unit) {
    long id = Tickets.logged("排名测试 " + name + " 楼下噪音扰民");
    Tickets.act("dispatcher", id, "assign", Map.of("unitCode", unit));
    TICKETS.add(id);
    NAMED.put(name, id);
    return id;
  }

  static void closed(long id) {
    Tickets.act("dispatcher", id, "review", Map.of("approved", true));
  }

  static void callback(long id, String result) {
    Tickets.act(
        "callback",
        id,
        "callback",
        "DISSATISFIED".equals(result)
            ? Map.of("result", result, "reasons", List.of("推诿扯皮"), "note", "排名测试回访")
            : Map.of("result", result, "note", "排名测试回访"));
  }

  @BeforeAll
  static void aMonthOfTickets() {
    clock("2030-06-03T09:00:00");
    long t1 = assigned("t1", "PS-CHENGGUAN");
    long t2 = assigned("t2", "PS-CHENGGUAN");
    long t3 = assigned("t3", "PS-CHENGGUAN");
    long t4 = assigned("t4", "PS-CHENGGUAN");
    long t5 = assigned("t5", "PS-CHENGGUAN");
    long t8 = assigned("t8", "PS-CHENGGUAN");
    for (long id : List.of(t1, t2, t3, t4, t5, t8)) {
      Tickets.act("officer", id, "sign", null);
    }
    for (long id : List.of(t1, t2, t3, t8)) {
      Tickets.replied(id, "已到场处置，噪音已停止");
    }
    for (long id : List.of(t1, t2, t8)) {
      closed(id);
    }
    callback(t1, "SATISFIED");
    callback(t2, "DISSATISFIED");
    for (int i = 0; i < 3; i++) {
      callback(t8, "UNREACHABLE");
    }
    as("chief")
        .body(Map.of("report", "所长上门核实并致歉"))
        .post("/api/tickets/" + t2 + "/rectification-report")
        .then()
        .statusCode(200);
    as("callback")
        .body(Map.of("result", "SATISFIED", "note", "整改后满意"))
        .post("/api/tickets/" + t2 + "/revisit")
        .then()
        .statusCode(200);

    // t6: sent to the wrong station, returned in time, re-assigned: counts for 城关 only
    long t6 = assigned("t6", "PS-DONGGUAN");
    Tickets.act(
        "officer2", t6, "return", Map.of("reason", "地址属城关派出所辖区", "catalogueItemCode", "CAT-PS-01"));
    Tickets.act("dispatcher", t6, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    Tickets.act("officer", t6, "sign", null);
    Tickets.replied(t6, "已处置");
    closed(t6);

    // t7: a repeat call merged into t1: counts once, as t1
    long t7 = Tickets.logged("排名测试 t7 同一噪音再次来电");
    Tickets.act("dispatcher", t7, "merge", Map.of("mainTicketId", t1, "reason", "同一事项"));
    TICKETS.add(t7);
    callback(t7, "DISSATISFIED");

    // d1: answered on the call: counts for the centre
    Map<String, Object> call = Tickets.call("排名测试 d1 户籍办理时间咨询");
    call.put("directAnswer", "工作日 9:00-17:00 到户籍窗口办理");
    long d1 = Tickets.log(call).getLong("id");
    TICKETS.add(d1);
    callback(d1, "SATISFIED");

    // a week later: t4 replies late, t5 never does
    clock("2030-06-10T10:00:00");
    Tickets.replied(t4, "迟到的回复");
    closed(t4);

    // t9: logged at the end of June, due in July
    clock("2030-06-27T09:00:00");
    assigned("t9", "PS-CHENGGUAN");

    // t3 is closed only in July: replied on time, not closed by the end of June
    clock("2030-07-05T09:00:00");
    closed(t3);
  }

  @AfterAll
  static void realTime() {
    TestClock.reset();
  }

  /**
   * Counts of one unit computed from the tickets and their raw history, independently of the
   * server.
   */
  static final class Expected {
    long due;
    long replied;
    long closed;
    long reached;
    long satisfied;
    long revisits;
    long revisitsSatisfied;
  }

  static Map<String, Expected> recomputeFromHistory() {
    Instant from = YearMonth.parse(MONTH).atDay(1).atStartOfDay(SHANGHAI).toInstant();
    Instant to = YearMonth.parse(MONTH).plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
    Map<String, Expected> byUnit = new HashMap<>();
    for (long id : TICKETS) {
      JsonPath t =
          as("dispatcher").get("/api/tickets/" + id).then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> history =
          as("dispatcher")
              .get("/api/tickets/" + id + "/history")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("$");
      if ("MERGED".equals(t.getString("status"))) {
        continue;
      }
      String unit;
      Instant due;
      int routedAt = -1;
      Map<String, Object> direct = first(history, 0, "ANSWERED_DIRECTLY");
      if (direct != null) {
        unit = (String) direct.get("actorUnitCode");
        due = instant(direct);
      } else {
        for (int i = 0; i < history.size(); i++) {
          if (List.of("ASSIGNED", "REROUTED", "ARBITRATED")
              .contains(history.get(i).get("action"))) {
            routedAt = i;
          }
        }
        unit = t.getString("ownerUnitCode");
        due =
            t.getString("replyDeadline") == null
                ? null
                : OffsetDateTime.parse(t.getString("replyDeadline")).toInstant();
      }
      Expected e = byUnit.computeIfAbsent(unit, u -> new Expected());
      if (due != null && !due.isBefore(from) && due.isBefore(to)) {
        e.due++;
        Instant replied = direct != null ? due : null;
        for (int i = Math.max(routedAt, 0); i < history.size() && replied == null; i++) {
          Map<String, Object> ev = history.get(i);
          boolean leftTheUnit =
              "REPLY_CHIEF_APPROVED".equals(ev.get("action"))
                  || "REPLIED".equals(ev.get("action")) && "REPLIED".equals(ev.get("toStatus"));
          if (leftTheUnit) {
            replied = instant(ev);
          }
        }
        if (replied != null && !replied.isAfter(due)) {
          e.replied++;
        }
        Map<String, Object> closing = direct != null ? direct : first(history, 0, "REPLY_APPROVED");
        if (closing != null && instant(closing).isBefore(to)) {
          e.closed++;
        }
      }
      Map<String, Object> called = first(history, 0, "CALLED_BACK");
      String result = t.getString("callbackResult");
      if (called != null
          && !"UNREACHABLE".equals(result)
          && !instant(called).isBefore(from)
          && instant(called).isBefore(to)) {
        e.reached++;
        if (List.of("SATISFIED", "BASICALLY_SATISFIED").contains(result)) {
          e.satisfied++;
        }
      }
      Map<String, Object> revisit = first(history, 0, "REVISITED");
      if (revisit != null && !instant(revisit).isBefore(from) && instant(revisit).isBefore(to)) {
        e.revisits++;
        if (List.of("SATISFIED", "BASICALLY_SATISFIED")
            .contains(t.getString("rectification.revisitResult"))) {
          e.revisitsSatisfied++;
        }
      }
    }
    return byUnit;
  }

  static Map<String, Object> first(List<Map<String, Object>> history, int from, String action) {
    for (int i = from; i < history.size(); i++) {
      if (action.equals(history.get(i).get("action"))) {
        return history.get(i);
      }
    }
    return null;
  }

  static Instant instant(Map<String, Object> event) {
    return OffsetDateTime.parse((String) event.get("at")).toInstant();
  }

  static Map<String, Object> row(JsonPath ranking, String unit) {
    List<Map<String, Object>> rows = ranking.getList("rows");
    return rows.stream().filter(r -> unit.equals(r.get("unitCode"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  static long part(Map<String, Object> row, String measure, String part) {
    return ((Number) ((Map<String, Object>) row.get(measure)).get(part)).longValue();
  }

  static void assertSame(Map<String, Object> row, Expected e) {
    assertThat(part(row, "reply", "denominator")).as("due").isEqualTo(e.due);
    assertThat(part(row, "reply", "numerator")).as("replied on time").isEqualTo(e.replied);
    assertThat(part(row, "closure", "denominator")).as("due").isEqualTo(e.due);
    assertThat(part(row, "closure", "numerator")).as("closed by month end").isEqualTo(e.closed);
    assertThat(part(row, "satisfaction", "denominator"))
        .as("callbacks reached")
        .isEqualTo(e.reached);
    assertThat(part(row, "satisfaction", "numerator")).as("satisfied").isEqualTo(e.satisfied);
    assertThat(part(row, "revisit", "denominator")).as("re-visits").isEqualTo(e.revisits);
    assertThat(part(row, "revisit", "numerator"))
        .as("satisfied at re-visit")
        .isEqualTo(e.revisitsSatisfied);
  }

  @Test
  @Order(1)
  void liveRankingEqualsTheRatesRecomputedFromTheHistory() {
    JsonPath ranking =
        as("leader")
            .get("/api/rankings?month=" + MONTH)
            .then()
            .statusCode(200)
            .body("month", equalTo(MONTH))
            .body("preview", equalTo(true))
            .body("rules.weights.reply", equalTo(30))
            .extract()
            .jsonPath();
    Map<String, Expected> expected = recomputeFromHistory();
    assertSame(row(ranking, "PS-CHENGGUAN"), expected.get("PS-CHENGGUAN"));
    assertSame(row(ranking, "RXZX"), expected.get("RXZX"));

    // the worked example of docs/rankings.md: t1–t6 and t8 due in June (t9 in July, t7 merged)
    Map<String, Object> cg = row(ranking, "PS-CHENGGUAN");
    assertThat(part(cg, "reply", "numerator") + "/" + part(cg, "reply", "denominator"))
        .isEqualTo("5/7");
    assertThat(part(cg, "closure", "numerator") + "/" + part(cg, "closure", "denominator"))
        .isEqualTo("5/7");
    assertThat(
            part(cg, "satisfaction", "numerator") + "/" + part(cg, "satisfaction", "denominator"))
        .isEqualTo("1/2");
    assertThat(((Number) cg.get("score")).doubleValue())
        .isCloseTo(63.93, org.assertj.core.data.Offset.offset(0.0001));
    assertThat(cg.get("rank")).isEqualTo(1);
    assertThat(row(ranking, "PS-DONGGUAN").get("sampleTooSmall")).isEqualTo(true);
    assertThat(row(ranking, "PS-DONGGUAN").get("rank")).isNull();
    assertThat(part(row(ranking, "PS-DONGGUAN"), "reply", "denominator")).isZero();

    // one class only
    assertThat(
            as("leader")
                .get("/api/rankings?month=" + MONTH + "&unitClass=BRIGADE")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("rows.unitClass", String.class))
        .containsOnly("BRIGADE");
  }

  @Test
  @Order(2)
  void drillDownListsExactlyTheTicketsBehindAFigure() {
    String base = "/api/rankings/" + MONTH + "/units/PS-CHENGGUAN/tickets";
    List<Long> due =
        as("leader")
            .get(base + "?measure=reply&part=denominator")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("ticketId", Long.class);
    assertThat(due)
        .containsExactlyInAnyOrder(
            NAMED.get("t1"),
            NAMED.get("t2"),
            NAMED.get("t3"),
            NAMED.get("t4"),
            NAMED.get("t5"),
            NAMED.get("t6"),
            NAMED.get("t8"));
    List<Long> replied =
        as("leader")
            .get(base + "?measure=reply&part=numerator")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("ticketId", Long.class);
    assertThat(replied)
        .containsExactlyInAnyOrder(
            NAMED.get("t1"), NAMED.get("t2"), NAMED.get("t3"), NAMED.get("t6"), NAMED.get("t8"));
    // units see their own figures only; bad parameters are named
    as("chief").get(base + "?measure=closure&part=numerator").then().statusCode(200);
    as("officer2").get(base + "?measure=closure").then().statusCode(404);
    as("leader")
        .get(base + "?measure=speed")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("measure"));
    as("leader")
        .get("/api/rankings/2030-13/units/PS-CHENGGUAN/tickets?measure=reply")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("month"));
  }

  @Test
  @Order(3)
  void unitsSeeTheirOwnRowAndOthersAreRefused() {
    assertThat(
            as("chief")
                .get("/api/rankings?month=" + MONTH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("rows.unitCode", String.class))
        .containsExactly("PS-CHENGGUAN");
    as("operator").get("/api/rankings?month=" + MONTH).then().statusCode(403);
    as("leader")
        .get("/api/rankings?month=June")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("month"));
    as("leader")
        .get("/api/rankings?month=" + MONTH + "&unitClass=TEAM")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("unitClass"));
  }

  @Test
  @Order(4)
  void whatIfShowsHowRanksWouldMove() {
    JsonPath w =
        as("leader")
            .body(
                Map.of(
                    "month",
                    MONTH,
                    "weights",
                    Map.of("reply", 0, "closure", 0, "satisfaction", 100)))
            .post("/api/rankings/what-if")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> cg =
        w.getList("rows", Map.class).stream()
            .filter(r -> "PS-CHENGGUAN".equals(((Map<?, ?>) r).get("unitCode")))
            .findFirst()
            .orElseThrow();
    assertThat(((Number) cg.get("whatIfScore")).doubleValue())
        .isCloseTo(50.0, org.assertj.core.data.Offset.offset(0.0001));
    as("leader")
        .body(
            Map.of("month", MONTH, "weights", Map.of("reply", 0, "closure", 0, "satisfaction", 0)))
        .post("/api/rankings/what-if")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("weights"));
    as("chief").body(Map.of("month", MONTH)).post("/api/rankings/what-if").then().statusCode(403);
  }

  @Test
  @Order(5)
  void publishedVersionsAreImmutableHashedAndPrinted() throws Exception {
    as("director")
        .body(Map.of("note", "x"))
        .post("/api/rankings/" + MONTH + "/publications")
        .then()
        .statusCode(403);
    JsonPath v1 =
        as("leader")
            .body(Map.of("note", "2030 年 6 月排名"))
            .post("/api/rankings/" + MONTH + "/publications")
            .then()
            .statusCode(201)
            .body("version", equalTo(1))
            .extract()
            .jsonPath();
    byte[] content =
        as("leader")
            .get("/api/rankings/" + MONTH + "/publications/1/content.json")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
        .isEqualTo(v1.getString("sha256"));

    // a second publication is a correction: it names the version it corrects and needs a
    // reason; a first publication of a published month lost a race (409); the first stays as it was
    as("leader")
        .body(Map.of())
        .post("/api/rankings/" + MONTH + "/publications")
        .then()
        .statusCode(409)
        .body("code", equalTo("CONCURRENT_UPDATE"));
    as("leader")
        .body(Map.of("corrects", 1))
        .post("/api/rankings/" + MONTH + "/publications")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    as("leader")
        .body(Map.of("reason", "更正"))
        .post("/api/rankings/" + MONTH + "/publications")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("corrects"));
    as("leader")
        .body(Map.of("reason", "更正：补录一件回访", "corrects", 1))
        .post("/api/rankings/" + MONTH + "/publications")
        .then()
        .statusCode(201)
        .body("version", equalTo(2))
        .body("correctionReason", equalTo("更正：补录一件回访"));
    assertThat(
            as("leader")
                .get("/api/rankings/" + MONTH + "/publications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("version", Integer.class))
        .containsExactly(1, 2);
    JsonPath first =
        as("leader")
            .get("/api/rankings/" + MONTH + "/publications/1")
            .then()
            .statusCode(200)
            .body("sha256", equalTo(v1.getString("sha256")))
            .body("ranking.preview", equalTo(false))
            .extract()
            .jsonPath();
    Map<String, Expected> expected = recomputeFromHistory();
    assertSame(
        row(new JsonPath(first.prettify()).setRootPath("ranking"), "PS-CHENGGUAN"),
        expected.get("PS-CHENGGUAN"));
    as("chief")
        .get("/api/rankings/" + MONTH + "/publications/2")
        .then()
        .statusCode(200)
        .body("ranking.rows.size()", equalTo(1));
    as("leader").get("/api/rankings/" + MONTH + "/publications/9").then().statusCode(404);

    String pdf =
        text(
            as("leader")
                .get("/api/rankings/" + MONTH + "/publications/1/ranking.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray());
    assertThat(pdf)
        .contains("城关派出所", "71.4%（5/7）", "50.0%（1/2）", "63.93", v1.getString("sha256"), "样本不足");
    String notice =
        text(
            as("leader")
                .get("/api/rankings/" + MONTH + "/publications/2/notice.pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    assertThat(notice).contains("通报", "更正");
    String preview =
        text(
            as("leader")
                .get("/api/rankings/" + MONTH + "/ranking.pdf?unitClass=STATION")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    assertThat(preview).contains("预览", "城关派出所");
    byte[] xlsx =
        as("leader")
            .get("/api/rankings/" + MONTH + "/publications/1/ranking.xlsx")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      StringBuilder sheets = new StringBuilder();
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith("xl/")) {
          sheets.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      assertThat(sheets.toString()).contains("城关派出所", "71.4%（5/7）");
    }
    as("chief")
        .get("/api/rankings/" + MONTH + "/publications/1/ranking.pdf")
        .then()
        .statusCode(403);
    String detail =
        text(
            as("leader")
                .get("/api/rankings/" + MONTH + "/units/PS-CHENGGUAN/detail.pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    String t5 =
        as("leader")
            .get("/api/tickets/" + NAMED.get("t5"))
            .then()
            .extract()
            .jsonPath()
            .getString("number");
    assertThat(detail).contains("城关派出所", "工单办理明细", "71.4%（5/7）", t5, "按时回复", "月内办结");
  }

  @Test
  @Order(6)
  void selfExaminationOnlyWhenFlagged() {
    as("chief")
        .body(Map.of("unitCode", "PS-CHENGGUAN", "text", "自查"))
        .post("/api/rankings/" + MONTH + "/self-examinations")
        .then()
        .statusCode(409)
        .body("code", equalTo("SELF_EXAMINATION_NOT_REQUIRED"));
    as("chief")
        .body(Map.of("unitCode", "PS-DONGGUAN", "text", "自查"))
        .post("/api/rankings/" + MONTH + "/self-examinations")
        .then()
        .statusCode(403);
    as("leader")
        .get("/api/rankings/quarters/2030-Q2")
        .then()
        .statusCode(200)
        .body("publishedMonths", org.hamcrest.Matchers.hasItem(MONTH))
        .body("classes.STATION[0].unitCode", equalTo("PS-CHENGGUAN"))
        .body("classes.STATION[0].excellent", equalTo(true));
    as("leader")
        .get("/api/rankings/years/2030")
        .then()
        .statusCode(200)
        .body("units[0].excellentQuarters", org.hamcrest.Matchers.hasItem("2030-Q2"));
    as("leader").get("/api/rankings/quarters/2030-Q5").then().statusCode(400);
  }

  /**
   * A weight left out keeps the weight in force (it was read as 0 and saved): in the rules and in
   * what-if alike.
   */
  @Test
  @Order(8)
  void aWeightLeftOutKeepsTheWeightInForce() {
    JsonPath before = as("admin").get("/api/rankings/rules").then().extract().jsonPath();
    int reply = before.getInt("weights.reply");
    int closure = before.getInt("weights.closure");
    int satisfaction = before.getInt("weights.satisfaction");
    JsonPath whatIf =
        as("leader")
            .body(Map.of("month", MONTH, "weights", Map.of("reply", 50)))
            .post("/api/rankings/what-if")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(whatIf.getInt("weights.reply")).isEqualTo(50);
    assertThat(whatIf.getInt("weights.closure")).isEqualTo(closure);
    assertThat(whatIf.getInt("weights.satisfaction")).isEqualTo(satisfaction);
    JsonPath changed =
        as("admin")
            .body(Map.of("weights", Map.of("reply", reply + 1), "reason", "只改回复率权重"))
            .put("/api/rankings/rules")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(changed.getInt("weights.reply")).isEqualTo(reply + 1);
    assertThat(changed.getInt("weights.closure")).isEqualTo(closure);
    assertThat(changed.getInt("weights.satisfaction")).isEqualTo(satisfaction);
    as("admin")
        .body(Map.of("weights", Map.of("reply", reply), "reason", "恢复回复率权重"))
        .put("/api/rankings/rules")
        .then()
        .statusCode(200);
  }

  @Test
  @Order(7)
  void trendsAndHotspotsCountTheMonthsTickets() {
    long logged =
        TICKETS.stream()
            .filter(
                id ->
                    !"MERGED"
                        .equals(
                            as("dispatcher")
                                .get("/api/tickets/" + id)
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("status")))
            .count();
    JsonPath trends =
        as("leader")
            .get("/api/analysis/trends?from=2030-05&to=2030-06&by=category")
            .then()
            .statusCode(200)
            .body("months", org.hamcrest.Matchers.contains("2030-05", "2030-06"))
            .extract()
            .jsonPath();
    Map<String, Object> noise =
        trends.getList("series", Map.class).stream()
            .filter(x -> "ZA-NOISE".equals(((Map<?, ?>) x).get("code")))
            .findFirst()
            .orElseThrow();
    assertThat(((List<?>) noise.get("counts")).get(1)).isEqualTo((int) logged);
    JsonPath hot =
        as("leader")
            .get("/api/analysis/hotspots?from=2030-06&to=2030-06")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(hot.getString("cells[0].code")).isEqualTo("CG-CG-01");
    assertThat(hot.getString("cells[0].secondCode")).isEqualTo("ZA-NOISE");
    assertThat(hot.getLong("cells[0].count")).isEqualTo(logged);
    // a span of months sums each month's cells: the year's noise cell of 城关 is the sum of its
    // months asked one by one — up to the month in progress (the test clock's July 2030): a later
    // month is refused (AFTER_NOW), not counted as zero
    long monthByMonth = 0;
    for (int m = 1; m <= 7; m++) {
      for (Map<String, Object> c :
          as("leader")
              .get("/api/analysis/hotspots?from=2030-%02d&to=2030-%02d".formatted(m, m))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .<Map<String, Object>>getList("cells")) {
        if ("CG-CG-01".equals(c.get("code")) && "ZA-NOISE".equals(c.get("secondCode"))) {
          monthByMonth += ((Number) c.get("count")).longValue();
        }
      }
    }
    JsonPath year =
        as("leader")
            .get("/api/analysis/hotspots?from=2030-01&to=2030-07")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(
            year.<Map<String, Object>>getList("cells").stream()
                .filter(
                    c -> "CG-CG-01".equals(c.get("code")) && "ZA-NOISE".equals(c.get("secondCode")))
                .map(c -> ((Number) c.get("count")).longValue())
                .toList())
        .containsExactly(monthByMonth);
    assertThat(monthByMonth).isGreaterThanOrEqualTo(logged);
    as("leader")
        .get("/api/analysis/hotspots?from=2030-08&to=2030-08")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"))
        .body("errors[0].reason", equalTo("AFTER_NOW"));
    as("leader")
        .get("/api/analysis/trends?from=2030-07&to=2030-06")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
    as("leader")
        .get("/api/analysis/trends?by=weather")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("by"));
    // dissatisfaction by reason: t2 (推诿扯皮); t7's dissatisfied caller was a merged call, counted as
    // t1
    JsonPath d =
        as("leader")
            .get("/api/analysis/dissatisfaction?from=2030-06&to=2030-06")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(d.getList("dissatisfied", Integer.class)).containsExactly(1);
    assertThat(d.getString("reasons[0].reason")).isEqualTo("推诿扯皮");
    assertThat(d.getList("reasons[0].counts", Integer.class)).containsExactly(1);
    try {
      assertThat(
              text(
                  as("leader")
                      .get("/api/analysis/dissatisfaction.pdf?from=2030-06&to=2030-06")
                      .then()
                      .statusCode(200)
                      .extract()
                      .asByteArray()))
          .contains("不满意原因分析", "推诿扯皮");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    // the PDF and the JSON allow the same roles: a chief prints the own unit's analysis
    as("chief")
        .get("/api/analysis/dissatisfaction.pdf?from=2030-06&to=2030-06")
        .then()
        .statusCode(200);
    // a unit sees only what it owns: 东关 owns none of June 2030's tickets (t6 left it); an officer
    // is not among the analysis's roles
    as("officer2").get("/api/analysis/hotspots?from=2030-06&to=2030-06").then().statusCode(403);
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
