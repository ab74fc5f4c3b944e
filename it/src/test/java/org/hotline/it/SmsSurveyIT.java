package org.hotline.it;

import static org.hotline.it.ItServer.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * SMS satisfaction surveys over real SMPP: the server's jSMPP client talks to the SMSC simulator
 * (same library) started by the server under test; the test makes citizens reply, repeats a
 * receipt, and takes the SMSC down and up through /api/testing/sms.
 */
class SmsSurveyIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void closedTicketIsSurveyedAndReplyThreeAsksForACallbackWithin24Hours() {
    String phone = uniqueMobile();
    Map<String, Object> call = Tickets.call("短信调查：夜间施工噪音扰民");
    call.put("callerPhone", phone);
    long id = Tickets.log(call).getLong("id");
    Tickets.act("dispatcher", id, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    Tickets.act("officer", id, "sign", null);
    Tickets.replied(id, "已到场制止施工");
    Tickets.act("dispatcher", id, "review", Map.of("approved", true));

    JsonPath survey = awaitSurvey(id, s -> "DELIVERED".equals(s.getString("status")));
    assertEquals("PS-CHENGGUAN", survey.getString("unitCode"));
    assertEquals("TICKET", survey.getString("matterType"));
    List<Map<String, Object>> sent = messagesTo(e164(phone));
    assertEquals(1, sent.size(), "one SMS to the caller");
    assertTrue(((String) sent.get(0).get("text")).contains("3不满意"));

    reply(e164(phone), "3");
    survey = awaitSurvey(id, s -> s.getString("answer") != null);
    assertEquals("DISSATISFIED", survey.getString("answer"));
    assertEquals("SMS", survey.getString("answerChannel"));
    assertTrue(survey.getBoolean("answerVerified"));
    assertNotNull(survey.getString("callbackRequestedAt"));
    String request = eventDetail(survey, "CALLBACK_REQUESTED");
    assertTrue(request.startsWith("SMS_DISSATISFIED due "), request);
    Instant due = Instant.parse(request.substring("SMS_DISSATISFIED due ".length()));
    Instant answered = OffsetDateTime.parse(survey.getString("answeredAt")).toInstant();
    long offBy = Math.abs(Duration.between(answered, due).minusHours(24).toMillis());
    assertTrue(offBy <= 1000, "callback due 24 h after the answer, off by " + offBy + " ms");

    // a second reply does not change the result; it is recorded and ignored
    reply(e164(phone), "1 满意");
    survey = awaitSurvey(id, s -> s.getList("events.kind").contains("REPLY_IGNORED"));
    assertEquals("DISSATISFIED", survey.getString("answer"));
  }

  @Test
  void garbledReplyIsUnparseableAndAsksForACallback() {
    JsonPath survey = answeredWith("你们是谁？？ 请问什么事");
    assertEquals("UNPARSEABLE", survey.getString("answer"));
    assertTrue(eventDetail(survey, "CALLBACK_REQUESTED").startsWith("SMS_UNPARSEABLE due "));
  }

  @Test
  void emojiAndVeryLongRepliesAreKeptAsTextAndReadTolerantly() {
    // an emoji after the digit: still 满意, the emoji kept in the stored text (utf8mb4)
    JsonPath survey = answeredWith("1 满意👍😀");
    assertEquals("SATISFIED", survey.getString("answer"));
    assertEquals("1 满意👍😀", survey.getString("answerText"));

    // a very long reply (a complaint longer than one SMS, delivered in message_payload): read,
    // asks for a callback, stored
    // shortened at a character boundary (never half an emoji)
    String complaint = "民警态度很差😡".repeat(80);
    JsonPath long_ = answeredWith(complaint);
    assertTrue(
        List.of("DISSATISFIED", "UNPARSEABLE").contains(long_.getString("answer")),
        long_.getString("answer"));
    String stored = long_.getString("answerText");
    assertTrue(stored.length() <= 500, "at most 500 characters, was " + stored.length());
    assertTrue(complaint.startsWith(stored.substring(0, stored.length() - 1)), stored);
    assertTrue(!Character.isHighSurrogate(stored.charAt(stored.length() - 2)), "no half emoji");
    assertTrue(eventDetail(long_, "CALLBACK_REQUESTED").contains(" due "));
  }

