package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Re-checking after a threshold change (重新核查, issue 15 review): flags were computed on arrival
 * only, so lowering a threshold left the recent ratings as they were. {@code POST
 * /api/ratings/flags/recheck {"days"}} runs the rules again with the thresholds in force; flags are
 * only added; only the director and the admin may; the window is bounded.
 */
class RatingRecheckIT {

  @BeforeEach
  void generousLimits() {
    RatingLimits.generous();
  }

  @AfterEach
  void defaults() {
    as("admin").delete("/api/testing/rating-limits/flags").then().statusCode(204);
    RatingLimits.configured();
  }

  @Test
  void aLowerThresholdFlagsTheRecentRatingsOnReCheck() {
    String name = "城关派出所 窗口 重新核查 " + UUID.randomUUID().toString().substring(0, 8);
    String token = RatingRequests.newCode(name);
    String device = "recheck-" + UUID.randomUUID();
    for (int i = 0; i < 2; i++) {
      RatingRequests.rate(token, device, RatingRequests.satisfied()).then().statusCode(201);
    }
    String month = RatingAuthenticityIT.month();
    // two from one device: under the default threshold (3), no burst
    assertThat(RatingAuthenticityIT.flagsOf("director", "zh", month, name))
        .noneMatch(f -> "BURST_DEVICE".equals(f.get("flag")));

    // the threshold is lowered to 2 (a configuration change): nothing changes by itself …
    as("admin")
        .body(Map.of("burstDevice", 2))
        .put("/api/testing/rating-limits/flags")
        .then()
        .statusCode(204);
    assertThat(RatingAuthenticityIT.flagsOf("director", "zh", month, name))
        .noneMatch(f -> "BURST_DEVICE".equals(f.get("flag")));

    // … refused: a chief, a window out of range; then the director re-checks the last day
    as("chief").body(Map.of("days", 1)).post("/api/ratings/flags/recheck").then().statusCode(403);
    as("director")
        .body(Map.of("days", 400))
        .post("/api/ratings/flags/recheck")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("days"));
    int checked =
        as("director")
            .body(Map.of("days", 1))
            .post("/api/ratings/flags/recheck")
            .then()
            .statusCode(200)
            .extract()
            .path("checked");
    assertThat(checked).isGreaterThanOrEqualTo(2);
    List<Map<String, Object>> burst =
        RatingAuthenticityIT.flagsOf("director", "zh", month, name).stream()
            .filter(f -> "BURST_DEVICE".equals(f.get("flag")))
            .toList();
    assertThat(burst).hasSize(2);
    assertThat(burst.get(0).get("evidenceText")).isEqualTo("同一设备在 60 分钟内对该对象评价 2 次");

    // the default again: a re-check takes no flag away (a flag is the evidence as it was)
    as("admin").delete("/api/testing/rating-limits/flags").then().statusCode(204);
    as("director")
        .body(Map.of("days", 1))
        .post("/api/ratings/flags/recheck")
        .then()
        .statusCode(200);
    assertThat(RatingAuthenticityIT.flagsOf("director", "zh", month, name))
        .filteredOn(f -> "BURST_DEVICE".equals(f.get("flag")))
        .hasSize(2);
  }
}
