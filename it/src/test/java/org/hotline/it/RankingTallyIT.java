package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monthly summary (月度汇总, {@code ranking_tally}) against a recount. The live ranking of a month
 * reads the summary kept in step with every ticket event; a publication recounts the month from the
 * tickets' outcomes. March and April 2031 on the test clock (no other test's tickets are due then):
 * a re-route, a return and re-assignment, an extension into April, a merged call, a direct answer,
 * an unreachable citizen, a dissatisfied callback rectified and re-visited, and a closure 30
 * seconds after midnight Asia/Shanghai on 1 April. Every row of every unit of the live ranking must
 * equal the published recount, under both rules of attribution; 城关's and 东关's figures are also
 * checked against the timeline by hand.
 */
class RankingTallyIT {

  static long a;
  static long b;
  static long c;
  static long d;
  static long h;
  static long i;

  @BeforeAll
  static void twoMonthsOfEvents() {
    RankingsIT.clock("2031-03-24T09:00:00");
    a = RankingBoundariesIT.signedAtChengguan("汇总测试 a 楼上噪音");
    // b: sent to 东关, signed, re-routed (改派) to 城关
    b = Tickets.logged("汇总测试 b 装修噪音");
    Tickets.act("dispatcher", b, "assign", Map.of("unitCode", "PS-DONGGUAN"));
    Tickets.act("officer2", b, "sign", null);
    Tickets.act(
        "dispatcher",
        b,
        "reroute",
        Map.of("unitCode", "PS-CHENGGUAN", "reason", "地址属城关辖区", "catalogueItemCode", "CAT-PS-01"));
    Tickets.act("officer", b, "sign", null);
    // c: sent to 东关, returned in time, re-assigned to 城关, never replied
    c = Tickets.logged("汇总测试 c 夜间施工噪音");
    Tickets.act("dispatcher", c, "assign", Map.of("unitCode", "PS-DONGGUAN"));
    Tickets.act(
        "officer2", c, "return", Map.of("reason", "地址属城关派出所辖区", "catalogueItemCode", "CAT-PS-01"));
    Tickets.act("dispatcher", c, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    Tickets.act("officer", c, "sign", null);
    // d: extended into April
    d = RankingBoundariesIT.signedAtChengguan("汇总测试 d 广场舞噪音");
    RankingBoundariesIT.extend(d, "2031-04-02");
    // e: a repeat call merged into a
    long e = Tickets.logged("汇总测试 e 同一噪音再次来电");
    Tickets.act("dispatcher", e, "merge", Map.of("mainTicketId", a, "reason", "同一事项"));
    // g: answered on the call, counts for the centre
    Map<String, Object> call = Tickets.call("汇总测试 g 户籍办理时间咨询");
    call.put("directAnswer", "工作日 9:00-17:00 到户籍窗口办理");
    Tickets.log(call);
    h = RankingBoundariesIT.signedAtChengguan("汇总测试 h 商铺音响噪音");
    i = RankingBoundariesIT.signedAtChengguan("汇总测试 i 宠物犬吠");

    RankingsIT.clock("2031-03-25T10:00:00");
    for (long id : List.of(a, b, h, i)) {
      Tickets.replied(id, "已处置");
    }
    for (long id : List.of(a, b, h)) {
      RankingsIT.closed(id);
    }
    RankingsIT.callback(a, "SATISFIED");
    for (int n = 0; n < 3; n++) {
      RankingsIT.callback(b, "UNREACHABLE");
    }
    RankingsIT.callback(h, "DISSATISFIED");
    as("chief")
        .body(Map.of("report", "所长上门核实并致歉"))
        .post("/api/tickets/" + h + "/rectification-report")
        .then()
        .statusCode(200);
    as("callback")
        .body(Map.of("result", "SATISFIED", "note", "整改后满意"))
        .post("/api/tickets/" + h + "/revisit")
        .then()
        .statusCode(200);
    // i: closed 30 seconds after midnight on 1 April in Shanghai (31 March in UTC)
    RankingsIT.clock("2031-04-01T00:00:30");
    RankingsIT.closed(i);
    RankingsIT.clock("2031-04-01T10:00:00");
    Tickets.replied(d, "延期后按时回复");
    RankingsIT.closed(d);
    RankingsIT.clock("2031-05-06T09:00:00");
  }

  @AfterAll
  static void defaultRulesAndRealTime() {
    attribution("FINAL_UNIT");
    TestClock.reset();
  }

  static void attribution(String attribution) {
    as("admin")
        .body(Map.of("attribution", attribution, "reason", "汇总测试：考核归属 " + attribution))
        .put("/api/rankings/rules")
        .then()
        .statusCode(200);
  }

  /** The figures of every row, in a form that compares the live ranking with a publication. */
  static Map<String, List<Object>> figures(JsonPath ranking) {
    Map<String, List<Object>> rows = new TreeMap<>();
    for (Map<String, Object> r : ranking.<Map<String, Object>>getList("rows")) {
      List<Object> f = new ArrayList<>();
      for (String measure : List.of("reply", "closure", "satisfaction", "revisit")) {
        f.add(RankingsIT.part(r, measure, "numerator"));
        f.add(RankingsIT.part(r, measure, "denominator"));
      }
      f.add(((Number) r.get("unreachable")).longValue());
      f.add(r.get("rank"));
      f.add(r.get("score") == null ? null : ((Number) r.get("score")).doubleValue());
      f.add(r.get("sampleTooSmall"));
      f.add(r.get("flags"));
      rows.put((String) r.get("unitCode"), f);
    }
    return rows;
  }

  static JsonPath live(String month) {
    return as("leader")
        .get("/api/rankings?month=" + month)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Publishes the month (a correction with a reason when already published): a recount. */
  static JsonPath published(String month) {
    int versions =
        as("leader")
            .get("/api/rankings/" + month + "/publications")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$")
            .size();
    as("leader")
        .body(
            versions == 0
                ? Map.of("note", "汇总测试")
                : Map.of("reason", "汇总测试：换考核归属后重算", "corrects", versions))
        .post("/api/rankings/" + month + "/publications")
        .then()
        .statusCode(201);
    return new JsonPath(
            as("leader")
                .get("/api/rankings/" + month + "/publications/latest")
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .setRootPath("ranking");
  }

  static String figure(JsonPath ranking, String unit, String measure) {
    return RankingBoundariesIT.figure(RankingsIT.row(ranking, unit), measure);
  }

  @Test
  void theLiveRankingFromTheSummaryEqualsTheRecountUnderBothAttributions() {
    JsonPath march = live("2031-03");
    // due in March at 城关: a, b (re-routed to it), c (re-assigned to it), h, i; d was extended
    // into April, e merged into a
    assertThat(figure(march, "PS-CHENGGUAN", "reply")).isEqualTo("4/5");
    // i was closed 30 seconds into April (Shanghai)
    assertThat(figure(march, "PS-CHENGGUAN", "closure")).isEqualTo("3/5");
    // a satisfied, h dissatisfied; b unreachable is left out
    assertThat(figure(march, "PS-CHENGGUAN", "satisfaction")).isEqualTo("1/2");
    assertThat(figure(march, "PS-CHENGGUAN", "revisit")).isEqualTo("1/1");
    assertThat(figure(march, "PS-DONGGUAN", "reply")).isEqualTo("0/0");
    assertThat(figure(live("2031-04"), "PS-CHENGGUAN", "reply")).isEqualTo("1/1");
    for (String month : List.of("2031-03", "2031-04")) {
      assertThat(figures(live(month))).as(month).isEqualTo(figures(published(month)));
    }

    attribution("FIRST_UNIT");
    JsonPath first = live("2031-03");
    // b and c were first sent to 东关: they count for it; b's reply (by 城关) was on time
    assertThat(figure(first, "PS-DONGGUAN", "reply")).isEqualTo("1/2");
    assertThat(figure(first, "PS-CHENGGUAN", "reply")).isEqualTo("3/3");
    for (String month : List.of("2031-03", "2031-04")) {
      assertThat(figures(live(month)))
          .as(month + " FIRST_UNIT")
          .isEqualTo(figures(published(month)));
    }
  }
}