  @Test
  void fullWidthSatisfiedReplyCountsWithoutACallbackAndInTheFigures() {
    String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    JsonPath before =
        as("leader")
            .get("/api/sms/statistics?month=" + month)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    JsonPath survey = answeredWith("２　基本满意");
    assertEquals("BASICALLY_SATISFIED", survey.getString("answer"));
    assertEquals(null, survey.getString("callbackRequestedAt"));

    JsonPath after =
        as("leader")
            .get("/api/sms/statistics?month=" + month)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String unit = survey.getString("unitCode");
    assertEquals(row(before, unit, "surveys") + 1, row(after, unit, "surveys"));
    assertEquals(row(before, unit, "answered") + 1, row(after, unit, "answered"));
    assertEquals(row(before, unit, "satisfied") + 1, row(after, unit, "satisfied"));
    assertEquals(before.getLong("total.sent") + 1, after.getLong("total.sent"));

    as("leader")
        .get("/api/sms/statistics?month=2026-13")
        .then()
        .statusCode(400)
        .body("code", org.hamcrest.Matchers.equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("month"));
    as("officer").get("/api/sms/statistics").then().statusCode(403);
  }

  @Test
  void duplicateDeliveryReceiptChangesNothing() {
    String phone = uniqueMobile();
    long id = directAnswer(phone, false);
    JsonPath survey = awaitSurvey(id, s -> "DELIVERED".equals(s.getString("status")));
    String messageId = survey.getString("messageId");
    String deliveredAt = survey.getString("deliveredAt");
    assertEquals(1, count(survey, "RECEIPT"));

    as("admin")
        .post("/api/testing/sms/receipts/" + messageId + "/resend")
        .then()
        .statusCode(200)
        .body("resent", org.hamcrest.Matchers.equalTo(true));
    survey = surveyOf(id);
    assertEquals(1, count(survey, "RECEIPT"), "the duplicate receipt is not recorded again");
    assertEquals("DELIVERED", survey.getString("status"));
    assertEquals(deliveredAt, survey.getString("deliveredAt"));
  }

