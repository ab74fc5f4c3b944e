package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.4: wrong passwords slow an account down with growing delays (429 LOGIN_THROTTLED with
 * Retry-After) instead of locking it; the administrator can unlock it; WildFly's hard lock after
 * ten failures is gone; an unknown user costs the same time as a known one.
 */
class LoginThrottlingIT {

  private static Response basic(String user, String password) {
    ItServer.ensureStarted();
    return RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()))
        .get("/api/me");
  }

  private static void failures(String user, int n) {
    for (int i = 0; i < n; i++) {
      assertThat(basic(user, "wrong-" + i).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void wrongPasswordsThrottleTheAccountAndTheAdminUnlocksIt() {
    try {
      failures("leader", 5);
      Response throttled = basic("leader", "demo");
      assertThat(throttled.statusCode()).isEqualTo(429);
      assertThat(throttled.contentType()).startsWith("application/problem+json");
      assertThat(throttled.jsonPath().getString("code")).isEqualTo("LOGIN_THROTTLED");
      assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 30);
      as("admin")
          .get("/api/users/leader/login-throttle")
          .then()
          .statusCode(200)
          .body("failures", equalTo(5));

      as("officer").post("/api/users/leader/unlock").then().statusCode(403);
      as("admin")
          .post("/api/users/leader/unlock")
          .then()
          .statusCode(200)
          .body("cleared", equalTo(5));
      assertThat(basic("leader", "demo").statusCode()).isEqualTo(200);
    } finally {
      as("admin").post("/api/users/leader/unlock");
    }
  }

  @Test
  void aThrottledAccountIsSlowedDownNotLocked() throws Exception {
    try {
      failures("callback", 5);
      assertThat(basic("callback", "demo").statusCode()).isEqualTo(429);
      // after 5 failures the delay is 1 s from the last one: then the owner gets in
      Thread.sleep(1_500);
      assertThat(basic("callback", "demo").statusCode()).isEqualTo(200);
    } finally {
      as("admin").post("/api/users/callback/unlock");
    }
  }

  private static Response form(String user, String password) {
    ItServer.ensureStarted();
    return RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("j_username", user)
        .formParam("j_password", password)
        .post("/j_security_check");
  }

  @Test
  void theLoginFormIsThrottledTheSameWay() {
    try {
      for (int i = 0; i < 5; i++) {
        assertThat(form("agency", "wrong-" + i).statusCode()).isNotEqualTo(429);
      }
      Response throttled = form("agency", "demo");
      assertThat(throttled.statusCode()).isEqualTo(429);
      assertThat(throttled.jsonPath().getString("code")).isEqualTo("LOGIN_THROTTLED");
      // a browser's form submission goes back to the login page, which says how long to wait
      Response page =
          RestAssured.given()
              .baseUri(ItServer.BASE_URL)
              .redirects()
              .follow(false)
              .header("Accept", "text/html,application/xhtml+xml")
              .contentType("application/x-www-form-urlencoded")
              .formParam("j_username", "agency")
              .formParam("j_password", "demo")
              .post("/j_security_check");
      assertThat(page.statusCode()).isEqualTo(303);
      assertThat(page.header("Location")).matches(".*/login\\.html\\?throttled=[0-9]+$");
      assertThat(page.header("Retry-After")).isNotBlank();
      as("admin").post("/api/users/agency/unlock").then().statusCode(200);
      Response in = form("agency", "demo");
      assertThat(in.statusCode()).isIn(302, 303);
      assertThat(in.header("Location")).doesNotContain("error");
    } finally {
      as("admin").post("/api/users/agency/unlock");
    }
  }

  /**
   * Two ways around the throttle found by a probe: a second Authorization header (the server's
   * login reads Basic from any of them) and credentials in the form login's query string.
   */
  @Test
  void credentialsTheThrottleCannotSeeAreRefused() {
    ItServer.ensureStarted();
    String basic = "Basic " + Base64.getEncoder().encodeToString("leader:demo".getBytes());
    Response twice =
        RestAssured.given()
            .baseUri(ItServer.BASE_URL)
            .header("Authorization", "Bearer x")
            .header("Authorization", basic)
            .get("/api/me");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.jsonPath().getString("errors[0].field")).isEqualTo("Authorization");
    assertThat(twice.jsonPath().getString("errors[0].reason")).isEqualTo("DUPLICATE_KEY");
    Response inUrl =
        RestAssured.given()
            .baseUri(ItServer.BASE_URL)
            .redirects()
            .follow(false)
            .urlEncodingEnabled(false)
            .post("/j_security_check?j_username=leader&j_password=demo");
    assertThat(inUrl.statusCode()).isEqualTo(400);
    assertThat(
            inUrl.getCookie("JSESSIONID") == null
                || !RestAssured.given()
                    .baseUri(ItServer.BASE_URL)
                    .cookie("JSESSIONID", inUrl.getCookie("JSESSIONID"))
                    .get("/api/me")
                    .asString()
                    .contains("leader"))
        .isTrue();
    Response encodedPath =
        RestAssured.given()
            .baseUri(ItServer.BASE_URL)
            .redirects()
            .follow(false)
            .urlEncodingEnabled(false)
            .post("/j%5Fsecurity_check?j_username=leader&j_password=demo");
    assertThat(encodedPath.statusCode()).isEqualTo(400);
  }

  @Test
  void theServersHardLockAfterTenFailuresIsGone() {
    try {
      for (int round = 0; round < 3; round++) {
        failures("director", 4);
        as("admin").post("/api/users/director/unlock").then().statusCode(200);
      }
      // 12 failures reached the realm: WildFly's default protection would lock the account now
      assertThat(basic("director", "demo").statusCode()).isEqualTo(200);
    } finally {
      as("admin").post("/api/users/director/unlock");
    }
  }

  @Test
  void anUnknownUserTakesAsLongAsAKnownOne() {
    List<Long> known = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        known.add(basic("leader", "wrong-" + i).time());
        unknown.add(basic("nobody-" + System.nanoTime(), "wrong-" + i).time());
      }
    } finally {
      as("admin").post("/api/users/leader/unlock");
    }
    long k = median(known);
    long u = median(unknown);
    // bcrypt cost 10 takes tens of milliseconds here; without the dummy check the unknown user took
    // ~4 ms. Not compared with the known user's time: a known account's failures also wait for the
    // login throttle's growing delay (CI once saw 371 ms known vs 103 ms unknown, both with bcrypt)
    assertThat(u).as("unknown %d ms (known %d ms)", u, k).isGreaterThan(20);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
