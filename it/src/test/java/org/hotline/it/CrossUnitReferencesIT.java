package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.7: every id in a request exists, is visible to the caller and belongs where the request
 * says — a slip for one unit cannot carry another unit's ticket, a null id is a 400 (not a 500),
 * ids under a ticket in the path belong to that ticket.
 */
class CrossUnitReferencesIT {

  private static Map<String, Object> slip(String unitCode, String head, List<Long> ticketIds) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "跨单位引用");
    body.put("requirements", "按要求办理");
    body.put("deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString());
    body.put("supervisorUsername", "leader");
    body.put("unitCode", unitCode);
    body.put("headUsername", head);
    body.put("ticketIds", ticketIds);
    return body;
  }

  private static long assignedToDongguan(String content) {
    long id = Tickets.logged(content);
    Tickets.act("dispatcher", id, "assign", Map.of("unitCode", "PS-DONGGUAN"));
    return id;
  }

  @Test
  void aSlipCannotCarryATicketOfAnotherUnit() {
    long dongguan = assignedToDongguan("跨单位：东关的工单");
    as("director")
        .body(slip("PS-CHENGGUAN", "chief", List.of(dongguan)))
        .post("/api/slips")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("ticketIds"))
        .body("errors[0].reason", equalTo("OTHER_UNIT"));
    // nothing issued: the ticket shows no slip, the chief of 城关 cannot see it
    assertThat(as("director").get("/api/tickets/" + dongguan + "/slips").jsonPath().getList("id"))
        .isEmpty();
    as("chief").get("/api/tickets/" + dongguan).then().statusCode(404);
    as("director")
        .header("Accept-Language", "en")
        .body(slip("PS-CHENGGUAN", "chief", List.of(dongguan)))
        .post("/api/slips")
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("\"tickets\" belongs to another unit."));
  }

  @Test
  void aNullTicketIdIsABadRequestNotAServerError() {
    as("director")
        .body(slip("PS-CHENGGUAN", "chief", Arrays.asList((Long) null)))
        .post("/api/slips")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ticketIds"))
        .body("errors[0].reason", equalTo("REQUIRED"));
    long ticket = Tickets.assignedToChengguan("跨单位：重复的工单号");
    as("director")
        .body(slip("PS-CHENGGUAN", "chief", List.of(ticket, ticket)))
        .post("/api/slips")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ticketIds"))
        .body("errors[0].reason", equalTo("DUPLICATE"));
    as("director")
        .body(slip("PS-CHENGGUAN", "chief", List.of(Long.MAX_VALUE)))
        .post("/api/slips")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("UNKNOWN_CODE"));
    // a ticket still in triage belongs to no unit
    long triage = Tickets.logged("跨单位：待分派的工单");
    as("director")
        .body(slip("PS-CHENGGUAN", "chief", List.of(triage)))
        .post("/api/slips")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("OTHER_UNIT"));
  }

  @Test
  void theHeadOfASlipIsAHeadOfItsUnit() {
    long ticket = Tickets.assignedToChengguan("跨单位：责任人须为本单位负责人");
    as("director")
        .body(slip("PS-CHENGGUAN", "officer", List.of(ticket)))
        .post("/api/slips")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("headUsername"))
        .body("errors[0].reason", equalTo("INVALID"));
    as("director")
        .body(slip("PS-CHENGGUAN", "officer2", List.of(ticket)))
        .post("/api/slips")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("headUsername"))
        .body("errors[0].reason", equalTo("OTHER_UNIT"));
  }

  @Test
  void routingCitesOnlyTheTargetUnitsDutyAndEachAssistingUnitOnce() {
    long id = Tickets.logged("跨单位：引用其他单位的职责派单");
    as("dispatcher")
        .body(Map.of("unitCode", "PS-CHENGGUAN", "catalogueItemCode", "CAT-PROPERTY-01"))
        .post("/api/tickets/" + id + "/assign")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("catalogueItemCode"))
        .body("errors[0].reason", equalTo("OTHER_UNIT"));
    as("dispatcher")
        .body(
            Map.of(
                "unitCode",
                "PS-CHENGGUAN",
                "assistingUnitCodes",
                List.of("PS-DONGGUAN", "PS-DONGGUAN")))
        .post("/api/tickets/" + id + "/assign")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("assistingUnitCodes"))
        .body("errors[0].reason", equalTo("DUPLICATE"));
    as("dispatcher").get("/api/tickets/" + id).then().body("status", equalTo("PENDING_TRIAGE"));
  }

  @Test
  void aMergeTargetMustExist() {
    long id = Tickets.logged("跨单位：合并到不存在的工单");
    as("dispatcher")
        .body(Map.of("mainTicketId", Long.MAX_VALUE))
        .post("/api/tickets/" + id + "/merge")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("mainTicketId"))
        .body("errors[0].reason", equalTo("UNKNOWN_CODE"));
    as("dispatcher").get("/api/tickets/" + id).then().body("status", equalTo("PENDING_TRIAGE"));
  }

  @Test
  void idsUnderATicketInThePathBelongToThatTicket() {
    long a = Tickets.assignedToChengguan("跨单位：延期申请属于另一张工单");
    long b = Tickets.assignedToChengguan("跨单位：路径中的工单");
    Tickets.act("officer", a, "sign", null);
    String deadline = as("officer").get("/api/tickets/" + a).jsonPath().getString("replyDeadline");
    LocalDate day =
        java.time.OffsetDateTime.parse(deadline)
            .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
            .toLocalDate()
            .plusDays(3);
    long requestId =
        as("officer")
            .body(Map.of("reason", "需调取监控", "newDeadline", day.toString()))
            .post("/api/tickets/" + a + "/extensions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("id");
    as("chief")
        .body(Map.of("approve", true))
        .post("/api/tickets/" + b + "/extensions/" + requestId + "/decision")
        .then()
        .statusCode(404);
    as("officer")
        .get("/api/tickets/" + a + "/extensions")
        .then()
        .body("[0].status", equalTo("PENDING"));

    long diverted = Tickets.logged("跨单位：转办记录属于另一张工单");
    Tickets.act("dispatcher", diverted, "assign", Map.of("unitCode", "AG-URBAN"));
    long transferId =
        as("dispatcher")
            .get("/api/tickets/" + diverted + "/transfers")
            .jsonPath()
            .getLong("[0].id");
    as("dispatcher")
        .body(Map.of("externalStatus", "ACCEPTED"))
        .post("/api/tickets/" + b + "/transfers/" + transferId + "/feedback")
        .then()
        .statusCode(404);
  }
}
