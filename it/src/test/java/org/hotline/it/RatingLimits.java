package org.hotline.it;

import static org.hotline.it.ItServer.as;

import java.util.Map;

/**
 * The rating tests' settings of the server (扫码评警, through {@code /api/testing/rating-limits},
 * testing mode only): generous rate limits — every test comes from 127.0.0.1 — and the share of
 * satisfied ratings spot-checked; and back to the configured values.
 */
final class RatingLimits {

  private RatingLimits() {}

  /** 100 ratings per device and 1,000 per network in the window. */
  static void generous() {
    as("admin")
        .body(Map.of("perDevice", 100, "perNetwork", 1000))
        .put("/api/testing/rating-limits")
        .then()
        .statusCode(204);
  }

  /** The configured limits again, with nothing counted. */
  static void configured() {
    as("admin").delete("/api/testing/rating-limits").then().statusCode(204);
  }

  /** Samples this share (0 to 1) of the satisfied ratings for a spot check. */
  static void spotCheckShare(double share) {
    as("admin")
        .body(Map.of("share", share))
        .put("/api/testing/rating-limits/spot-check")
        .then()
        .statusCode(204);
  }

  /** The configured spot-check share again. */
  static void configuredSpotCheck() {
    as("admin").delete("/api/testing/rating-limits/spot-check").then().statusCode(204);
  }
}
