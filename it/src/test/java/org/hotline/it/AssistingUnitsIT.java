package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.Tickets.act;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 主办/协办: a main unit owns the ticket; assisting units reply on their parts first. */
class AssistingUnitsIT {

  private static long withAssistance(String content) {
    long id = Tickets.logged(content);
    act(
        "dispatcher",
        id,
        "assign",
        Map.of("unitCode", "PS-CHENGGUAN", "assistingUnitCodes", List.of("PS-DONGGUAN")));
    return id;
  }

  @Test
  void theAssistingUnitSeesTheTicketAndRepliesOnItsPartBeforeTheMainUnitReplies() {
    long id = withAssistance("两个辖区交界处的夜市噪音");
    var forAssistant =
        as("officer2").get("/api/tickets/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(forAssistant.getList("allowedActions")).containsExactly("assistReply");
    assertThat(forAssistant.getString("assistingParts[0].unitCode")).isEqualTo("PS-DONGGUAN");
    assertThat(
            as("officer2")
                .get("/api/tickets?assisting=true&size=200")
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(id);
    // the assisting unit does not own it
    as("officer2").post("/api/tickets/" + id + "/sign").then().statusCode(403);

    act("officer", id, "sign", null);
    var refused =
        as("officer")
            .body(Map.of("text", "主办先回复"))
            .post("/api/tickets/" + id + "/reply")
            .then()
            .statusCode(409)
            .extract()
            .jsonPath();
    assertThat(refused.getString("code")).isEqualTo("ASSISTING_PARTS_PENDING");

    var part = act("officer2", id, "assist-reply", Map.of("text", "东关一侧已劝离摊贩"));
    assertThat(part.getString("assistingParts[0].status")).isEqualTo("REPLIED");
    assertThat(
            as("officer2")
                .get("/api/tickets?assisting=true&size=200")
                .jsonPath()
                .getList("items.id", Long.class))
        .doesNotContain(id);
    assertThat(Tickets.replied(id, "两所联合处置完毕").getString("status")).isEqualTo("REPLIED");
    var history = as("dispatcher").get("/api/tickets/" + id + "/history").jsonPath();
    assertThat(history.getList("action", String.class))
        .containsSubsequence("ASSIGNED", "ASSISTING_ADDED", "SIGNED", "PART_REPLIED", "REPLIED");
    assertThat(history.getString("find { it.action == 'PART_REPLIED' }.actorUnitCode"))
        .isEqualTo("PS-DONGGUAN");
  }

  @Test
  void aReturnCancelsTheAssistingParts() {
    long id = withAssistance("退单后协办撤销");
    act("officer", id, "return", Map.of("reason", "不属于本所", "catalogueItemCode", "CAT-PS-02"));
    as("officer2").get("/api/tickets/" + id).then().statusCode(404);
  }

  @Test
  void theMainUnitCannotAssistItselfAndUnknownUnitsAreNamed() {
    long id = Tickets.logged("协办单位校验");
    var problem =
        as("dispatcher")
            .body(
                Map.of(
                    "unitCode",
                    "PS-CHENGGUAN",
                    "assistingUnitCodes",
                    List.of("PS-CHENGGUAN", "NOPE")))
            .post("/api/tickets/" + id + "/assign")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(problem.getList("errors.field", String.class)).containsOnly("assistingUnitCodes");
    assertThat(problem.getList("errors.reason", String.class))
        .containsExactlyInAnyOrder("INVALID", "UNKNOWN_CODE");
  }
}
