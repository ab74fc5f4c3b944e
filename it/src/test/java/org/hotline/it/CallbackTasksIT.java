package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The callback queue of issue 14: a closed ticket or a direct answer gets a task due by 21:00 of
 * the next working day; the number is shown only to the agent who works it; a dissatisfied outcome
 * with tags opens the rectification; either path (task or ticket) records the callback once;
 * unreachable tries follow the schedule across the day boundary and the weekend; a confidential
 * caller's task carries the instruction.
 */
class CallbackTasksIT {

  @AfterEach
  void realTime() {
    TestClock.reset();
  }

  /** A ticket of 城关派出所 taken through to closure (审核通过办结). */
  static long closed(Map<String, Object> call) {
    long id = Tickets.log(call).getLong("id");
    Tickets.act("dispatcher", id, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    Tickets.act("officer", id, "sign", null);
    Tickets.replied(id, "已到场处理，当事人已和解");
    Tickets.act("dispatcher", id, "review", Map.of("approved", true));
    return id;
  }

  /**
   * A ticket of 东关派出所 (sub-centre SC-CITY) closed: officer2's reply goes straight to the centre.
   */
  static long closedAtDongguan(String content) {
    long id = Tickets.logged(content);
    Tickets.act("dispatcher", id, "assign", Map.of("unitCode", "PS-DONGGUAN"));
    Tickets.act("officer2", id, "sign", null);
    Tickets.act("officer2", id, "reply", Map.of("text", "已处理"));
    Tickets.act("dispatcher", id, "review", Map.of("approved", true));
    return id;
  }

  /** How many callbacks (回访, CALLED_BACK) the ticket's history holds. */
  static long calledBack(long ticket) {
    return as("dispatcher")
        .get("/api/tickets/" + ticket + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("action")
        .stream()
        .filter("CALLED_BACK"::equals)
        .count();
  }

  /** The open task of a ticket, as {@code user} sees it in the queue. */
  static JsonPath taskOf(String user, long ticketId) {
    List<Map<String, Object>> tasks =
        RatingRequests.callbackTasks(user, t -> RatingRequests.is(t.get("ticketId"), ticketId));
    if (tasks.isEmpty()) {
      throw new AssertionError("no task for ticket " + ticketId);
    }
    Map<String, Object> task = tasks.get(tasks.size() - 1);
    return as(user)
        .get("/api/callbacks/" + task.get("id"))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aClosedTicketIsDueByNinePmOfTheNextWorkingDayAndOnlyItsAgentSeesTheNumber() {
    // Friday 2026-12-04, 10:00 Shanghai: the next working day is Monday 2026-12-07
    TestClock.at(OffsetDateTime.parse("2026-12-04T10:00:00+08:00"));
    Map<String, Object> call = Tickets.call("楼上装修噪音，要求回访 A");
    call.put("callerPhone", "139-1111-2222");
    long ticket = closed(call);
    JsonPath task = taskOf("admin", ticket);
    assertThat(task.getString("status")).isEqualTo("OPEN");
    assertThat(task.getString("reasonCode")).isEqualTo("TICKET_CLOSED");
    assertThat(OffsetDateTime.parse(task.getString("dueAt")).toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-07T21:00:00+08:00").toInstant());
    assertThat(task.getString("unitCode")).isEqualTo("PS-CHENGGUAN");
    assertThat(task.getString("citizenPhone")).isEqualTo("139****2222");
    assertThat(task.getString("citizenName")).isNull();
    assertThat(task.getList("history.action")).contains("LOGGED", "REPLY_APPROVED");

    long id = task.getLong("id");
    JsonPath claimed =
        as("callback")
            .post("/api/callbacks/" + id + "/claim")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(claimed.getString("citizenPhone")).isEqualTo("139-1111-2222");
    assertThat(claimed.getBoolean("phoneVisible")).isTrue();
    assertThat(
            as("admin")
                .get("/api/callbacks/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("citizenPhone"))
        .isEqualTo("139****2222");
    // unit roles do not read the queue
    as("officer").get("/api/callbacks").then().statusCode(403);
  }

  @Test
  void aDissatisfiedOutcomeWithTagsOpensTheRectificationAndIsRecordedOnce() {
    long ticket = closed(Tickets.call("噪音扰民多次报警无果 B"));
    long id = taskOf("callback", ticket).getLong("id");
    as("callback")
        .body(
            Map.of(
                "result",
                "DISSATISFIED",
                "reasons",
                List.of("ATTITUDE"),
                "tags",
                List.of("ATTITUDE_POOR", "CONTACT_NONE"),
                "note",
                "群众情绪较大"))
        .post("/api/callbacks/" + id + "/outcome")
        .then()
        .statusCode(200);
    JsonPath done =
        as("callback").get("/api/callbacks/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getString("result")).isEqualTo("DISSATISFIED");
    assertThat(done.getList("tags")).containsExactly("ATTITUDE_POOR", "CONTACT_NONE");
    assertThat(done.getList("reasons")).containsExactly("ATTITUDE");
    JsonPath t =
        as("dispatcher").get("/api/tickets/" + ticket).then().statusCode(200).extract().jsonPath();
    assertThat(t.getString("status")).isEqualTo("RECTIFYING");
    // the same callback again through either path is refused and changes nothing
    as("callback")
        .body(Map.of("result", "SATISFIED"))
        .post("/api/callbacks/" + id + "/outcome")
        .then()
        .statusCode(409)
        .body("code", org.hamcrest.Matchers.equalTo("CALLBACK_TASK_DONE"));
    as("callback")
        .body(Map.of("result", "SATISFIED"))
        .post("/api/tickets/" + ticket + "/callback")
        .then()
        .statusCode(409);
    assertThat(calledBack(ticket)).isEqualTo(1);
  }

  @Test
  void aCallbackThroughTheTicketFinishesTheTask() {
    long ticket = closed(Tickets.call("电动车被盗报警回访 C"));
    long id = taskOf("callback", ticket).getLong("id");
    Tickets.act("callback", ticket, "callback", Map.of("result", "SATISFIED"));
    JsonPath done =
        as("callback").get("/api/callbacks/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(done.getString("status")).isEqualTo("DONE");
    assertThat(done.getString("result")).isEqualTo("SATISFIED");
  }

  @Test
  void aRefusedOutcomeChangesNothing() {
    long ticket = closed(Tickets.call("邻居吵架调解回访 D"));
    long id = taskOf("callback", ticket).getLong("id");
    as("callback")
        .body(Map.of("result", "DISSATISFIED", "tags", List.of("bad tag!")))
        .post("/api/callbacks/" + id + "/outcome")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItems("reasons", "tags"));
    as("callback")
        .body(
            Map.of(
                "result", "DISSATISFIED", "reasons", List.of("OTHER"), "praiseOfficer", "003001"))
        .post("/api/callbacks/" + id + "/outcome")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("praiseOfficer"));
    assertThat(
            as("dispatcher")
                .get("/api/tickets/" + ticket)
                .then()
                .extract()
                .jsonPath()
                .getBoolean("callbackDue"))
        .isTrue();
    // another agent cannot record on a task someone works
    as("callback").post("/api/callbacks/" + id + "/claim").then().statusCode(200);
    as("admin")
        .body(Map.of("result", "SATISFIED"))
        .post("/api/callbacks/" + id + "/outcome")
        .then()
        .statusCode(403);
  }

  @Test
  void theTicketPageCannotRecordTheCallOfATaskAnotherAgentWorks() {
    long ticket = closedAtDongguan("楼下商铺音响扰民 认领");
    long id = taskOf("callback-city", ticket).getLong("id");
    as("callback-city").post("/api/callbacks/" + id + "/claim").then().statusCode(200);
    // the city-wide agent sees the ticket (masked) but may not record the call the other agent
    // makes
    as("callback")
        .body(Map.of("result", "DISSATISFIED", "reasons", List.of("ATTITUDE")))
        .post("/api/tickets/" + ticket + "/callback")
        .then()
        .statusCode(409)
        .body("code", org.hamcrest.Matchers.equalTo("CALLBACK_TASK_TAKEN"));
    JsonPath task = taskOf("callback-city", ticket);
    assertThat(task.getString("status")).isEqualTo("OPEN");
    assertThat(task.getString("assignee")).isEqualTo("callback-city");
    assertThat(calledBack(ticket)).isZero();
    // the agent who works it records it, on the ticket page as in the queue
    as("callback-city")
        .body(Map.of("result", "SATISFIED"))
        .post("/api/tickets/" + ticket + "/callback")
        .then()
        .statusCode(200);
    assertThat(calledBack(ticket)).isEqualTo(1);
  }

  @Test
  void unreachableTriesStayInsideCallingHoursAcrossTheDayBoundaryAndTheWeekend() {
    // Friday 2026-12-04 19:30: +4 h would be 23:30, so the second try is Monday 08:00
    TestClock.at(OffsetDateTime.parse("2026-12-04T19:30:00+08:00"));
    long ticket = closed(Tickets.call("深夜烧烤摊噪音 E"));
    long id = taskOf("callback", ticket).getLong("id");
    JsonPath first =
        as("callback")
            .body(Map.of("result", "UNREACHABLE"))
            .post("/api/callbacks/" + id + "/outcome")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getString("status")).isEqualTo("OPEN");
    assertThat(first.getInt("attempts")).isEqualTo(1);
    assertThat(first.getString("assignee")).isNull();
    assertThat(OffsetDateTime.parse(first.getString("dueAt")).toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-07T08:00:00+08:00").toInstant());
    // Monday 08:00: the next try is one working day later at the same time
    TestClock.at(OffsetDateTime.parse("2026-12-07T08:00:00+08:00"));
    JsonPath second =
        as("callback")
            .body(Map.of("result", "UNREACHABLE"))
            .post("/api/callbacks/" + id + "/outcome")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // the same time of day one working day later (the test clock runs on from 08:00: to the minute)
    assertThat(
            OffsetDateTime.parse(second.getString("dueAt"))
                .toInstant()
                .truncatedTo(ChronoUnit.MINUTES))
        .isEqualTo(OffsetDateTime.parse("2026-12-08T08:00:00+08:00").toInstant());
    TestClock.at(OffsetDateTime.parse("2026-12-08T08:05:00+08:00"));
    JsonPath third =
        as("callback")
            .body(Map.of("result", "UNREACHABLE"))
            .post("/api/callbacks/" + id + "/outcome")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(third.getString("status")).isEqualTo("DONE");
    assertThat(third.getString("result")).isEqualTo("UNREACHABLE");
    assertThat(third.getInt("attempts")).isEqualTo(3);
  }

  @Test
  void aConfidentialCallersTaskCarriesTheInstructionAndADirectAnswerGetsATask() {
    Map<String, Object> call = Tickets.call("举报赌博窝点，请保密 F");
    call.put("confidential", true);
    call.put("callerPhone", "13922223333");
    long ticket = closed(call);
    JsonPath task = taskOf("callback", ticket);
    assertThat(task.getBoolean("confidential")).isTrue();
    assertThat(task.getString("contactInstruction")).isEqualTo("CONFIDENTIAL_CALLER");
    assertThat(task.getString("citizenPhone")).isEqualTo("139****3333");

    Map<String, Object> consult = Tickets.call("咨询身份证补办流程 G");
    consult.put("directAnswer", "工作日到户政窗口办理");
    long answered = Tickets.log(consult).getLong("id");
    assertThat(taskOf("callback", answered).getString("reasonCode")).isEqualTo("DIRECT_ANSWER");
  }
}
