package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.util.Map;

/**
 * One sub-centre's agent (回访分中心) reaching for another sub-centre's callback task and its ticket, by
 * every path that leads there: the queue's task (read, claim, outcome) and the ticket API (read,
 * history, merged calls, detail sheet, SMS surveys, the ticket-side callback and revisit). Every
 * answer must be 404 (as if it did not exist) and the task must stay open and untaken.
 */
final class SubCentreProbe {

  private SubCentreProbe() {}

  /**
   * Asserts that {@code agent} reaches neither the task {@code taskId} nor its ticket {@code
   * ticketId} (null for a service record's task), and that nothing changed ({@code owner}, an agent
   * who may see the task, reads it back).
   */
  static void cannotReach(String agent, String owner, long taskId, Long ticketId) {
    as(agent).get("/api/callbacks/" + taskId).then().statusCode(404);
    as(agent).post("/api/callbacks/" + taskId + "/claim").then().statusCode(404);
    as(agent)
        .body(Map.of("result", "SATISFIED"))
        .post("/api/callbacks/" + taskId + "/outcome")
        .then()
        .statusCode(404);
    if (ticketId != null) {
      for (String path : new String[] {"", "/history", "/merged", "/sheet.pdf", "/extensions"}) {
        as(agent).get("/api/tickets/" + ticketId + path).then().statusCode(404);
      }
      as(agent).get("/api/sms/surveys?ticketId=" + ticketId).then().statusCode(404);
      as(agent)
          .body(Map.of("result", "SATISFIED"))
          .post("/api/tickets/" + ticketId + "/callback")
          .then()
          .statusCode(404);
      as(agent)
          .body(Map.of("result", "SATISFIED"))
          .post("/api/tickets/" + ticketId + "/revisit")
          .then()
          .statusCode(404);
    }
    JsonPath after = as(owner).get("/api/callbacks/" + taskId).then().extract().jsonPath();
    assertThat(after.getString("status")).as("the task is unchanged").isEqualTo("OPEN");
    assertThat(after.getString("assignee")).as("the task is untaken").isNull();
  }
}
