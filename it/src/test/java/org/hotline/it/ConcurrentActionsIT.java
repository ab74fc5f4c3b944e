package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.Tickets.act;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Two people doing something to the same ticket at the same moment (issue 10.3): pairs of actions
 * released together by a barrier, several rounds each. Every race gives exactly one success and a
 * 409 ({@code CONCURRENT_UPDATE} or {@code ILLEGAL_TRANSITION}), never a 500; afterwards the
 * ticket, its history and its open workflow task agree.
 */
class ConcurrentActionsIT {

  private static final int ROUNDS = 4;
  private static final List<String> CONFLICT_CODES =
      List.of("CONCURRENT_UPDATE", "ILLEGAL_TRANSITION");

  /** The workflow task a ticket in this status waits on. */
  private static final Map<String, String> TASK_OF_STATUS =
      Map.of(
          "PENDING_TRIAGE",
          "triage",
          "RETURNED",
          "triage",
          "ASSIGNED",
          "sign",
          "SIGNED",
          "reply",
          "CHIEF_REVIEW",
          "chiefReview",
          "REPLIED",
          "review",
          "RECTIFYING",
          "rectify",
          "REVISITING",
          "revisit");

  private static Supplier<Response> post(String user, long id, String action, Object body) {
    return () -> {
      var request = as(user);
      if (body != null) {
        request = request.body(body);
      }
      return request.post("/api/tickets/" + id + "/" + action);
    };
  }

  private static JsonPath ticket(long id) {
    return as("dispatcher").get("/api/tickets/" + id).then().statusCode(200).extract().jsonPath();
  }

