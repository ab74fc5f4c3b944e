package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deadlines in the running server, on the real engine's timers under the controlled clock:
 * reminder, sign-overdue, overdue and escalation marks with their notifications; extensions; the
 * re-computation after a calendar edit; the chief's desk.
 */
class DeadlinesIT {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @AfterEach
  void realTime() {
    TestClock.reset();
  }

  static JsonPath ticket(String user, long id) {
    return as(user).get("/api/tickets/" + id).then().statusCode(200).extract().jsonPath();
  }

  static List<String> actions(long id) {
    return as("dispatcher")
        .get("/api/tickets/" + id + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("action");
  }

  static OffsetDateTime time(JsonPath t, String field) {
    return OffsetDateTime.parse(t.getString(field));
  }

  static List<Map<String, Object>> notificationsAbout(String user, long ticketId) {
    return as(user)
        .get("/api/notifications")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .<Map<String, Object>>getList("$")
        .stream()
        .filter(
            // notifications about no ticket (a slip, an account) carry "ticketId": null
            n -> n.get("ticketId") instanceof Number id && id.longValue() == ticketId)
        .toList();
  }

  @Test
  void assignmentSetsTheDeadlinesOfTheRulesInForce() {
    long id = Tickets.assignedToChengguan("时限测试：派单即计算签收与办理时限");
    JsonPath t = ticket("officer", id);
    OffsetDateTime assigned = time(t, "assignedAt");
    OffsetDateTime sign = time(t, "signDeadline");
    OffsetDateTime reply = time(t, "replyDeadline");
    assertThat(sign).isAfter(assigned);
    // sign deadlines fall within working hours (08:30-17:30 Shanghai)
    assertThat(sign.atZoneSameInstant(SHANGHAI).toLocalTime())
        .isBetween(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(17, 30));
    // ZA-NOISE: 3 working days, ending at 23:59:59
    assertThat(reply.atZoneSameInstant(SHANGHAI).toLocalTime())
        .isEqualTo(java.time.LocalTime.of(23, 59, 59));
    assertThat(reply).isAfter(assigned.plusDays(2));
    assertThat(t.getList("allowedActions")).contains("sign", "requestExtension");
  }

  @Test
  void timersMarkReminderSignOverdueOverdueAndEscalationAndTellThePeopleConcerned() {
    long id = Tickets.assignedToChengguan("时限测试：超时未签收、催办、超期、升级");
    JsonPath t = ticket("officer", id);
    OffsetDateTime sign = time(t, "signDeadline");
    OffsetDateTime reply = time(t, "replyDeadline");

    TestClock.at(sign.minusMinutes(1));
    assertThat(actions(id)).doesNotContain("SIGN_OVERDUE");
    TestClock.at(sign.plusMinutes(1));
    assertThat(actions(id)).contains("SIGN_OVERDUE").doesNotContain("OVERDUE");
    assertThat(notificationsAbout("officer", id))
        .extracting(n -> n.get("kind"))
        .contains("SIGN_OVERDUE");

    TestClock.at(reply.minusHours(1));
    assertThat(actions(id)).contains("REMINDED").doesNotContain("OVERDUE");
    assertThat(notificationsAbout("officer", id))
        .extracting(n -> n.get("kind"))
        .contains("REMINDER");

    TestClock.at(reply.plusSeconds(5));
    assertThat(actions(id)).containsOnlyOnce("OVERDUE");
    assertThat(notificationsAbout("chief", id)).extracting(n -> n.get("kind")).contains("OVERDUE");
    assertThat(notificationsAbout("dispatcher", id))
        .extracting(n -> n.get("kind"))
        .contains("OVERDUE");
    assertThat(ticket("chief", id).getString("overdueAt")).isNotNull();
    assertThat(
            as("dispatcher")
                .get("/api/tickets?overdue=true&size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(id);

    // one working day later it is reported to the bureau (示范县公安局), the top of the hierarchy
    TestClock.at(reply.plusDays(5));
    assertThat(actions(id)).containsOnlyOnce("ESCALATED");
    JsonPath escalated = ticket("chief", id);
    assertThat(escalated.getInt("escalationLevel")).isEqualTo(1);
    assertThat(escalated.getString("escalatedToUnitName")).isEqualTo("示范县公安局");
    assertThat(notificationsAbout("director", id))
        .extracting(n -> n.get("kind"))
        .contains("ESCALATION");

    JsonPath desk = as("chief").get("/api/desk/chief").then().statusCode(200).extract().jsonPath();
    assertThat(desk.getList("overdue.id", Long.class)).contains(id);
    assertThat(desk.getList("escalated.id", Long.class)).contains(id);
    assertThat(desk.getList("signOverdue.id", Long.class)).contains(id);
  }

  @Test
  void aReplyInTimeLeavesNoOverdueMark() {
    long id = Tickets.assignedToChengguan("时限测试：按时回复不超期");
    OffsetDateTime reply = time(ticket("officer", id), "replyDeadline");
    Tickets.act("officer", id, "sign", null);
    Tickets.replied(id, "已按时办结");
    TestClock.at(reply.plusDays(6));
    assertThat(actions(id)).doesNotContain("OVERDUE", "ESCALATED", "REMINDED");
  }

  @Test
  void extensionMovesTheDeadlineAndItsTimersWithinTheRuleLimits() {
    long id = Tickets.assignedToChengguan("时限测试：申请延期");
    Tickets.act("officer", id, "sign", null);
    OffsetDateTime old = time(ticket("officer", id), "replyDeadline");
    LocalDate oldDay = old.atZoneSameInstant(SHANGHAI).toLocalDate();

    as("officer")
        .body(Map.of("reason", "需调取监控", "newDeadline", oldDay.toString()))
        .post("/api/tickets/" + id + "/extensions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("newDeadline"))
        .body("errors[0].reason", equalTo("NOT_LATER"));
    as("officer")
        .body(Map.of("reason", "需调取监控", "newDeadline", oldDay.plusDays(40).toString()))
        .post("/api/tickets/" + id + "/extensions")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("BEYOND_LIMIT"));
    as("officer")
        .body(Map.of("newDeadline", "not-a-date"))
        .post("/api/tickets/" + id + "/extensions")
        .then()
        .statusCode(400);

    LocalDate newDay = oldDay.plusDays(7);
    long requestId =
        as("officer")
            .body(Map.of("reason", "需调取监控", "newDeadline", newDay.toString()))
            .post("/api/tickets/" + id + "/extensions")
            .then()
            .statusCode(200)
            .body("status", equalTo("PENDING"))
            // the pages show who asked by name, not by username
            .body("requestedBy", equalTo("officer"))
            .body("requestedByName", equalTo(ItServer.displayName("officer")))
            .extract()
            .jsonPath()
            .getLong("id");
    as("officer")
        .body(Map.of("reason", "再次申请", "newDeadline", newDay.toString()))
        .post("/api/tickets/" + id + "/extensions")
        .then()
        .statusCode(409)
        .body("code", equalTo("EXTENSION_NOT_ALLOWED"));
    as("officer")
        .body(Map.of("approve", true))
        .post("/api/tickets/" + id + "/extensions/" + requestId + "/decision")
        .then()
        .statusCode(403);
    as("officer2")
        .body(Map.of("approve", true))
        .post("/api/tickets/" + id + "/extensions/" + requestId + "/decision")
        .then()
        .statusCode(403);
    as("officer2").get("/api/tickets/" + id + "/extensions").then().statusCode(404);

    JsonPath desk = as("chief").get("/api/desk/chief").then().statusCode(200).extract().jsonPath();
    assertThat(desk.getList("extensions.id", Long.class)).contains(requestId);
    as("chief")
        .body(Map.of("approve", true, "note", "同意延期"))
        .post("/api/tickets/" + id + "/extensions/" + requestId + "/decision")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    as("chief")
        .body(Map.of("approve", true))
        .post("/api/tickets/" + id + "/extensions/" + requestId + "/decision")
        .then()
        .statusCode(409)
        .body("code", equalTo("EXTENSION_NOT_OPEN"));

    JsonPath extended = ticket("officer", id);
    OffsetDateTime now = time(extended, "replyDeadline");
    assertThat(now.atZoneSameInstant(SHANGHAI).toLocalDate()).isEqualTo(newDay);
    assertThat(extended.getInt("extensionCount")).isEqualTo(1);
    assertThat(notificationsAbout("officer", id))
        .extracting(n -> n.get("kind"))
        .contains("EXTENSION_DECIDED");

    // the old deadline passes quietly; the new one bites
    TestClock.at(old.plusHours(1));
    assertThat(actions(id))
        .contains("EXTENSION_REQUESTED", "EXTENSION_APPROVED")
        .doesNotContain("OVERDUE");
    TestClock.at(now.plusSeconds(5));
    assertThat(actions(id)).contains("OVERDUE");
    // at most one extension by default
    as("officer")
        .body(Map.of("reason", "再延", "newDeadline", newDay.plusDays(3).toString()))
        .post("/api/tickets/" + id + "/extensions")
        .then()
        .statusCode(409);
  }

  @Test
  void extensionGoesToTheCentreAfterTheChiefWhenTheRuleSaysSo() {
    Map<String, Object> rule =
        new java.util.HashMap<>(
            Map.of(
                "categoryCode",
                "ZA-DOG",
                "signHours",
                4,
                "replyDays",
                5,
                "remindBeforeDays",
                1,
                "escalateAfterDays",
                1,
                "maxExtensions",
                2,
                "maxExtensionDays",
                10,
                "centreApproval",
                true,
                "note",
                "IT: 犬类延期须中心审批"));
    as("operator").body(rule).post("/api/time-limit-rules").then().statusCode(403);
    long ruleId = createdRule(rule);
    try {
      as("admin")
          .body(rule)
          .post("/api/time-limit-rules")
          .then()
          .statusCode(400)
          .body("errors[0].reason", equalTo("DUPLICATE"));
      Map<String, Object> call = Tickets.call("时限测试：犬只扰民需中心审批延期");
      call.put("categoryCode", "ZA-DOG");
      long id = Tickets.log(call).getLong("id");
      Tickets.act("dispatcher", id, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
      LocalDate day =
          time(ticket("officer", id), "replyDeadline").atZoneSameInstant(SHANGHAI).toLocalDate();
      long requestId =
          as("officer")
              .body(Map.of("reason", "需多部门联合处置", "newDeadline", day.plusDays(3).toString()))
              .post("/api/tickets/" + id + "/extensions")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("id");
      as("chief")
          .body(Map.of("approve", true))
          .post("/api/tickets/" + id + "/extensions/" + requestId + "/decision")
          .then()
          .statusCode(200)
          .body("status", equalTo("CHIEF_APPROVED"));
      assertThat(ticket("officer", id).getInt("extensionCount")).isZero();
      assertThat(
              as("dispatcher")
                  .get("/api/extensions/awaiting-centre")
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getList("id", Long.class))
          .contains(requestId);
      as("chief").get("/api/extensions/awaiting-centre").then().statusCode(403);
      as("dispatcher")
          .body(Map.of("approve", true))
          .post("/api/tickets/" + id + "/extensions/" + requestId + "/decision")
          .then()
          .statusCode(200)
          .body("status", equalTo("APPROVED"))
          .body("centreDecidedBy", equalTo("dispatcher"));
      assertThat(ticket("officer", id).getInt("extensionCount")).isEqualTo(1);
    } finally {
      as("admin").delete("/api/time-limit-rules/" + ruleId).then().statusCode(204);
    }
  }

  @Test
  void aCalendarEditMovesOpenDeadlinesAndTheirTimers() {
    long id = Tickets.assignedToChengguan("时限测试：调整工作日历后重算时限");
    OffsetDateTime before = time(ticket("officer", id), "replyDeadline");
    LocalDate lastDay = before.atZoneSameInstant(SHANGHAI).toLocalDate();
    as("admin")
        .body(Map.of("working", false, "note", "IT 临时放假"))
        .put("/api/calendar/" + lastDay)
        .then()
        .statusCode(200);
    try {
      OffsetDateTime after = time(ticket("officer", id), "replyDeadline");
      assertThat(after).isAfter(before);
      assertThat(actions(id)).contains("DEADLINES_RECOMPUTED");
      TestClock.at(before.plusHours(1));
      assertThat(actions(id)).doesNotContain("OVERDUE");
    } finally {
      TestClock.reset();
      as("admin").delete("/api/calendar/" + lastDay).then().statusCode(204);
    }
    assertThat(time(ticket("officer", id), "replyDeadline")).isEqualTo(before);
  }

  @Test
  void rulesAreReadByAllAndValidated() {
    List<Map<String, Object>> rules =
        as("officer")
            .get("/api/time-limit-rules")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(rules).anyMatch(r -> r.get("categoryCode") == null && r.get("urgency") == null);
    assertThat(rules)
        .anyMatch(
            r ->
                "EMERGENCY".equals(r.get("urgency"))
                    && Integer.valueOf(0).equals(r.get("replyDays")));
    Object defaultId =
        rules.stream()
            .filter(
                r ->
                    r.get("categoryCode") == null
                        && r.get("urgency") == null
                        && r.get("channel") == null)
            .findFirst()
            .orElseThrow()
            .get("id");
    as("admin")
        .body(
            Map.of(
                "signHours",
                -1,
                "remindBeforeDays",
                1,
                "escalateAfterDays",
                1,
                "maxExtensions",
                1,
                "maxExtensionDays",
                10))
        .put("/api/time-limit-rules/" + defaultId)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("signHours"));
    as("admin").delete("/api/time-limit-rules/" + defaultId).then().statusCode(403);
  }

  @Test
  void notificationsAreReadOneByOneOrAllAtOnceAndOnlyByTheirRecipient() {
    long id = Tickets.assignedToChengguan("时限测试：提醒已读");
    TestClock.at(time(ticket("officer", id), "signDeadline").plusMinutes(1));
    long unread =
        as("officer")
            .get("/api/notifications/unread-count")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("unread");
    assertThat(unread).isPositive();
    Number first = (Number) notificationsAbout("officer", id).get(0).get("id");
    as("officer2").post("/api/notifications/" + first + "/read").then().statusCode(404);
    as("officer")
        .post("/api/notifications/" + first + "/read")
        .then()
        .statusCode(200)
        .body("read", equalTo(true));
    assertThat(
            as("officer")
                .get("/api/notifications/unread-count")
                .then()
                .extract()
                .jsonPath()
                .getLong("unread"))
        .isEqualTo(unread - 1);
    as("officer").post("/api/notifications/read-all").then().statusCode(200);
    as("officer").get("/api/notifications/unread-count").then().body("unread", equalTo(0));
  }

  /** Creates a time-limit rule (时限规则) as the administrator; returns its id. */
  static long createdRule(Map<String, Object> rule) {
    return as("admin")
        .body(rule)
        .post("/api/time-limit-rules")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
