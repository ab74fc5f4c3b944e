package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issues 13/15/9 (review r2): a retried create never creates twice — {@code Idempotency-Key} on
 * every creating POST (slips, rating targets, publications …), one open supervision slip per
 * ticket, a month published once at a time, and months outside the system's life refused.
 */
class CreateOnceIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static Map<String, Object> slip(long ticketId) {
    return Map.of(
        "title", "重复下发测试",
        "requirements", "所长亲自办理、亲自回访，限期报告",
        "deadline", LocalDate.now(SHANGHAI).plusDays(10).toString(),
        "supervisorUsername", "leader",
        "unitCode", "PS-CHENGGUAN",
        "headUsername", "chief",
        "ticketIds", List.of(ticketId));
  }

  /** Runs the calls at the same moment and returns their answers. */
  @SafeVarargs
  private static List<Response> atOnce(Callable<Response>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> futures = new ArrayList<>();
      for (Callable<Response> c : calls) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return c.call();
                }));
      }
      go.countDown();
      List<Response> answers = new ArrayList<>();
      for (Future<Response> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static int slipsOf(long ticket) {
    return as("director")
        .get("/api/tickets/" + ticket + "/slips")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$")
        .size();
  }

  @Test
  void aSlipSentTwiceAtOnceWithOneKeyThenAgainIsIssuedOnce() throws Exception {
    long ticket = Tickets.assignedToChengguan("幂等督办测试：同一键重发");
    String key = "slip-" + UUID.randomUUID();
    Callable<Response> send =
        () -> as("director").header("Idempotency-Key", key).body(slip(ticket)).post("/api/slips");
    List<Response> answers = atOnce(send, send);
    answers.add(send.call());
    List<String> numbers = new ArrayList<>();
    for (Response r : answers) {
      assertThat(r.statusCode()).as(r.asString()).isIn(201, 409);
      if (r.statusCode() == 201) {
        numbers.add(r.jsonPath().getString("number"));
      } else {
        assertThat(r.jsonPath().getString("code")).isEqualTo("IDEMPOTENCY_IN_PROGRESS");
      }
    }
    assertThat(answers.get(2).statusCode()).isEqualTo(201);
    assertThat(answers.get(2).header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(numbers).hasSizeGreaterThanOrEqualTo(2).allMatch(n -> n.equals(numbers.get(0)));
    assertThat(slipsOf(ticket)).isEqualTo(1);
    // the same key with another body is refused, and creates nothing
    Map<String, Object> other = new java.util.HashMap<>(slip(ticket));
    other.put("title", "另一份督办单");
    as("director")
        .header("Idempotency-Key", key)
        .body(other)
        .post("/api/slips")
        .then()
        .statusCode(422)
        .body("code", org.hamcrest.Matchers.equalTo("IDEMPOTENCY_KEY_REUSED"));
    assertThat(slipsOf(ticket)).isEqualTo(1);
  }

  @Test
  void aSecondOpenSlipForATicketIsRefusedAlsoWhenTwoDirectorsIssueAtOnce() throws Exception {
    long ticket = Tickets.assignedToChengguan("幂等督办测试：两位督办同时下发");
    List<Response> answers =
        atOnce(
            () -> as("director").body(slip(ticket)).post("/api/slips"),
            () -> as("director").body(slip(ticket)).post("/api/slips"));
    List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
    assertThat(statuses)
        .as(answers.get(0).asString() + answers.get(1).asString())
        .containsExactly(201, 409);
    Response created = answers.stream().filter(r -> r.statusCode() == 201).findFirst().get();
    Response refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().get();
    assertThat(refused.jsonPath().getString("code")).isEqualTo("SLIP_ALREADY_OPEN");
    assertThat(refused.jsonPath().getString("detail"))
        .contains(created.jsonPath().getString("number"));
    as("director")
        .header("Accept-Language", "en")
        .body(slip(ticket))
        .post("/api/slips")
        .then()
        .statusCode(409)
        .body("code", org.hamcrest.Matchers.equalTo("SLIP_ALREADY_OPEN"))
        .body("detail", org.hamcrest.Matchers.containsString("already has the open"));
    assertThat(slipsOf(ticket)).isEqualTo(1);
  }

  @Test
  void twoRatingTargetsSentWithOneKeyMakeOne() {
    String key = "target-" + UUID.randomUUID();
    Map<String, Object> body =
        Map.of("kind", "WINDOW", "name", "幂等窗口 " + key, "unitCode", "PS-CHENGGUAN");
    Response first =
        as("admin").header("Idempotency-Key", key).body(body).post("/api/rating-targets");
    Response second =
        as("admin").header("Idempotency-Key", key).body(body).post("/api/rating-targets");
    assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(second.asString()).isEqualTo(first.asString());
    long made =
        as("admin")
            .queryParam("unit", "PS-CHENGGUAN")
            .get("/api/rating-targets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("findAll { it.name == '幂等窗口 " + key + "' }")
            .size();
    assertThat(made).isEqualTo(1);
  }

  @Test
  void aRetriedPublicationGetsTheFirstAnswerNotACorrection() {
    String month = "2024-07";
    String key = "pub-" + UUID.randomUUID();
    Response first =
        as("leader")
            .header("Idempotency-Key", key)
            .body(Map.of("note", "幂等发布"))
            .post("/api/rankings/" + month + "/publications");
    Response retry =
        as("leader")
            .header("Idempotency-Key", key)
            .body(Map.of("note", "幂等发布"))
            .post("/api/rankings/" + month + "/publications");
    assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
    assertThat(retry.statusCode()).as(retry.asString()).isEqualTo(201);
    assertThat(retry.jsonPath().getInt("version")).isEqualTo(1);
    assertThat(retry.jsonPath().getString("sha256"))
        .isEqualTo(first.jsonPath().getString("sha256"));
    assertThat(as("leader").get("/api/rankings/" + month + "/publications").jsonPath().getList("$"))
        .hasSize(1);
  }

  @Test
  void twoFirstPublicationsAndTwoCorrectionsAtOnceGiveOneVersionEach() throws Exception {
    String month = "2024-08";
    List<Response> firsts =
        atOnce(
            () ->
                as("leader")
                    .body(Map.of("note", "同时发布 A"))
                    .post("/api/rankings/" + month + "/publications"),
            () ->
                as("leader")
                    .body(Map.of("note", "同时发布 B"))
                    .post("/api/rankings/" + month + "/publications"));
    assertThat(firsts.stream().map(Response::statusCode).sorted().toList())
        .as(firsts.get(0).asString() + firsts.get(1).asString())
        .containsExactly(201, 409);
    assertThat(
            firsts.stream()
                .filter(r -> r.statusCode() == 409)
                .findFirst()
                .get()
                .jsonPath()
                .getString("code"))
        .isEqualTo("CONCURRENT_UPDATE");
    List<Response> corrections =
        atOnce(
            () ->
                as("leader")
                    .body(Map.of("reason", "同时更正 A", "corrects", 1))
                    .post("/api/rankings/" + month + "/publications"),
            () ->
                as("leader")
                    .body(Map.of("reason", "同时更正 B", "corrects", 1))
                    .post("/api/rankings/" + month + "/publications"));
    assertThat(corrections.stream().map(Response::statusCode).sorted().toList())
        .as(corrections.get(0).asString() + corrections.get(1).asString())
        .containsExactly(201, 409);
    assertThat(
            as("leader")
                .get("/api/rankings/" + month + "/publications")
                .jsonPath()
                .getList("version", Integer.class))
        .containsExactly(1, 2);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "/api/rankings?month=1900-01, month, BEFORE_START",
    "/api/rankings?month=2099-01, month, AFTER_NOW",
    "/api/rankings/2018-12/ranking.pdf, month, BEFORE_START",
    "/api/rankings/2018-12/units/PS-CHENGGUAN/tickets?measure=REPLY, month, BEFORE_START",
    "/api/rankings/2018-12/publications, month, BEFORE_START",
    "/api/rankings/quarters/2018-Q4, quarter, BEFORE_START",
    "/api/rankings/quarters/2099-Q1, quarter, AFTER_NOW",
    "/api/rankings/years/2018, year, BEFORE_START",
    "/api/rankings/years/2099, year, AFTER_NOW",
    "/api/ratings?month=1899-12, month, BEFORE_START",
    "/api/ratings/statistics?month=2099-01, month, AFTER_NOW",
    "/api/callback-figures?month=2018-01, month, BEFORE_START",
    "/api/praise?month=2099-01, month, AFTER_NOW",
    "/api/sms/statistics?month=1900-01, month, BEFORE_START",
    "/api/problem-tags/counts?month=2099-01, month, AFTER_NOW",
    "/api/analysis/trends?from=2018-01&to=2018-06, from, BEFORE_START",
    "/api/analysis/hotspots?to=2099-01, to, AFTER_NOW",
    "/api/slips?year=2018, year, BEFORE_START",
  })
  void aPeriodOutsideTheSystemsLifeIsRefused(String path, String field, String reason) {
    Response r = as("leader").header("Accept", "application/json, */*").get(path);
    assertThat(r.statusCode()).as(path + " " + r.asString()).isEqualTo(400);
    assertThat(r.jsonPath().getString("errors.find { it.field == '" + field + "' }.reason"))
        .as(path)
        .isEqualTo(reason);
    Response en =
        as("leader")
            .header("Accept", "application/json, */*")
            .header("Accept-Language", "en")
            .get(path);
    assertThat(en.jsonPath().getString("errors.find { it.field == '" + field + "' }.message"))
        .as(path)
        .containsAnyOf("before the first month", "after the month in progress");
  }
}
