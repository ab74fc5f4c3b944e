package org.hotline.it;

import static org.hotline.it.ItServer.as;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/** Drives the server's controlled clock (PUT /api/testing/clock) and fires the timers due then. */
final class TestClock {

  private TestClock() {}

  /** Moves the server's clock to {@code at} and runs every timer due by then. */
  static void at(Instant at) {
    as("admin").body(Map.of("at", at.toString())).put("/api/testing/clock").then().statusCode(200);
    runDue();
  }

  static void at(OffsetDateTime at) {
    at(at.toInstant());
  }

  static void runDue() {
    as("admin").post("/api/testing/jobs/run-due").then().statusCode(200);
  }

  static void reset() {
    as("admin").delete("/api/testing/clock").then().statusCode(200);
  }
}