  private static List<String> history(long id) {
    return as("dispatcher")
        .get("/api/tickets/" + id + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("action", String.class);
  }

  private static List<String> openTasks(String number) {
    return as("admin")
        .queryParam("processInstanceBusinessKey", number)
        .get("/camunda/api/engine/engine/default/task")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("taskDefinitionKey", String.class);
  }

  /** The ticket's status, its history and its one open task agree. */
  private static void assertConsistent(long id) {
    JsonPath t = ticket(id);
    String status = t.getString("status");
    List<String> tasks = openTasks(t.getString("number"));
    if (status.equals("CLOSED")) {
      assertThat(tasks).as("tasks of a closed ticket").isSubsetOf("callback");
      assertThat(tasks.isEmpty()).isEqualTo(!t.getBoolean("callbackDue"));
    } else if (status.equals("MERGED")) {
      assertThat(tasks).isEmpty();
    } else {
      assertThat(tasks)
          .as("tasks of a ticket in %s", status)
          .containsExactly(TASK_OF_STATUS.get(status));
    }
    List<Map<String, Object>> events =
        as("dispatcher")
            .get("/api/tickets/" + id + "/history")
            .then()
            .extract()
            .jsonPath()
            .getList("$");
    Map<String, Object> last =
        events.stream()
            .max(java.util.Comparator.comparingLong(e -> ((Number) e.get("id")).longValue()))
            .orElseThrow();
    assertThat(last.get("toStatus")).as("last event of %d", id).isEqualTo(status);
  }

  /** Exactly one of the two succeeded, the other is a 409 with one of {@code codes}. */
  private static void assertOneWinner(
      List<Race.Outcome> outcomes, String what, List<String> codes) {
    assertThat(outcomes).as(what + ": " + outcomes).filteredOn(Race.Outcome::success).hasSize(1);
    Race.Outcome loser = outcomes.stream().filter(o -> !o.success()).findFirst().orElseThrow();
    assertThat(loser.status()).as(what + ": " + loser).isEqualTo(409);
    assertThat(loser.code()).as(what + ": " + loser).isIn(codes);
  }

  /** Runs {@code rounds} races on fresh tickets made by {@code setUp}. */
  private static void race(
      String what,
      Supplier<Long> setUp,
      LongFunction<Supplier<Response>> first,
      LongFunction<Supplier<Response>> second,
      String winningAction) {
    for (int round = 0; round < ROUNDS; round++) {
      long id = setUp.get();
      int before = history(id).size();
      List<Race.Outcome> outcomes = Race.run(first.apply(id), second.apply(id));
      assertOneWinner(outcomes, what + " round " + round, CONFLICT_CODES);
      assertConsistent(id);
      if (winningAction != null) {
        assertThat(history(id).subList(before, history(id).size()))
            .as(what)
            .containsOnlyOnce(winningAction);
      }
    }
  }

  private static long directlyAnswered() {
    var call = Tickets.call("并发测试：咨询户籍办理时间" + System.nanoTime());
    call.put("directAnswer", "工作日 9:00-17:00 到派出所户籍窗口办理");
    return Tickets.log(call).getLong("id");
  }

  private static long signed() {
    long id = Tickets.assignedToChengguan("并发测试：楼道堆放杂物" + System.nanoTime());
    act("officer", id, "sign", null);
    return id;
  }

  private static long inChiefReview() {
    long id = signed();
    act("officer", id, "reply", Map.of("text", "已到场处置"));
    return id;
  }

  private static long replied() {
    long id = signed();
    Tickets.replied(id, "已到场处置");
    return id;
  }

  private static long closed() {
    long id = replied();
    act("dispatcher", id, "review", Map.of("approved", true));
    return id;
  }

  /**
   * A deadline timer's job (签收超时) runs while the officer signs the same ticket. The job changes the
   * ticket too: it must take the ticket's lock before the engine writes its own rows, as the
   * request does, or the two deadlock on MariaDB (a 500 where the officer's sign should win or get
   * a 409). Either order is a valid outcome; a 500 is not.
   */
  @Test
  void deadlineTimerAgainstSign() {
    for (int round = 0; round < ROUNDS; round++) {
      long id = Tickets.assignedToChengguan("并发测试：签收超时与签收" + System.nanoTime());
      java.time.OffsetDateTime due =
          java.time.OffsetDateTime.parse(ticket(id).getString("signDeadline"));
      try {
        as("admin")
            .body(Map.of("at", due.plusMinutes(1).toInstant().toString()))
            .put("/api/testing/clock")
            .then()
            .statusCode(200);
        List<Race.Outcome> outcomes =
            Race.run(
                () -> as("admin").post("/api/testing/jobs/run-due"),
                post("officer", id, "sign", null));
        assertThat(outcomes.get(0).status()).as("timers, round " + round).isEqualTo(200);
        assertThat(outcomes.get(1).status())
            .as("sign, round " + round + ": " + outcomes.get(1))
            .isIn(200, 409);
        TestClock.runDue();
        if (outcomes.get(1).status() == 409) {
          act("officer", id, "sign", null); // the loser may simply try again
        }
      } finally {
        TestClock.reset();
      }
      assertConsistent(id);
      assertThat(ticket(id).getString("status")).isEqualTo("SIGNED");
    }
  }

  @Test
  void callbackAgainstItselfOnADirectAnswer() {
    race(
        "callback×callback",
        ConcurrentActionsIT::directlyAnswered,
        id -> post("callback", id, "callback", Map.of("result", "SATISFIED")),
        id -> post("callback", id, "callback", Map.of("result", "SATISFIED")),
        "CALLED_BACK");
  }

  @Test
  void satisfiedAgainstDissatisfiedCallbackOfAHandledTicket() {
    race(
        "callback×callback",
        ConcurrentActionsIT::closed,
        id -> post("callback", id, "callback", Map.of("result", "SATISFIED")),
        id ->
            post(
                "callback",
                id,
                "callback",
                Map.of("result", "DISSATISFIED", "reasons", List.of("ATTITUDE"))),
        "CALLED_BACK");
  }

  @Test
  void signAgainstSign() {
    race(
        "sign×sign",
        () -> Tickets.assignedToChengguan("并发测试：签收" + System.nanoTime()),
        id -> post("officer", id, "sign", null),
        id -> post("chief", id, "sign", null),
        "SIGNED");
  }

  @Test
  void signAgainstReturn() {
    // both may succeed one after the other (a signed ticket may still be returned); when the return
    // comes first the ticket has left the unit, and the unit's sign finds no ticket of its own
    // (404, as for any ticket of another unit). Never a 500, never a half-done change.
    for (int round = 0; round < ROUNDS; round++) {
      long id = Tickets.assignedToChengguan("并发测试：签收与退单" + System.nanoTime());
      List<Race.Outcome> outcomes =
          Race.run(
              post("officer", id, "sign", null),
              post(
                  "chief",
                  id,
                  "return",
                  Map.of("reason", "不属于本所", "catalogueItemCode", "CAT-PS-02")));
      Race.Outcome sign = outcomes.get(0);
      Race.Outcome back = outcomes.get(1);
      assertThat(back.status()).as("return: " + back).isIn(200, 409);
      assertThat(sign.status()).as("sign: " + sign).isIn(200, 409, 404);
      if (sign.status() == 404) {
        assertThat(sign.code()).isEqualTo("TICKET_NOT_FOUND");
        assertThat(back.success()).isTrue();
      }
      assertThat(outcomes)
          .filteredOn(o -> o.status() == 409)
          .extracting(Race.Outcome::code)
          .isSubsetOf(CONFLICT_CODES);
      assertThat(ticket(id).getString("status")).isEqualTo(back.success() ? "RETURNED" : "SIGNED");
      assertConsistent(id);
    }
  }

  @Test
  void replyAgainstReply() {
    race(
        "reply×reply",
        ConcurrentActionsIT::signed,
        id -> post("officer", id, "reply", Map.of("text", "民警答复")),
        id -> post("chief", id, "reply", Map.of("text", "所长答复")),
        "REPLIED");
  }

  @Test
  void chiefApprovalAgainstChiefSendBack() {
    race(
        "chief-review×chief-review",
        ConcurrentActionsIT::inChiefReview,
        id -> post("chief", id, "chief-review", Map.of("approved", true)),
        id -> post("chief", id, "chief-review", Map.of("approved", false, "comment", "再核实")),
        null);
  }

  @Test
  void approvalAgainstSendBack() {
    race(
        "approve×send-back",
        ConcurrentActionsIT::replied,
        id -> post("dispatcher", id, "review", Map.of("approved", true)),
        id -> post("dispatcher", id, "review", Map.of("approved", false, "comment", "答复不完整")),
        null);
  }

  @Test
  void assignAgainstMerge() {
    race(
        "assign×merge",
        () -> Tickets.logged("并发测试：派单与合并" + System.nanoTime()),
        id -> post("dispatcher", id, "assign", Map.of("unitCode", "PS-CHENGGUAN")),
        id -> {
          long main = Tickets.logged("并发测试：合并主单" + System.nanoTime());
          return post("dispatcher", id, "merge", Map.of("mainTicketId", main));
        },
        null);
  }

  @Test
  void rectificationReportAgainstItself() {
    race(
        "report×report",
        () -> {
          long id = closed();
          act(
              "callback",
              id,
              "callback",
              Map.of("result", "DISSATISFIED", "reasons", List.of("态度差")));
          return id;
        },
        id -> post("chief", id, "rectification-report", Map.of("report", "已整改一")),
        id -> post("chief", id, "rectification-report", Map.of("report", "已整改二")),
        "RECTIFICATION_REPORTED");
  }
}
