package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The callback centre (回访中心) as a hostile user would try it (issue 14, item 3): odd parameters of
 * the queue, two agents recording an outcome at the same moment, one sub-centre reaching for
 * another's task, the citizen's number asked for by roles that must not see it, oversized and
 * mistyped uploads. Each answer is checked for the right status and code and that nothing changed.
 */
class CallbackHostileIT {

  private static JsonPath problem(String user, Map<String, Object> params, String field) {
    var request = as(user);
    for (var e : params.entrySet()) {
      request = request.queryParam(e.getKey(), e.getValue());
    }
    return request
        .get("/api/callbacks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo(field))
        .extract()
        .jsonPath();
  }

  /** How many tasks of all the user sees match {@code q} (null: no search). */
  private static int total(String user, String q) {
    var request = as(user).queryParam("status", "ALL");
    if (q != null) {
      request = request.queryParam("q", q);
    }
    return request
        .get("/api/callbacks")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("total");
  }

  @Test
  void queueParametersOutOfRangeAreProblemsNeverErrors() {
    problem("callback", Map.of("size", -5), "size");
    problem("callback", Map.of("size", 0), "size");
    problem("callback", Map.of("size", 1_000_000), "size");
    problem("callback", Map.of("page", -1), "page");
    problem("callback", Map.of("page", "abc"), "page");
    problem("callback", Map.of("page", "99999999999"), "page");
    // page × size would overflow an int (a negative offset on the old code: 500)
    assertThat(
            problem("callback", Map.of("page", Integer.MAX_VALUE, "size", 100), "page")
                .getString("errors[0].reason"))
        .isEqualTo("OUT_OF_RANGE");
    problem("callback", Map.of("page", 101, "size", 100), "page");
    problem("callback", Map.of("sort", "dueAt; DROP TABLE callback_task"), "sort");
    problem("callback", Map.of("status", "EVERYTHING"), "status");
    problem("callback", Map.of("due", "2026-13-45"), "due");
    problem("callback", Map.of("q", "a\u0000b"), "q");
    JsonPath en =
        as("callback")
            .header("Accept-Language", "en")
            .queryParam("size", -1)
            .get("/api/callbacks")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(en.getString("errors[0].message")).doesNotContainPattern("\\p{IsHan}");
  }

  @Test
  void searchCharactersAreTakenLiterallyAndNeverMatchEverything() {
    int all = total("callback", null);
    long ticket = CallbackTasksIT.closed(Tickets.call("敌意检索测试 楼道堆放杂物 " + System.nanoTime()));
    assertThat(CallbackTasksIT.taskOf("callback", ticket).getLong("id")).isPositive();
    for (String q : List.of("*", "?", "%", "_", "\\", "*?*", "\"", "'", "😀", "<>")) {
      assertThat(total("callback", q)).as("q=%s", q).isZero();
    }
    for (String q : List.of("( OR ", "AND", "a:b", "[1 TO 9]", "-x")) {
      assertThat(total("callback", q)).as("q=%s", q).isLessThan(all);
    }
    assertThat(total("callback", "楼道堆放")).isGreaterThanOrEqualTo(1);
    // a wildcard or emoji around real words neither widens nor breaks the search
    assertThat(total("callback", "楼道堆放*")).isEqualTo(total("callback", "楼道堆放"));
    assertThat(total("callback", "😀楼道堆放")).as("the emoji is not in the text").isZero();
    assertThat(total("callback", "敌意检索测试")).isGreaterThanOrEqualTo(1);
  }

  /**
   * The citizen praises who served them: an officer of the unit that handled the matter (张伟 003001,
   * 城关); praising 东关's 黄晓东 (004001) on a 城关 ticket is refused and changes nothing.
   */
  @Test
  void praiseGoesOnlyToAnOfficerOfTheServingUnit() {
    long ticket = CallbackTasksIT.closed(Tickets.call("表扬他所民警测试 楼下噪音已处理"));
    long task = CallbackTasksIT.taskOf("callback", ticket).getLong("id");
    as("callback")
        .body(Map.of("result", "SATISFIED", "praiseOfficer", "004001"))
        .post("/api/callbacks/" + task + "/outcome")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("praiseOfficer"))
        .body("errors[0].reason", equalTo("OTHER_UNIT"));
    assertThat(as("callback").get("/api/callbacks/" + task).jsonPath().getString("status"))
        .isEqualTo("OPEN");
    as("callback")
        .body(Map.of("result", "SATISFIED", "praiseOfficer", "003001"))
        .post("/api/callbacks/" + task + "/outcome")
        .then()
        .statusCode(200);
  }

