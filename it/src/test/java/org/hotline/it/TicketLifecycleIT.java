package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.Tickets.act;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A ticket's whole life through the real server: intake → triage → sign → reply → review →
 * callback.
 */
class TicketLifecycleIT {

  @Test
  void ticketIsLoggedAssignedSignedRepliedApprovedAndCalledBack() {
    var logged = Tickets.log(Tickets.call("小区楼下烧烤摊噪音扰民，凌晨两点仍未停止"));
    long id = logged.getLong("id");
    assertThat(logged.getString("number")).matches("\\d{8}-\\d{6}");
    assertThat(logged.getString("status")).isEqualTo("PENDING_TRIAGE");
    assertThat(OffsetDateTime.parse(logged.getString("replyDeadline")).getOffset().getId())
        .isEqualTo("+08:00");

    assertThat(waitingTask(logged.getString("number"))).isEqualTo("triage");
    assertThat(
            act("dispatcher", id, "assign", Map.of("unitCode", "PS-CHENGGUAN")).getString("status"))
        .isEqualTo("ASSIGNED");
    assertThat(waitingTask(logged.getString("number"))).isEqualTo("sign");
    var signed = act("officer", id, "sign", null);
    assertThat(signed.getString("status")).isEqualTo("SIGNED");
    assertThat(signed.getList("allowedActions"))
        .containsExactlyInAnyOrder("reply", "return", "requestExtension");
    var withChief = act("officer", id, "reply", Map.of("text", "已到场处置，烧烤摊已收摊并承诺整改"));
    assertThat(withChief.getString("status")).isEqualTo("CHIEF_REVIEW");
    assertThat(withChief.getString("repliedAt")).isNull();
    assertThat(waitingTask(logged.getString("number"))).isEqualTo("chiefReview");
    // only the chief of the unit approves; the dispatcher cannot review a reply still with the
    // chief
    as("officer")
        .body(Map.of("approved", true))
        .post("/api/tickets/" + id + "/chief-review")
        .then()
        .statusCode(403);
    as("dispatcher")
        .body(Map.of("approved", true))
        .post("/api/tickets/" + id + "/review")
        .then()
        .statusCode(409);
    as("chief")
        .body(Map.of("approved", false))
        .post("/api/tickets/" + id + "/chief-review")
        .then()
        .statusCode(400);
    assertThat(act("chief", id, "chief-review", Map.of("approved", true)).getString("status"))
        .isEqualTo("REPLIED");
    var closed = act("dispatcher", id, "review", Map.of("approved", true, "comment", "同意办结"));
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getBoolean("callbackDue")).isTrue();

    assertThat(waitingTask(logged.getString("number"))).isEqualTo("callback");
    var calledBack =
        act("callback", id, "callback", Map.of("result", "SATISFIED", "reasons", List.of()));
    assertThat(waitingTask(logged.getString("number"))).isNull();
    assertThat(calledBack.getString("callbackResult")).isEqualTo("SATISFIED");
    assertThat(calledBack.getBoolean("callbackDue")).isFalse();

    var history =
        as("dispatcher")
            .get("/api/tickets/" + id + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(history.getList("action", String.class))
        .containsExactly(
            "LOGGED",
            "ASSIGNED",
            "SIGNED",
            "REPLIED",
            "REPLY_CHIEF_APPROVED",
            "REPLY_APPROVED",
            "CALLED_BACK");
    assertThat(history.getList("actor", String.class))
        .containsExactly(
            "operator", "dispatcher", "officer", "officer", "chief", "dispatcher", "callback");
    assertThat(history.getList("toStatus", String.class))
        .containsExactly(
            "PENDING_TRIAGE", "ASSIGNED", "SIGNED", "CHIEF_REVIEW", "REPLIED", "CLOSED", "CLOSED");
    assertThat(history.getString("[1].detail")).isEqualTo("unit=PS-CHENGGUAN");
    assertThat(history.getString("[2].actorUnitCode")).isEqualTo("PS-CHENGGUAN");
  }

  /** The Camunda task the ticket's process waits at (business key = ticket number), or null. */
  private static String waitingTask(String number) {
    List<String> keys =
        as("admin")
            .queryParam("processInstanceBusinessKey", number)
            .get("/camunda/api/engine/engine/default/task")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("taskDefinitionKey", String.class);
    assertThat(keys.size()).isLessThanOrEqualTo(1);
    return keys.isEmpty() ? null : keys.get(0);
  }

