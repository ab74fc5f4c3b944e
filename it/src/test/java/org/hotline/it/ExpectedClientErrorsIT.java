package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Server faults of the issue 12 review, against the real server: expected client errors are
 * answered as problems and are not logged as server errors; an unlock of an unknown account is a
 * 404 that records nothing; the analysis says which rule a month range broke (reversed, over 36
 * months), in Chinese and in English.
 */
class ExpectedClientErrorsIT {

  private static Path serverLog() {
    return ItServer.workDir().resolve("server-" + ItServer.db() + ".log");
  }

  /** The server log written since {@code from} (bytes), waiting briefly for {@code expected}. */
  private static String logSince(long from, String expected) throws Exception {
    String text = "";
    for (int i = 0; i < 50; i++) {
      byte[] all = Files.readAllBytes(serverLog());
      text = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
      if (text.contains(expected)) {
        break;
      }
      Thread.sleep(100);
    }
    return text;
  }

  @Test
  void aRefusedRoleCheckIsOneInfoLineWithoutAStackTrace() throws Exception {
    ItServer.ensureStarted();
    long before = Files.size(serverLog());
    as("dispatcher")
        .body(Map.of("working", false, "note", "x"))
        .put("/api/calendar/2027-01-05")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    String log = logSince(before, "dispatcher may not PUT");
    assertThat(log)
        .as("one line naming who and what")
        .contains("refused (403 FORBIDDEN): dispatcher may not PUT /calendar/2027-01-05");
    assertThat(log)
        .as("no ERROR and no stack trace for an expected refusal")
        .doesNotContain("EJBAccessException", "WFLYEJB0034", "\tat ");
    assertThat(log.lines().filter(l -> l.contains("dispatcher may not PUT"))).hasSize(1);
  }

  @Test
  void unlockingAnUnknownAccountIsA404AndRecordsNothing() {
    String nobody = "nobody-" + System.nanoTime() % 100000;
    JsonPath problem =
        as("admin")
            .post("/api/users/" + nobody + "/unlock")
            .then()
            .statusCode(404)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(problem.getString("code")).isEqualTo("USER_NOT_FOUND");
    assertThat(problem.getString("detail")).contains(nobody, "不存在");
    assertThat(
            as("admin")
                .header("Accept-Language", "en")
                .post("/api/users/" + nobody + "/unlock")
                .then()
                .statusCode(404)
                .extract()
                .jsonPath()
                .getString("detail"))
        .contains("no account", nobody);
    assertThat(as("admin").get("/api/login-throttles").jsonPath().getList("unlocks.username"))
        .doesNotContain(nobody);
    // a real account is still unlocked (200), as before
    as("admin").post("/api/users/officer/unlock").then().statusCode(200);
  }

  @Test
  void analysisMonthErrorsNameTheReversedRangeAndThe36MonthLimit() {
    JsonPath reversed =
        as("leader")
            .get("/api/analysis/trends?from=2025-07&to=2025-06")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(reversed.getString("errors[0].field")).isEqualTo("to");
    assertThat(reversed.getString("errors[0].reason")).isEqualTo("REVERSED_RANGE");
    assertThat(reversed.getString("errors[0].message")).contains("早于开始月份");
    JsonPath tooLong =
        as("leader")
            .header("Accept-Language", "en")
            .get("/api/analysis/trends?from=2020-01&to=2023-01")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(tooLong.getString("errors[0].reason")).isEqualTo("RANGE_TOO_LONG");
    assertThat(tooLong.getString("errors[0].message")).contains("36 months");
    // exactly 36 months is allowed
    as("leader").get("/api/analysis/trends?from=2020-01&to=2022-12").then().statusCode(200);
    JsonPath zh =
        as("leader")
            .get("/api/analysis/hotspots?from=2020-01&to=2023-01")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(zh.getString("errors[0].message")).contains("36 个月");
  }
}
