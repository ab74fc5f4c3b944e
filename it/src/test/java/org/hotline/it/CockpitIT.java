package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Camunda's webapps at /camunda: behind our login, for role admin only, on our engine. */
class CockpitIT {

  @Test
  void adminOpensCockpitAndSeesTheTicketProcess() {
    as("admin").get("/camunda/app/cockpit/default/").then().statusCode(200);
    var engines =
        as("admin").get("/camunda/api/engine/engine").then().statusCode(200).extract().jsonPath();
    assertThat(engines.getList("name", String.class)).contains("default");
    var definitions =
        as("admin")
            .get("/camunda/api/engine/engine/default/process-definition")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(definitions.getList("key", String.class)).contains("ticket-lifecycle");
  }

  @Test
  void nobodyElseGetsIn() {
    as("dispatcher").get("/camunda/app/cockpit/default/").then().statusCode(403);
    as("officer").get("/camunda/api/engine/engine").then().statusCode(403);
    anonymous().get("/camunda/app/cockpit/default/").then().statusCode(401);
  }

  /**
   * Issue 11.4 on the Cockpit's own Basic login: a wrong password there counts into the same
   * throttle as the pages' and the API's (one failure only: the client's budget is shared with
   * LoginThrottlingIT), and the Cockpit answers with the edge's headers.
   */
  @Test
  void wrongPasswordsAtTheCockpitCountIntoTheSameThrottle() {
    try {
      as("admin").post("/api/users/director/unlock");
      RestAssured.given()
          .baseUri(ItServer.BASE_URL)
          .auth()
          .preemptive()
          .basic("director", "wrong")
          .get("/camunda/api/engine/engine")
          .then()
          .statusCode(401);
      as("admin")
          .get("/api/users/director/login-throttle")
          .then()
          .statusCode(200)
          .body("failures", equalTo(1));
    } finally {
      as("admin").post("/api/users/director/unlock");
    }
    var page = as("admin").get("/camunda/app/cockpit/default/");
    assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
  }
}
