package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What a new user found on the server side (review r1, 2026-11-30): raw field names in error
 * messages, uploads refused for the way people export them, the same rating target twice, category
 * codes in routing reasons. Each test fails on the code before the fix.
 */
class NewUserReviewIT {

  private static Map<String, Object> rule(String category, int replyDays) {
    Map<String, Object> rule = new HashMap<>();
    rule.put("categoryCode", category);
    rule.put("signHours", 4);
    rule.put("replyDays", replyDays);
    rule.put("remindBeforeDays", 1);
    rule.put("escalateAfterDays", 1);
    rule.put("maxExtensions", 2);
    rule.put("maxExtensionDays", 10);
    rule.put("centreApproval", false);
    return rule;
  }

  @Test
  void aTimeLimitOutOfRangeIsNamedInPeoplesWordsWithItsRange() {
    JsonPath zh =
        as("admin")
            .body(rule("ZA-NOISE", 99))
            .post("/api/time-limit-rules")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(zh.getString("errors[0].field")).isEqualTo("replyDays");
    assertThat(zh.getString("errors[0].message"))
        .isEqualTo("“回复时限（工作日）”须在 0 到 60 之间。")
        .doesNotContain("replyDays");
    JsonPath en =
        as("admin")
            .header("Accept-Language", "en")
            .body(rule("ZA-NOISE", 99))
            .post("/api/time-limit-rules")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(en.getString("errors[0].message"))
        .isEqualTo("\"reply limit (working days)\" must be between 0 and 60.");
  }

  @Test
  void anExtensionBeyondTheRuleSaysTheLatestDateAndTheLimit() {
    Map<String, Object> call = Tickets.call("延期测试：楼上装修噪音持续一个月 " + UUID.randomUUID());
    long id = Tickets.log(call).getLong("id");
    Tickets.act("dispatcher", id, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    String far = LocalDate.now().plusDays(300).toString();
    for (String lang : List.of("zh", "en")) {
      JsonPath problem =
          as("officer")
              .header("Accept-Language", lang)
              .body(Map.of("reason", "需多部门联合处置", "newDeadline", far))
              .post("/api/tickets/" + id + "/extensions")
              .then()
              .statusCode(400)
              .extract()
              .jsonPath();
      assertThat(problem.getString("errors[0].reason")).isEqualTo("BEYOND_LIMIT");
      String message = problem.getString("errors[0].message");
      assertThat(message).doesNotContain("newDeadline").containsPattern("\\d{4}-\\d{2}-\\d{2}");
      assertThat(message).contains(lang.equals("zh") ? "个工作日" : "working days");
    }
  }

  @Test
  void anUploadAsPeopleExportItIsAccepted() {
    String source = "R1-" + UUID.randomUUID().toString().substring(0, 8);
    String csv =
        "来源系统,外部编号,类型,发生时间,群众电话,警号,单位编码,摘要\n"
            + source
            + ",1,110接处警,2026-11-29 10:15,13912340001,,PS-CHENGGUAN,邻里纠纷调解\n"
            + source
            + ",2,窗口办事,2026/11/29 10:15,13912340002,,PS-CHENGGUAN,办理居住证\n"
            + source
            + ",3,110 接处警,2026-11-29 08:05:30,13912340003,,PS-CHENGGUAN,\n";
    JsonPath answer =
        as("callback")
            .contentType("text/csv")
            .body(csv.getBytes(StandardCharsets.UTF_8))
            .post("/api/service-records/upload")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("results.status")).containsExactly("CREATED", "CREATED", "CREATED");
    // the JSON API keeps its contract: a local time is refused there
    Map<String, Object> json = new HashMap<>();
    json.put("sourceSystem", source);
    json.put("externalId", "4");
    json.put("kind", "INCIDENT_110");
    json.put("occurredAt", "2026-11-29 10:15");
    json.put("citizenPhone", "13912340004");
    json.put("unitCode", "PS-CHENGGUAN");
    JsonPath refused =
        as("callback")
            .body(List.of(json))
            .post("/api/service-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(refused.getString("results[0].status")).isEqualTo("REFUSED");
  }

  private static Response createWindow(String name) {
    return as("admin")
        .body(Map.of("kind", "WINDOW", "name", name, "unitCode", "PS-DONGGUAN"))
        .post("/api/rating-targets");
  }

  @Test
  void theSameRatingTargetTwiceIsRefusedNamingTheExistingOne() {
    String name = "东关派出所 出入境窗口 " + UUID.randomUUID().toString().substring(0, 8);
    createWindow(name).then().statusCode(201);
    JsonPath again = createWindow(name).then().statusCode(409).extract().jsonPath();
    assertThat(again.getString("code")).isEqualTo("RATING_TARGET_EXISTS");
    assertThat(again.getString("detail")).contains(name).contains("东关派出所");
    long active =
        as("admin")
            .queryParam("unit", "PS-DONGGUAN")
            .get("/api/rating-targets")
            .jsonPath()
            .getList("findAll { it.name == '" + name + "' && it.active }")
            .size();
    assertThat(active).isEqualTo(1);
    // another kind or another unit may have the name
    as("admin")
        .body(Map.of("kind", "VEHICLE", "name", name, "unitCode", "PS-DONGGUAN"))
        .post("/api/rating-targets")
        .then()
        .statusCode(201);
  }

  @Test
  void twoAdminsCreatingTheSameTargetAtOnceGiveOneCode() throws Exception {
    for (int round = 0; round < 3; round++) {
      String name = "东关派出所 并发窗口 " + UUID.randomUUID().toString().substring(0, 8);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return createWindow(name).statusCode();
                }));
      }
      start.countDown();
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> f : answers) {
        codes.add(f.get());
      }
      pool.shutdown();
      assertThat(codes).containsOnly(201, 409);
      assertThat(codes.stream().filter(c -> c == 201).count()).isEqualTo(1);
    }
  }

  @Test
  void routingReasonsNameTheCategoryNotItsCode() {
    Map<String, Object> call = Tickets.call("小区楼下烧烤摊噪音扰民，凌晨仍未停止 " + UUID.randomUUID());
    long id = Tickets.log(call).getLong("id");
    for (String lang : List.of("zh", "en")) {
      JsonPath suggestions =
          as("dispatcher")
              .header("Accept-Language", lang)
              .get("/api/tickets/" + id + "/suggestions")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<String> reasons = suggestions.getList("reasons.flatten()");
      List<String> kinds = suggestions.getList("why.flatten().kind");
      assertThat(kinds).contains("CATEGORY");
      assertThat(reasons).noneMatch(r -> r.matches(".*[A-Z]{2}-[A-Z]+.*"));
      assertThat(
              suggestions.getList(
                  "why.flatten().findAll { it.kind == 'CATEGORY' }.words.flatten()"))
          .contains("ZA-NOISE");
      JsonPath hints =
          as("dispatcher")
              .header("Accept-Language", lang)
              .get("/api/tickets/triage-hints?ids=" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(hints.getList("proposals.flatten().reasons.flatten()", String.class))
          .isNotEmpty()
          .noneMatch(r -> r.matches(".*[A-Z]{2}-[A-Z]+.*"));
    }
  }
}