  @Test
  void replySentBackByTheDispatcherIsRepliedAgain() {
    long id = Tickets.assignedToChengguan("车辆长期占用消防通道");
    act("chief", id, "sign", null);
    act("chief", id, "reply", Map.of("text", "已联系车主"));
    var sentBack = act("dispatcher", id, "review", Map.of("approved", false, "comment", "请说明处理结果"));
    assertThat(sentBack.getString("status")).isEqualTo("SIGNED");
    act("chief", id, "reply", Map.of("text", "车主已挪车，已告知不得再占用"));
    assertThat(act("dispatcher", id, "review", Map.of("approved", true)).getString("status"))
        .isEqualTo("CLOSED");
    var actions =
        as("chief")
            .get("/api/tickets/" + id + "/history")
            .jsonPath()
            .getList("action", String.class);
    assertThat(actions)
        .containsSubsequence("REPLIED", "REPLY_SENT_BACK", "REPLIED", "REPLY_APPROVED");
  }

  @Test
  void consultationAnsweredOnTheCallIsClosedAtOnceAndStillDueForCallback() {
    Map<String, Object> call = Tickets.call("咨询身份证补办需要哪些材料");
    call.put("categoryCode", "HZ-IDCARD");
    call.put("directAnswer", "携带户口簿到户籍窗口办理，可当场受理");
    var ticket = Tickets.log(call);
    assertThat(ticket.getString("status")).isEqualTo("CLOSED");
    assertThat(ticket.getBoolean("callbackDue")).isTrue();
    assertThat(ticket.getString("directAnswer")).isEqualTo("携带户口簿到户籍窗口办理，可当场受理");

    long id = ticket.getLong("id");
    var due =
        as("callback")
            .get("/api/tickets?callbackDue=true&size=200")
            .jsonPath()
            .getList("items.id", Long.class);
    assertThat(due).contains(id);
    var actions =
        as("callback")
            .get("/api/tickets/" + id + "/history")
            .jsonPath()
            .getList("action", String.class);
    assertThat(actions).containsExactly("LOGGED", "ANSWERED_DIRECTLY");
  }

  @Test
  void unreachableCitizenIsTriedThreeTimesThenRecordedAsUnreachable() {
    Map<String, Object> call = Tickets.call("咨询出入境业务办理时间");
    call.put("categoryCode", "CRJ-PASSPORT");
    call.put("directAnswer", "工作日 9:00-17:00");
    long id = Tickets.log(call).getLong("id");

    var first = act("callback", id, "callback", Map.of("result", "UNREACHABLE"));
    assertThat(first.getBoolean("callbackDue")).isTrue();
    assertThat(first.getInt("callbackAttempts")).isEqualTo(1);
    act("callback", id, "callback", Map.of("result", "UNREACHABLE"));
    var third = act("callback", id, "callback", Map.of("result", "UNREACHABLE", "note", "三次未接通"));
    assertThat(third.getBoolean("callbackDue")).isFalse();
    assertThat(third.getString("callbackResult")).isEqualTo("UNREACHABLE");
    // no fourth attempt
    as("callback")
        .body(Map.of("result", "SATISFIED"))
        .post("/api/tickets/" + id + "/callback")
        .then()
        .statusCode(409);
  }

  @Test
  void dissatisfiedCallbackKeepsItsReasons() {
    long id = Tickets.assignedToChengguan("邻居家狗夜间狂吠");
    act("officer", id, "sign", null);
    Tickets.replied(id, "已上门劝导");
    act("dispatcher", id, "review", Map.of("approved", true));
    var result =
        act(
            "callback",
            id,
            "callback",
            Map.of("result", "DISSATISFIED", "reasons", List.of("推诿扯皮", "效率低"), "note", "问题仍存在"));
    // reasons are stored as codes (issue 9); the labels the pages sent before are mapped to theirs
    assertThat(result.getList("callbackReasons")).containsExactly("PASSING_THE_BUCK", "SLOW");
  }

  @Test
  void ticketSheetIsAPdf() {
    long id = Tickets.assignedToChengguan("打印工单测试");
    byte[] pdf =
        as("officer")
            .get("/api/tickets/" + id + "/sheet.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(2000);
  }
}
