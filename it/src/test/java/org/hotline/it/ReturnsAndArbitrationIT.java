package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.Tickets.act;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 退单 / 裁定: a unit returns what is not its duty; twice returned means the dispatcher arbitrates. */
class ReturnsAndArbitrationIT {

  private static long assignedToUrbanManagement(String content) {
    Map<String, Object> call = Tickets.call(content);
    call.put("categoryCode", "WY-PROPERTY");
    long id = Tickets.log(call).getLong("id");
    act("dispatcher", id, "assign", Map.of("unitCode", "AG-URBAN"));
    return id;
  }

  private static Map<String, Object> returnBody() {
    return Map.of("reason", "物业服务纠纷属于物业管理服务中心的职责", "catalogueItemCode", "CAT-PROPERTY-01");
  }

  @Test
  void agencyReturnsWithAReasonAndTheCatalogueItemAndTheTicketLandsInTheDispatchersQueue() {
    long id = assignedToUrbanManagement("小区物业擅自涨价");
    var assigned = as("agency").get("/api/tickets/" + id).jsonPath();
    assertThat(assigned.getList("allowedActions")).contains("return", "sign");
    // the return deadline is the end of the 2nd working day after assignment, Shanghai time
    assertThat(assigned.getString("returnDeadline")).endsWith("T23:59:59+08:00");
    assertThat(OffsetDateTime.parse(assigned.getString("returnDeadline")))
        .isAfter(OffsetDateTime.now().plusDays(1));

    var returned = act("agency", id, "return", returnBody());
    assertThat(returned.getString("status")).isEqualTo("RETURNED");
    assertThat(returned.getString("ownerUnitCode")).isNull();

    as("agency").get("/api/tickets/" + id).then().statusCode(404);
    var queue = as("dispatcher").get("/api/tickets?status=RETURNED&size=200").jsonPath();
    assertThat(queue.getList("items.id", Long.class)).contains(id);
    var ticket = as("dispatcher").get("/api/tickets/" + id).jsonPath();
    assertThat(ticket.getString("lastReturnReason")).isEqualTo("物业服务纠纷属于物业管理服务中心的职责");
    assertThat(ticket.getList("allowedActions")).containsExactly("assign", "arbitrate", "merge");
    var history = as("dispatcher").get("/api/tickets/" + id + "/history").jsonPath();
    assertThat(history.getString("find { it.action == 'RETURNED' }.detail"))
        .isEqualTo("unit=AG-URBAN;catalogue=CAT-PROPERTY-01;version=1");

    // re-routed with the catalogue item the dispatcher relies on
    var rerouted =
        act(
            "dispatcher",
            id,
            "assign",
            Map.of("unitCode", "AG-PROPERTY", "catalogueItemCode", "CAT-PROPERTY-01"));
    assertThat(rerouted.getString("ownerUnitCode")).isEqualTo("AG-PROPERTY");
    assertThat(rerouted.getString("routingCatalogueItemCode")).isEqualTo("CAT-PROPERTY-01");
  }

  @Test
  void aReturnNeedsAReasonAndAnExistingCatalogueItem() {
    long id = assignedToUrbanManagement("退单缺少理由");
    var problem =
        as("agency")
            .body(Map.of())
            .post("/api/tickets/" + id + "/return")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(problem.getList("errors.field", String.class))
        .containsExactlyInAnyOrder("reason", "catalogueItemCode");
    as("agency")
        .body(Map.of("reason", "x", "catalogueItemCode", "NO-SUCH"))
        .post("/api/tickets/" + id + "/return")
        .then()
        .statusCode(400);
    assertThat(as("agency").get("/api/tickets/" + id).jsonPath().getString("status"))
        .isEqualTo("ASSIGNED");
  }

  @Test
  void onlyTheOwnerUnitMayReturnAndNotAfterReplying() {
    long id = assignedToUrbanManagement("只有承办单位可以退单");
    as("officer").body(returnBody()).post("/api/tickets/" + id + "/return").then().statusCode(404);
    as("dispatcher")
        .body(returnBody())
        .post("/api/tickets/" + id + "/return")
        .then()
        .statusCode(403);
    act("agency", id, "sign", null);
    act("agency", id, "reply", Map.of("text", "已处理"));
    as("agency").body(returnBody()).post("/api/tickets/" + id + "/return").then().statusCode(409);
  }