  @Test
  void confidentialCallerGetsNoSms() throws InterruptedException {
    String phone = uniqueMobile();
    long id = directAnswer(phone, true);
    as("admin").post("/api/testing/sms/outbox/run").then().statusCode(200);
    Thread.sleep(3000);
    assertEquals(
        0,
        as("callback")
            .get("/api/sms/surveys?ticketId=" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$")
            .size());
    assertEquals(0, messagesTo(e164(phone)).size());
  }

  @Test
  void smscDownThenBackLosesNothingAndSendsNothingTwice() throws InterruptedException {
    as("admin").post("/api/testing/sms/down").then().statusCode(200);
    String phone1 = uniqueMobile();
    String phone2 = uniqueMobile();
    long first;
    long second;
    try {
      first = directAnswer(phone1, false);
      second = directAnswer(phone2, false);
      JsonPath waiting =
          awaitSurvey(first, s -> s.getList("events.kind").contains("RETRY_SCHEDULED"));
      assertEquals("QUEUED", waiting.getString("status"));
      assertTrue(eventDetail(waiting, "SUBMIT_REFUSED").startsWith("SMSC unreachable"));
      assertEquals(0, messagesTo(e164(phone1)).size());
    } finally {
      as("admin").post("/api/testing/sms/up").then().statusCode(200);
    }
    JsonPath s1 = awaitSurvey(first, s -> "DELIVERED".equals(s.getString("status")));
    JsonPath s2 = awaitSurvey(second, s -> "DELIVERED".equals(s.getString("status")));
    assertTrue(s1.getInt("attempts") >= 2, "retried after the SMSC came back");
    assertEquals(1, count(s1, "SUBMITTED"));
    assertEquals(1, count(s2, "SUBMITTED"));
    as("admin").post("/api/testing/sms/outbox/run").then().statusCode(200);
    Thread.sleep(2500);
    assertEquals(1, messagesTo(e164(phone1)).size(), "nothing sent twice");
    assertEquals(1, messagesTo(e164(phone2)).size(), "nothing sent twice");
  }

  @Test
  void mergedCallsAreSurveyedOncePerNumberWhenTheMainTicketCloses() {
    String mainPhone = uniqueMobile();
    String otherPhone = uniqueMobile();
    Map<String, Object> call = Tickets.call("短信调查：小区门口占道经营 " + mainPhone);
    call.put("callerPhone", mainPhone);
    long main = Tickets.log(call).getLong("id");
    call = Tickets.call("短信调查：同一占道经营，另一位来电人 " + otherPhone);
    call.put("callerPhone", otherPhone);
    long other = Tickets.log(call).getLong("id");
    call = Tickets.call("短信调查：同一来电人再次来电 " + mainPhone);
    call.put("callerPhone", mainPhone);
    long again = Tickets.log(call).getLong("id");
    Tickets.act("dispatcher", other, "merge", Map.of("mainTicketId", main, "reason", "同一事项"));
    Tickets.act("dispatcher", again, "merge", Map.of("mainTicketId", main, "reason", "同一事项"));
    Tickets.act("dispatcher", main, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    Tickets.act("officer", main, "sign", null);
    Tickets.replied(main, "已劝离占道摊贩");
    Tickets.act("dispatcher", main, "review", Map.of("approved", true));

    Instant giveUp = Instant.now().plus(WAIT);
    List<Map<String, Object>> surveys;
    do {
      sleep(300);
      surveys =
          as("callback")
              .get("/api/sms/surveys?ticketId=" + main)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("$");
    } while (!(surveys.size() == 2
            && surveys.stream().allMatch(s -> "DELIVERED".equals(s.get("status"))))
        && Instant.now().isBefore(giveUp));
    assertEquals(
        2,
        surveys.size(),
        "the main caller and the other caller; the repeat caller once: " + surveys);
    assertEquals(
        List.of(main, other),
        surveys.stream().map(s -> ((Number) s.get("ticketId")).longValue()).toList());
    assertEquals(1, messagesTo(e164(mainPhone)).size(), "one SMS per number");
    assertEquals(1, messagesTo(e164(otherPhone)).size());
  }

  /**
   * The production gateway to the simulator at the configured rate (50/s) and window (10): the
   * limit holds.
   */
  @Test
  void throughputThroughTheGatewayKeepsTheConfiguredRate() {
    JsonPath probe =
        as("admin")
            .post("/api/testing/sms/throughput?count=250")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(250, probe.getInt("accepted"));
    double perSecond = probe.getDouble("perSecond");
    System.out.printf(
        "SMS gateway throughput (%s): %d messages, window %d, %.2f s, %.1f messages/s%n",
        ItServer.db(),
        probe.getInt("count"),
        probe.getInt("window"),
        probe.getDouble("seconds"),
        perSecond);
    assertTrue(perSecond <= 52, "at most hotline.sms.rate=50 per second, was " + perSecond);
  }

  // --- helpers

  static long directAnswer(String phone, boolean confidential) {
    Map<String, Object> call = Tickets.call("短信调查：咨询户籍办理时间 " + phone);
    call.put("callerPhone", phone);
    call.put("confidential", confidential);
    call.put("directAnswer", "工作日 9:00-17:00 到派出所户籍窗口办理");
    return Tickets.log(call).getLong("id");
  }

  /**
   * The survey of a new direct answer, delivered, then answered by the citizen with {@code text}.
   */
  private static JsonPath answeredWith(String text) {
    String phone = uniqueMobile();
    long id = directAnswer(phone, false);
    awaitSurvey(id, s -> "DELIVERED".equals(s.getString("status")));
    reply(e164(phone), text);
    return awaitSurvey(id, s -> s.getString("answer") != null);
  }

  static String uniqueMobile() {
    return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  static String e164(String mobile) {
    return "+86" + mobile;
  }

  static void reply(String from, String text) {
    as("admin")
        .body(Map.of("from", from, "text", text))
        .post("/api/testing/sms/replies")
        .then()
        .statusCode(200);
  }

  private static List<Map<String, Object>> messagesTo(String to) {
    return as("admin")
        .queryParam("to", to)
        .get("/api/testing/sms/messages")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  private static JsonPath surveyOf(long ticketId) {
    List<Map<String, Object>> all =
        as("callback")
            .get("/api/sms/surveys?ticketId=" + ticketId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertEquals(1, all.size(), "one survey per ticket");
    return new JsonPath(as("callback").get("/api/sms/surveys?ticketId=" + ticketId).asString())
        .setRootPath("[0]");
  }

  static JsonPath awaitSurvey(long ticketId, Predicate<JsonPath> until) {
    Instant giveUp = Instant.now().plus(WAIT);
    while (true) {
      String body =
          as("callback")
              .get("/api/sms/surveys?ticketId=" + ticketId)
              .then()
              .statusCode(200)
              .extract()
              .asString();
      JsonPath all = new JsonPath(body);
      if (!all.getList("$").isEmpty()) {
        JsonPath first = new JsonPath(body).setRootPath("[0]");
        if (until.test(first)) {
          return first;
        }
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError(
            "survey of ticket " + ticketId + " did not get there in " + WAIT + ": " + body);
      }
      sleep(300);
    }
  }

  private static long count(JsonPath survey, String kind) {
    return survey.getList("events.kind").stream().filter(kind::equals).count();
  }

  private static String eventDetail(JsonPath survey, String kind) {
    List<String> kinds = survey.getList("events.kind");
    int i = kinds.indexOf(kind);
    assertTrue(i >= 0, kind + " in " + kinds);
    return survey.getString("events[" + i + "].detail");
  }

  private static long row(JsonPath stats, String unit, String field) {
    List<Map<String, Object>> units = stats.getList("units");
    return units.stream()
        .filter(u -> unit.equals(u.get("unitCode")))
        .map(u -> ((Number) u.get(field)).longValue())
        .findFirst()
        .orElse(0L);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
