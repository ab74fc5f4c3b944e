package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 表扬到人 in the analysis: a citizen praises officer 张伟 (警号 003001, 城关派出所) on a callback; the praise
 * by officer and by unit of the last 12 months counts it in the current month, for leadership and
 * for 城关's chief, and a unit that is not 城关 does not see 城关's officers.
 */
class AnalysisPraiseIT {

  static long count(JsonPath praise, String list, String key, String code) {
    List<Map<String, Object>> rows = praise.getList(list);
    List<Long> counts =
        rows.stream()
            .filter(r -> code.equals(r.get(key)))
            .map(r -> ((List<?>) r.get("counts")))
            .map(c -> ((Number) c.get(c.size() - 1)).longValue())
            .toList();
    return counts.isEmpty() ? 0 : counts.get(0);
  }

  static JsonPath praise(String user) {
    return as(user).get("/api/analysis/praise").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void aPraisedOfficerCountsInTheMonthOfTheCallback() {
    long before = count(praise("leader"), "officers", "badgeNumber", "003001");
    long unitBefore = count(praise("leader"), "units", "unitCode", "PS-CHENGGUAN");
    long ticket = CallbackTasksIT.closed(Tickets.call("表扬到人测试 民警耐心调解邻里纠纷"));
    long task = CallbackTasksIT.taskOf("callback", ticket).getLong("id");
    as("callback")
        .body(Map.of("result", "SATISFIED", "praiseOfficer", "003001"))
        .post("/api/callbacks/" + task + "/outcome")
        .then()
        .statusCode(200);

    JsonPath leader = praise("leader");
    assertThat(leader.getList("months")).hasSize(12);
    assertThat(count(leader, "officers", "badgeNumber", "003001")).isEqualTo(before + 1);
    assertThat(count(leader, "units", "unitCode", "PS-CHENGGUAN")).isEqualTo(unitBefore + 1);
    Map<String, Object> zhang =
        leader.<Map<String, Object>>getList("officers").stream()
            .filter(r -> "003001".equals(r.get("badgeNumber")))
            .findFirst()
            .orElseThrow();
    assertThat(zhang).containsEntry("name", "张伟").containsEntry("unitCode", "PS-CHENGGUAN");

    assertThat(count(praise("chief"), "officers", "badgeNumber", "003001")).isEqualTo(before + 1);
    // the analysis is for the analysis page's roles only: the agency's portal is refused
    as("agency").get("/api/analysis/praise").then().statusCode(403);
    as("operator").get("/api/analysis/praise").then().statusCode(403);
    as("leader")
        .get("/api/analysis/praise?from=2026-13")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
  }
}
