package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hotline.it.ItServer.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.6: no step of a multi-step approval can be skipped — the centre does not decide an
 * extension before the chief of a unit that has one, and does not review a reply the chief has not
 * approved; the steps of a supervision slip go in order.
 */
class WorkflowStepsIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static long requestExtension(String user, long id) {
    String deadline =
        as(user)
            .get("/api/tickets/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("replyDeadline");
    LocalDate day =
        OffsetDateTime.parse(deadline).atZoneSameInstant(SHANGHAI).toLocalDate().plusDays(3);
    return as(user)
        .body(Map.of("reason", "需调取监控", "newDeadline", day.toString()))
        .post("/api/tickets/" + id + "/extensions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  @Test
  void theDispatcherCannotDecideAnExtensionBeforeTheChiefOfAUnitThatHasOne() {
    long id = Tickets.assignedToChengguan("步骤测试：调度员越过所长批准延期");
    Tickets.act("officer", id, "sign", null);
    long requestId = requestExtension("officer", id);

    as("dispatcher")
        .body(Map.of("approve", true))
        .post("/api/tickets/" + id + "/extensions/" + requestId + "/decision")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("EARLIER_STEP_PENDING"));
    as("dispatcher")
        .body(Map.of("approve", false, "note", "不同意"))
        .post("/api/tickets/" + id + "/extensions/" + requestId + "/decision")
        .then()
        .statusCode(409)
        .body("code", equalTo("EARLIER_STEP_PENDING"));
    // nothing changed
    as("officer")
        .get("/api/tickets/" + id + "/extensions")
        .then()
        .statusCode(200)
        .body("[0].status", equalTo("PENDING"))
        .body("[0].chiefDecidedBy", nullValue())
        .body("[0].centreDecidedBy", nullValue());
    assertThat(as("officer").get("/api/tickets/" + id).jsonPath().getInt("extensionCount"))
        .isZero();

    as("chief")
        .body(Map.of("approve", true))
        .post("/api/tickets/" + id + "/extensions/" + requestId + "/decision")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("chiefDecidedBy", equalTo("chief"));
  }

  @Test
  void theDispatcherDecidesAloneForAUnitWithoutAChief() {
    long id = Tickets.logged("步骤测试：无所长的单位由中心审批延期");
    Tickets.act("dispatcher", id, "assign", Map.of("unitCode", "AG-URBAN"));
    Tickets.act("agency", id, "sign", null);
    long requestId = requestExtension("agency", id);
    as("dispatcher")
        .body(Map.of("approve", true))
        .post("/api/tickets/" + id + "/extensions/" + requestId + "/decision")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("centreDecidedBy", equalTo("dispatcher"));
  }

  @Test
  void theCentreCannotReviewAReplyTheChiefHasNotApproved() {
    long id = Tickets.assignedToChengguan("步骤测试：中心越过所长审核回复");
    Tickets.act("officer", id, "sign", null);
    Tickets.act("officer", id, "reply", Map.of("text", "已处理"));
    as("dispatcher")
        .body(Map.of("approved", true))
        .post("/api/tickets/" + id + "/review")
        .then()
        .statusCode(409)
        .body("code", equalTo("ILLEGAL_TRANSITION"));
    as("officer").get("/api/tickets/" + id).then().body("status", equalTo("CHIEF_REVIEW"));
  }

  @Test
  void theStepsOfASupervisionSlipGoInOrderAndOnlyByTheHead() {
    long ticket = Tickets.assignedToChengguan("步骤测试：督办单步骤顺序");
    long slip =
        as("director")
            .body(
                Map.of(
                    "title",
                    "步骤顺序",
                    "requirements",
                    "按步骤办理",
                    "deadline",
                    LocalDate.now(SHANGHAI).plusDays(20).toString(),
                    "supervisorUsername",
                    "leader",
                    "unitCode",
                    "PS-CHENGGUAN",
                    "headUsername",
                    "chief",
                    "ticketIds",
                    List.of(ticket)))
            .post("/api/slips")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    as("chief")
        .body(Map.of("note", "先办理"))
        .post("/api/slips/" + slip + "/handle")
        .then()
        .statusCode(409)
        .body("code", equalTo("SLIP_STEP_NOT_ALLOWED"));
    as("chief")
        .body(Map.of("report", "先报告"))
        .post("/api/slips/" + slip + "/report")
        .then()
        .statusCode(409)
        .body("code", equalTo("SLIP_STEP_NOT_ALLOWED"));
    as("director")
        .body(Map.of("accepted", true))
        .post("/api/slips/" + slip + "/review")
        .then()
        .statusCode(409)
        .body("code", equalTo("SLIP_STEP_NOT_ALLOWED"));
    as("officer").post("/api/slips/" + slip + "/acknowledge").then().statusCode(403);
    as("chief").get("/api/slips/" + slip).then().statusCode(200).body("status", equalTo("ISSUED"));
  }
}
