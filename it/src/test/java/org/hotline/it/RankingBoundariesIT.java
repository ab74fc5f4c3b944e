package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 三率排名 at the edges, September and October 2030 on the test clock (no other test's tickets are due
 * then), 城关派出所: an approved extension moves a ticket out of the month it was first due in; a
 * deadline at 23:59:59 on the 30th belongs to September; a closure and a callback just after
 * midnight Asia/Shanghai on 1 October (still 30 September in UTC) count for October; a ticket
 * re-routed (改派) from 东关 counts for 城关 only. Each expected figure is derived by hand from the
 * timeline below, independently of the server's tallies, and the preview PDF prints the same
 * figures.
 */
class RankingBoundariesIT {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static long boundary;
  static long onTime;
  static long rerouted;
  static long extended;

  static long signedAtChengguan(String content) {
    long id = Tickets.assignedToChengguan(content);
    Tickets.act("officer", id, "sign", null);
    return id;
  }

  static void extend(long id, String newDeadline) {
    long request =
        as("officer")
            .body(Map.of("reason", "需调取监控", "newDeadline", newDeadline))
            .post("/api/tickets/" + id + "/extensions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("id");
    as("chief")
        .body(Map.of("approve", true, "note", "同意延期"))
        .post("/api/tickets/" + id + "/extensions/" + request + "/decision")
        .then()
        .statusCode(200);
  }

  @BeforeAll
  static void twoMonthsAtTheirEdges() {
    RankingsIT.clock("2030-09-23T09:00:00");
    boundary = signedAtChengguan("排名边界 b1 楼上噪音");
    extend(boundary, "2030-09-30");
    extended = signedAtChengguan("排名边界 e1 夜间噪音");
    extend(extended, "2030-10-03");
    onTime = signedAtChengguan("排名边界 x1 广场舞噪音");
    rerouted = Tickets.logged("排名边界 r1 装修噪音");
    Tickets.act("dispatcher", rerouted, "assign", Map.of("unitCode", "PS-DONGGUAN"));
    Tickets.act("officer2", rerouted, "sign", null);
    Tickets.act(
        "dispatcher",
        rerouted,
        "reroute",
        Map.of("unitCode", "PS-CHENGGUAN", "reason", "地址属城关辖区", "catalogueItemCode", "CAT-PS-01"));
    Tickets.act("officer", rerouted, "sign", null);

    RankingsIT.clock("2030-09-24T10:00:00");
    for (long id : List.of(onTime, rerouted)) {
      Tickets.replied(id, "已处置");
      RankingsIT.closed(id);
    }
    RankingsIT.clock("2030-09-30T23:30:00");
    Tickets.replied(boundary, "已处置，当日回复");
    RankingsIT.clock("2030-09-30T23:59:30");
    RankingsIT.callback(onTime, "SATISFIED");
    // 00:00:30 on 1 October in Shanghai is 16:00:30 on 30 September in UTC
    RankingsIT.clock("2030-10-01T00:00:30");
    RankingsIT.closed(boundary);
    RankingsIT.clock("2030-10-01T00:10:00");
    RankingsIT.callback(boundary, "DISSATISFIED");
    RankingsIT.clock("2030-10-02T10:00:00");
    Tickets.replied(extended, "延期后按时回复");
    RankingsIT.closed(extended);
  }

  @AfterAll
  static void realTime() {
    TestClock.reset();
  }

  static String figure(Map<String, Object> row, String measure) {
    return RankingsIT.part(row, measure, "numerator")
        + "/"
        + RankingsIT.part(row, measure, "denominator");
  }

  static List<Long> tickets(String month, String unit, String measure, String part) {
    return as("leader")
        .get(
            "/api/rankings/"
                + month
                + "/units/"
                + unit
                + "/tickets?measure="
                + measure
                + "&part="
                + part)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("ticketId", Long.class);
  }

  @Test
  void deadlinesAndCallbacksFallInTheirShanghaiMonth() {
    assertThat(
            OffsetDateTime.parse(
                    as("officer")
                        .get("/api/tickets/" + boundary)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("replyDeadline"))
                .atZoneSameInstant(SHANGHAI)
                .toLocalDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
        .hasToString("2030-09-30T23:59:59");
    JsonPath september =
        as("leader").get("/api/rankings?month=2030-09").then().statusCode(200).extract().jsonPath();
    Map<String, Object> cg = RankingsIT.row(september, "PS-CHENGGUAN");
    // due in September: b1 (extended to the 30th), x1, r1 — e1 was extended into October
    assertThat(figure(cg, "reply")).isEqualTo("3/3");
    // b1 closed 30 seconds after midnight in Shanghai: not in September
    assertThat(figure(cg, "closure")).isEqualTo("2/3");
    // x1 called back at 23:59:30; b1's callback at 00:10 belongs to October
    assertThat(figure(cg, "satisfaction")).isEqualTo("1/1");
    assertThat(tickets("2030-09", "PS-CHENGGUAN", "reply", "denominator"))
        .containsExactlyInAnyOrder(boundary, onTime, rerouted);
    assertThat(tickets("2030-09", "PS-CHENGGUAN", "closure", "numerator"))
        .containsExactlyInAnyOrder(onTime, rerouted);

    JsonPath october =
        as("leader").get("/api/rankings?month=2030-10").then().statusCode(200).extract().jsonPath();
    Map<String, Object> oct = RankingsIT.row(october, "PS-CHENGGUAN");
    assertThat(figure(oct, "reply")).isEqualTo("1/1");
    assertThat(figure(oct, "closure")).isEqualTo("1/1");
    assertThat(figure(oct, "satisfaction")).isEqualTo("0/1");
    assertThat(tickets("2030-10", "PS-CHENGGUAN", "satisfaction", "denominator"))
        .containsExactly(boundary);
  }

  @Test
  void aReroutedTicketCountsForTheUnitThatHandledIt() {
    JsonPath september =
        as("leader").get("/api/rankings?month=2030-09").then().statusCode(200).extract().jsonPath();
    assertThat(figure(RankingsIT.row(september, "PS-DONGGUAN"), "reply")).isEqualTo("0/0");
    assertThat(tickets("2030-09", "PS-DONGGUAN", "reply", "denominator")).doesNotContain(rerouted);
  }

  @Test
  void thePreviewPdfPrintsTheSameFigures() throws Exception {
    String pdf =
        RankingsIT.text(
            as("leader")
                .get("/api/rankings/2030-09/ranking.pdf?unitClass=STATION")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray());
    assertThat(pdf).contains("预览", "城关派出所", "100.0%（3/3）", "66.7%（2/3）", "100.0%（1/1）");
  }
}
