package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;

import org.junit.jupiter.api.Test;

/** Camunda's webapps at /camunda: behind our login, for role admin only, on our engine. */
class CockpitIT {

  @Test
  void adminOpensCockpitAndSeesTheTicketProcess() {
    as("admin").get("/camunda/app/cockpit/default/").then().statusCode(200);
    var engines = as("admin").get("/camunda/api/engine/engine").then().statusCode(200).extract().jsonPath();
    assertThat(engines.getList("name", String.class)).contains("default");
    var definitions = as("admin").get("/camunda/api/engine/engine/default/process-definition")
        .then().statusCode(200).extract().jsonPath();
    assertThat(definitions.getList("key", String.class)).contains("ticket-lifecycle");
  }

  @Test
  void nobodyElseGetsIn() {
    as("dispatcher").get("/camunda/app/cockpit/default/").then().statusCode(403);
    as("officer").get("/camunda/api/engine/engine").then().statusCode(403);
    anonymous().get("/camunda/app/cockpit/default/").then().statusCode(401);
  }
}