  @Test
  void afterTwoReturnsOnlyABindingArbitrationRoutesTheTicket() {
    long id = assignedToUrbanManagement("两次退单后必须裁定");
    act("agency", id, "return", returnBody());
    act("dispatcher", id, "assign", Map.of("unitCode", "AG-URBAN"));
    act("agency", id, "return", returnBody());

    var refused =
        as("dispatcher")
            .body(Map.of("unitCode", "AG-PROPERTY"))
            .post("/api/tickets/" + id + "/assign")
            .then()
            .statusCode(409)
            .extract()
            .jsonPath();
    assertThat(refused.getString("code")).isEqualTo("ARBITRATION_REQUIRED");
    as("dispatcher")
        .body(Map.of("unitCode", "AG-URBAN"))
        .post("/api/tickets/" + id + "/arbitrate")
        .then()
        .statusCode(400); // the reason is required

    var arbitrated =
        act(
            "dispatcher",
            id,
            "arbitrate",
            Map.of("unitCode", "AG-URBAN", "reason", "涉及小区内占道经营，由城管承办"));
    assertThat(arbitrated.getBoolean("arbitrated")).isTrue();
    assertThat(arbitrated.getString("status")).isEqualTo("ASSIGNED");
    var notReturnable =
        as("agency")
            .body(returnBody())
            .post("/api/tickets/" + id + "/return")
            .then()
            .statusCode(409)
            .extract()
            .jsonPath();
    assertThat(notReturnable.getString("code")).isEqualTo("ARBITRATED_NOT_RETURNABLE");
    assertThat(as("agency").get("/api/tickets/" + id).jsonPath().getList("allowedActions"))
        .doesNotContain("return");
    // the workflow followed: the arbitrated unit signs and replies as usual
    act("agency", id, "sign", null);
    assertThat(act("agency", id, "reply", Map.of("text", "已责令商户撤离")).getString("status"))
        .isEqualTo("REPLIED");
  }

  @Test
  void afterTheReturnWindowTheDispatcherReroutesATicketBeingHandled() {
    long id = assignedToUrbanManagement("改派：城管已签收但应由物业中心承办");
    act("agency", id, "sign", null);
    as("dispatcher")
        .body(Map.of("unitCode", "AG-PROPERTY"))
        .post("/api/tickets/" + id + "/reroute")
        .then()
        .statusCode(400); // a reason is required
    var rerouted =
        act(
            "dispatcher",
            id,
            "reroute",
            Map.of("unitCode", "AG-PROPERTY", "reason", "物业收费属物业中心职责"));
    assertThat(rerouted.getString("status")).isEqualTo("ASSIGNED");
    assertThat(rerouted.getString("ownerUnitCode")).isEqualTo("AG-PROPERTY");
    as("agency").get("/api/tickets/" + id).then().statusCode(404);
    var history = as("dispatcher").get("/api/tickets/" + id + "/history").jsonPath();
    assertThat(history.getString("find { it.action == 'REROUTED' }.detail"))
        .isEqualTo("from=AG-URBAN;unit=AG-PROPERTY");
    String number = rerouted.getString("number");
    var tasks =
        as("admin")
            .queryParam("processInstanceBusinessKey", number)
            .get("/camunda/api/engine/engine/default/task")
            .jsonPath();
    assertThat(tasks.getList("taskDefinitionKey", String.class)).containsExactly("sign");
  }

  /** The invariant, checked over every ticket the centre can see: one owner, or a named queue. */
  @Test
  void everyOpenTicketHasExactlyOneOwnerOrSitsInANamedQueue() {
    assignedToUrbanManagement("不变式检查用工单");
    var all = as("leader").get("/api/tickets?size=200").jsonPath();
    List<Map<String, Object>> items = all.getList("items");
    assertThat(items).isNotEmpty();
    for (Map<String, Object> t : items) {
      String status = (String) t.get("status");
      Object owner = t.get("ownerUnitCode");
      switch (status) {
        case "PENDING_TRIAGE", "RETURNED" ->
            assertThat(owner).as(t.get("number") + " in a queue").isNull();
        case "MERGED" -> {
          assertThat(owner).as(t.get("number") + " merged").isNull();
          assertThat(t.get("mergedIntoId"))
              .as(t.get("number") + " has its main ticket")
              .isNotNull();
        }
        case "ASSIGNED", "SIGNED", "CHIEF_REVIEW", "REPLIED", "RECTIFYING", "REVISITING" ->
            assertThat(owner).as(t.get("number") + " owned").isNotNull();
        case "CLOSED" -> {}
        default -> throw new AssertionError("unknown status " + status);
      }
    }
  }
}