  @Test
  void twoAgentsRecordingAnOutcomeAtOnceGiveOneOutcomeAndAClearConflict() {
    long ticket = CallbackTasksIT.closed(Tickets.call("同时回访竞争测试 " + System.nanoTime()));
    long id = CallbackTasksIT.taskOf("callback", ticket).getLong("id");
    List<Race.Outcome> outcomes =
        Race.run(
            () ->
                as("callback")
                    .body(Map.of("result", "SATISFIED", "note", "甲"))
                    .post("/api/callbacks/" + id + "/outcome"),
            () ->
                as("callback-city")
                    .body(Map.of("result", "DISSATISFIED", "tags", List.of("ATTITUDE_POOR")))
                    .post("/api/callbacks/" + id + "/outcome"));
    assertThat(outcomes.stream().filter(Race.Outcome::success).count()).isEqualTo(1);
    Race.Outcome loser = outcomes.stream().filter(o -> !o.success()).findFirst().orElseThrow();
    assertThat(loser.status()).as(loser.body()).isEqualTo(409);
    assertThat(loser.code()).isIn("CALLBACK_TASK_DONE", "CALLBACK_TASK_TAKEN");
    JsonPath task =
        as("leader").get("/api/callbacks/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(task.getString("status")).isEqualTo("DONE");
    long callbacks = CallbackTasksIT.calledBack(ticket);
    assertThat(callbacks).as("one callback in the ticket's history").isEqualTo(1);
  }

  @Test
  void twoAgentsClaimingAtOnceGiveOneAssigneeAndAClearConflict() {
    long ticket = CallbackTasksIT.closed(Tickets.call("同时领取竞争测试 " + System.nanoTime()));
    long id = CallbackTasksIT.taskOf("callback", ticket).getLong("id");
    List<Race.Outcome> outcomes =
        Race.run(
            () -> as("callback").post("/api/callbacks/" + id + "/claim"),
            () -> as("callback-city").post("/api/callbacks/" + id + "/claim"));
    assertThat(outcomes.stream().filter(Race.Outcome::success).count()).isEqualTo(1);
    Race.Outcome loser = outcomes.stream().filter(o -> !o.success()).findFirst().orElseThrow();
    assertThat(loser.status()).as(loser.body()).isEqualTo(409);
    assertThat(loser.code()).isEqualTo("CALLBACK_TASK_TAKEN");
    assertThat(
            as("leader")
                .get("/api/callbacks/" + id)
                .then()
                .extract()
                .jsonPath()
                .getString("assignee"))
        .isIn("callback", "callback-city");
  }

  @Test
  void anotherSubCentreCanNeitherFindNorTouchATask() {
    long ticket = CallbackTasksIT.closed(Tickets.call("分中心越权测试 " + System.nanoTime()));
    JsonPath task = CallbackTasksIT.taskOf("callback-city", ticket);
    long id = task.getLong("id");
    String number = task.getString("ticketNumber");
    assertThat(total("callback-city", number)).isEqualTo(1);
    assertThat(total("callback-suburb", number)).as("no search across sub-centres").isZero();
    as("callback-suburb")
        .body(Map.of("verdict", "CONFIRMED"))
        .post("/api/callbacks/" + id + "/spot-check")
        .then()
        .statusCode(403);
    SubCentreProbe.cannotReach("callback-suburb", "callback-city", id, ticket);
  }

  /** A unique valid mobile number of this run (139 and eight digits). */
  private static String uniqueMobile() {
    return "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
  }

  /** The ids of the tickets {@code user} lists with these query parameters (first 200). */
  private static List<Object> ticketIds(String user, Map<String, Object> params) {
    var request = as(user).queryParam("size", 200);
    for (var e : params.entrySet()) {
      request = request.queryParam(e.getKey(), e.getValue());
    }
    return request
        .get("/api/tickets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }

  @Test
  void anotherSubCentreNeitherListsNorFindsTheTicketThroughTheTicketApi() {
    String word = "分中心工单越权" + System.nanoTime();
    Map<String, Object> call = Tickets.call(word + " 楼下噪音扰民");
    String mobile = uniqueMobile();
    call.put("callerPhone", mobile);
    long ticket = CallbackTasksIT.closed(call);
    long id = CallbackTasksIT.taskOf("callback-city", ticket).getLong("id");
    // the own sub-centre's agent works the task: the number is shown to them whole
    as("callback-city").post("/api/callbacks/" + id + "/claim").then().statusCode(200);
    // the SQL listing (phone, callback due) and the full-text search (q) of the ticket API
    for (Map<String, Object> params :
        List.<Map<String, Object>>of(
            Map.of("phone", mobile),
            Map.of("phone", mobile, "callbackDue", true),
            Map.of("q", word),
            Map.of("q", word, "callbackDue", true))) {
      assertThat(ticketIds("callback-city", params)).as("own: " + params).contains((int) ticket);
      if (params.containsKey("phone")) {
        // the city agent sees the number masked: a number search does not confirm it
        assertThat(ticketIds("callback", params))
            .as("city: " + params)
            .doesNotContain((int) ticket);
      } else {
        assertThat(ticketIds("callback", params)).as("city: " + params).contains((int) ticket);
      }
      assertThat(ticketIds("callback-suburb", params))
          .as("other sub-centre: " + params)
          .doesNotContain((int) ticket);
    }
    SubCentreProbe.cannotReach("callback-suburb", "callback-city", id, ticket);
    // the own sub-centre still records the callback on the ticket; the task is done with it
    as("callback-city")
        .body(Map.of("result", "SATISFIED"))
        .post("/api/tickets/" + ticket + "/callback")
        .then()
        .statusCode(200);
    assertThat(as("callback-city").get("/api/callbacks/" + id).jsonPath().getString("status"))
        .isEqualTo("DONE");
  }

  /**
   * The ids of all tasks (any status) {@code user} finds with {@code q}, through every page (a
   * short digit query may match a few tasks of the whole run).
   */
  private static List<Long> taskIds(String user, String q) {
    List<Long> ids = new java.util.ArrayList<>();
    for (int p = 0; p < 50; p++) {
      List<Long> page =
          as(user)
              .queryParam("status", "ALL")
              .queryParam("q", q)
              .queryParam("size", 100)
              .queryParam("page", p)
              .get("/api/callbacks")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.id", Long.class);
      ids.addAll(page);
      if (page.size() < 100) {
        break;
      }
    }
    return ids;
  }

  @Test
  void theQueueSearchNeverConfirmsTheHiddenDigitsOfAMaskedNumber() {
    String mobile = uniqueMobile();
    while (mobile.substring(7).contains(mobile.substring(3, 7))) {
      // the hidden middle must not also be the shown last four
      mobile = uniqueMobile();
    }
    Map<String, Object> call = Tickets.call("号码逐位试探 " + System.nanoTime());
    call.put("callerPhone", mobile);
    long ticket = CallbackTasksIT.closed(call);
    long id = CallbackTasksIT.taskOf("callback", ticket).getLong("id");
    as("callback").post("/api/callbacks/" + id + "/claim").then().statusCode(200);
    String middle = mobile.substring(3, 7);
    String lastFour = mobile.substring(7);
    // the others see 139****5678: no piece of the hidden middle finds the task, nor the whole
    // number (a guess of the middle would be confirmed), while the shown last four do
    for (String user : List.of("callback-city", "dispatcher", "leader")) {
      as(user)
          .get("/api/callbacks/" + id)
          .then()
          .body("phoneVisible", equalTo(false))
          .body("citizenPhone", equalTo(mobile.substring(0, 3) + "****" + lastFour));
      for (String hidden :
          List.of(
              middle,
              mobile.substring(2, 6),
              mobile.substring(4, 9),
              mobile.substring(3),
              mobile,
              mobile.substring(0, 3) + "-" + middle + "-" + lastFour)) {
        assertThat(taskIds(user, hidden)).as(user + " q=" + hidden).doesNotContain(id);
      }
      assertThat(taskIds(user, lastFour)).as(user + " q=" + lastFour).contains(id);
    }
    // the agent who works the task sees the number whole and finds it by any of its digits
    for (String any : List.of(middle, mobile.substring(2, 6), mobile.substring(4, 9), mobile)) {
      assertThat(taskIds("callback", any)).as("callback q=" + any).contains(id);
    }
    assertThat(taskIds("callback", lastFour)).contains(id);
  }

  @Test
  void theTicketApiMasksTheNumberAsTheQueueDoes() {
    String word = "工单号码遮蔽" + System.nanoTime();
    Map<String, Object> call = Tickets.call(word + " 夜间施工扰民");
    String mobile = uniqueMobile();
    call.put("callerPhone", mobile);
    call.put("callerName", "欧阳峰");
    long ticket = CallbackTasksIT.closed(call);
    long id = CallbackTasksIT.taskOf("callback", ticket).getLong("id");
    String masked = mobile.substring(0, 3) + "****" + mobile.substring(7);
    // nobody works the task: every callback agent sees it masked, by every ticket path
    for (String agent : List.of("callback", "callback-city")) {
      JsonPath seen =
          as(agent).get("/api/tickets/" + ticket).then().statusCode(200).extract().jsonPath();
      assertThat(seen.getString("callerPhone")).as(agent).isEqualTo(masked);
      assertThat(seen.getString("callerName")).as(agent).isNull();
      String page =
          as(agent)
              .queryParam("size", 200)
              .queryParam("q", word)
              .get("/api/tickets")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertThat(page).as(agent).contains(masked).doesNotContain(mobile);
      assertThat(page).doesNotContain("欧阳峰");
      // a search by number does not confirm a masked number (whole, or its first 7+ digits)
      for (String number :
          List.of(
              mobile, mobile.substring(0, 7), mobile.substring(0, 3) + "-" + mobile.substring(3))) {
        assertThat(ticketIds(agent, Map.of("phone", number)))
            .as(agent + " phone=" + number)
            .doesNotContain((int) ticket);
        assertThat(ticketIds(agent, Map.of("phone", number, "q", word)))
            .as(agent + " phone=" + number + " with q")
            .doesNotContain((int) ticket);
      }
      // a name search does not confirm the caller's name either (no word of the name is in the
      // matter)
      assertThat(ticketIds(agent, Map.of("q", "欧阳峰"))).doesNotContain((int) ticket);
    }
    // … while the roles that see callers find the ticket by the name
    assertThat(ticketIds("dispatcher", Map.of("q", "欧阳峰"))).contains((int) ticket);
    // the agent who takes the task sees the number in full; the others still masked
    as("callback-city").post("/api/callbacks/" + id + "/claim").then().statusCode(200);
    as("callback-city")
        .get("/api/tickets/" + ticket)
        .then()
        .body("callerPhone", equalTo(mobile))
        .body("callerName", equalTo("欧阳峰"));
    as("callback").get("/api/tickets/" + ticket).then().body("callerPhone", equalTo(masked));
    // … and finds it by the number (SQL and full-text listing), the others still do not
    assertThat(ticketIds("callback-city", Map.of("phone", mobile))).contains((int) ticket);
    assertThat(ticketIds("callback-city", Map.of("phone", mobile, "q", word)))
        .contains((int) ticket);
    assertThat(ticketIds("callback", Map.of("phone", mobile))).doesNotContain((int) ticket);
    assertThat(ticketIds("dispatcher", Map.of("phone", mobile))).contains((int) ticket);
    // the roles that take and route calls keep the whole number
    as("dispatcher").get("/api/tickets/" + ticket).then().body("callerPhone", equalTo(mobile));
  }

  @Test
  void theNumberIsMaskedForEveryoneButTheAgentWorkingTheTask() {
    Map<String, Object> call = Tickets.call("号码可见性测试 " + System.nanoTime());
    call.put("callerPhone", "139-2222-7788");
    long ticket = CallbackTasksIT.closed(call);
    long id = CallbackTasksIT.taskOf("callback", ticket).getLong("id");
    as("callback-city").post("/api/callbacks/" + id + "/claim").then().statusCode(200);
    for (String user : List.of("callback", "dispatcher", "director", "leader", "admin")) {
      JsonPath seen =
          as(user).get("/api/callbacks/" + id).then().statusCode(200).extract().jsonPath();
      assertThat(seen.getString("citizenPhone")).as(user).isEqualTo("139****7788");
      assertThat(seen.getBoolean("phoneVisible")).as(user).isFalse();
      assertThat(seen.getString("citizenName")).as(user).isNull();
      String whole = as(user).get("/api/callbacks/" + id).then().extract().asString();
      assertThat(whole)
          .as(user + ": the task with its history")
          .doesNotContain("22227788", "2222-7788");
      String surveys =
          as(user)
              .get("/api/sms/surveys?ticketId=" + ticket)
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertThat(surveys).as(user + ": the SMS survey").doesNotContain("22227788", "2222-7788");
      String page =
          as(user)
              .queryParam("status", "ALL")
              .queryParam("q", "7788")
              .get("/api/callbacks")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertThat(page).as(user).doesNotContain("2222-7788").doesNotContain("13922227788");
    }
    as("callback").get("/api/callbacks/" + id).then().body("citizenPhone", equalTo("139****7788"));
    as("callback-city")
        .get("/api/callbacks/" + id)
        .then()
        .body("citizenPhone", equalTo("139-2222-7788"));
    // other roles are refused the queue itself
    as("officer").get("/api/callbacks/" + id).then().statusCode(403);
    as("operator").get("/api/callbacks").then().statusCode(403);
  }

  @Test
  void oversizedOrMistypedUploadsAreRefusedAndStoreNothing() {
    byte[] big = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    as("callback")
        .contentType("text/csv")
        .body(big)
        .post("/api/service-records/upload")
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(400, 413))
        .contentType("application/problem+json");
    as("callback")
        .contentType("image/png")
        .body("sourceSystem,externalId\n".getBytes(StandardCharsets.UTF_8))
        .post("/api/service-records/upload")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    // a formula in a cell is data: stored as text, never evaluated, echoed as JSON text only
    String source = "HOSTILE-" + System.nanoTime();
    String csv =
        "sourceSystem,externalId,kind,occurredAt,citizenPhone,officerBadge,unitCode,summary\n"
            + source
            + ",F-1,INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,003001,PS-CHENGGUAN,"
            + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\"\n";
    JsonPath answer =
        as("callback")
            .contentType("text/csv")
            .body(csv.getBytes(StandardCharsets.UTF_8))
            .post("/api/service-records/upload")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getInt("created") + answer.getInt("refused")).isEqualTo(1);
  }
}
