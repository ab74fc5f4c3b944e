package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Units see only their own tickets; centre roles see all; confidential callers are hidden from
 * units.
 */
class UnitScopingIT {

  @Test
  void anotherUnitCannotSeeOrTouchTheTicket() {
    long id = Tickets.assignedToChengguan("城关辖区的工单");
    long own = Tickets.logged("东关辖区的工单");
    Tickets.act("dispatcher", own, "assign", Map.of("unitCode", "PS-DONGGUAN"));
    as("officer2").get("/api/tickets/" + id).then().statusCode(404);
    as("officer2").get("/api/tickets/" + id + "/history").then().statusCode(404);
    as("officer2").get("/api/tickets/" + id + "/sheet.pdf").then().statusCode(404);
    as("officer2").post("/api/tickets/" + id + "/sign").then().statusCode(404);
    assertThat(
            as("officer2").get("/api/tickets?size=200").jsonPath().getList("items.id", Long.class))
        .doesNotContain(id)
        .contains(own);
    // officer2 sees what 东关 owns, or assists on (协办), nothing else
    java.util.List<java.util.Map<String, Object>> seen =
        as("officer2").get("/api/tickets?size=200").jsonPath().getList("items");
    assertThat(seen)
        .allSatisfy(
            t ->
                assertThat(
                        "PS-DONGGUAN".equals(t.get("ownerUnitCode"))
                            || ((java.util.List<?>) t.get("assistingParts"))
                                .stream()
                                    .anyMatch(
                                        p ->
                                            "PS-DONGGUAN"
                                                .equals(((java.util.Map<?, ?>) p).get("unitCode"))))
                    .isTrue());
    assertThat(as("agency").get("/api/tickets/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void theOwnerUnitAndTheCentreSeeIt() {
    long id = Tickets.assignedToChengguan("城关辖区的另一张工单");
    as("officer").get("/api/tickets/" + id).then().statusCode(200);
    as("chief").get("/api/tickets/" + id).then().statusCode(200);
    as("leader").get("/api/tickets/" + id).then().statusCode(200);
    assertThat(
            as("chief")
                .get("/api/tickets?status=ASSIGNED&size=200")
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(id);
  }

  @Test
  void aTicketNotYetAssignedIsInvisibleToUnits() {
    long id = Tickets.logged("待研判的工单");
    as("officer").get("/api/tickets/" + id).then().statusCode(404);
  }

  @Test
  void confidentialCallerIsHiddenFromTheHandlingUnit() {
    Map<String, Object> call = Tickets.call("举报涉赌线索，请为我保密");
    call.put("confidential", true);
    call.put("categoryCode", "ZA-GAMBLING");
    long id = Tickets.log(call).getLong("id");
    Tickets.act("dispatcher", id, "assign", Map.of("unitCode", "PS-CHENGGUAN"));

    var forUnit = as("officer").get("/api/tickets/" + id).jsonPath();
    assertThat(forUnit.getBoolean("callerHidden")).isTrue();
    assertThat(forUnit.getString("callerName")).isNull();
    assertThat(forUnit.getString("callerPhone")).isNull();
    var forCentre = as("dispatcher").get("/api/tickets/" + id).jsonPath();
    assertThat(forCentre.getString("callerName")).isEqualTo("测试来电人");
  }

  @Test
  void operatorFindsTheCallersEarlierTicketsByPhone() {
    Map<String, Object> call = Tickets.call("同一来电人的第一次来电");
    call.put("callerPhone", "13512345678");
    long first = Tickets.log(call).getLong("id");
    call.put("content", "同一来电人的第二次来电");
    long second = Tickets.log(call).getLong("id");
    var earlier = as("operator").get("/api/tickets?phone=13512345678").jsonPath();
    assertThat(earlier.getList("items.id", Long.class)).containsExactly(second, first);
  }
}
