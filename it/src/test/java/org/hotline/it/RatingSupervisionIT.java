package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Supervision of ratings (扫码评警, issue 15): a supervisor excludes a rating with a reason, kept in
 * its history; the excluded rating leaves the counted rate while the raw rate keeps it.
 */
class RatingSupervisionIT {

  /** The month's statistics per target of 城关派出所, as the director sees them. */
  static JsonPath statistics(String month) {
    return as("director")
        .queryParam("month", month)
        .queryParam("unit", "PS-CHENGGUAN")
        .get("/api/ratings/statistics")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @BeforeEach
  void generousLimits() {
    RatingLimits.generous();
  }

  @AfterEach
  void configuredLimits() {
    RatingLimits.configured();
  }

  @Test
  void anExcludedRatingLeavesTheCountedRateAndStaysInTheHistory() {
    String token = RatingRequests.newCode("城关派出所 监督窗口 IT");
    // the target belongs to PS-CHENGGUAN (newCode); three satisfied, one dissatisfied
    for (int i = 0; i < 3; i++) {
      RatingRequests.rate(token, "dev-sup-" + i, RatingRequests.satisfied()).then().statusCode(201);
    }
    RatingRequests.rate(
            token,
            "dev-sup-x",
            Map.of(
                "attitude",
                "DISSATISFIED",
                "efficiency",
                "SATISFIED",
                "conduct",
                "SATISFIED",
                "result",
                "SATISFIED",
                "reasons",
                java.util.List.of("ATTITUDE_POOR")))
        .then()
        .statusCode(201);
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    JsonPath stats = statistics(month);
    String row = "find { it.name == '城关派出所 监督窗口 IT' }";
    assertThat(stats.getInt(row + ".ratings")).isEqualTo(4);
    assertThat(stats.getDouble(row + ".rawSatisfiedRate")).isEqualTo(75.0);
    assertThat(stats.getDouble(row + ".countedSatisfiedRate")).isEqualTo(75.0);

    long id =
        as("director")
            .queryParam("month", month)
            .queryParam("unit", "PS-CHENGGUAN")
            .get("/api/ratings")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("find { it.targetName == '城关派出所 监督窗口 IT' && it.dissatisfied == false }.id");
    as("chief")
        .body(Map.of("reason", "x"))
        .post("/api/ratings/" + id + "/exclude")
        .then()
        .statusCode(403);
    as("director")
        .body(Map.of())
        .post("/api/ratings/" + id + "/exclude")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    as("director")
        .body(Map.of("reason", "同一设备短时间内连续好评，经核实为人情分"))
        .post("/api/ratings/" + id + "/exclude")
        .then()
        .statusCode(200)
        .body("excluded", equalTo(true))
        .body("history[0].action", equalTo("EXCLUDED"))
        .body("history[0].actor", equalTo("director"));
    as("director")
        .body(Map.of("reason", "again"))
        .post("/api/ratings/" + id + "/exclude")
        .then()
        .statusCode(409)
        .body("code", equalTo("RATING_ALREADY_EXCLUDED"));

    stats =
        as("chief")
            .queryParam("month", month)
            .get("/api/ratings/statistics")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(stats.getInt(row + ".ratings")).isEqualTo(4);
    assertThat(stats.getInt(row + ".excluded")).isEqualTo(1);
    assertThat(stats.getDouble(row + ".rawSatisfiedRate")).isEqualTo(75.0);
    assertThat(stats.getDouble(row + ".countedSatisfiedRate")).isEqualTo(66.7);
    as("chief")
        .queryParam("month", month)
        .queryParam("unit", "PS-DONGGUAN")
        .get("/api/ratings/statistics")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("OTHER_UNIT"));
    as("director")
        .queryParam("month", "2026-13")
        .get("/api/ratings")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("month"));
  }
}
