package org.hotline.it;

import static org.hotline.it.ItServer.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The SMS outbox when a submit goes wrong (issue 14, docs/sms.md "Never sent twice"), over real
 * SMPP to the simulator: repeated refusals by the SMSC end in FAILED (GAVE_UP) after five tries and
 * nothing more is sent; a submit the SMSC never answers is SEND_UNCERTAIN and never resent; a crash
 * of the server between the claim and the confirmation (the server killed while the submit waits)
 * leaves the message SEND_UNCERTAIN at the next start, and it is never resent.
 */
class SmsOutboxFailuresIT {

  private static final Duration WAIT = Duration.ofSeconds(120);

  @Test
  void repeatedRefusalsGiveUpAfterFiveTriesAndNothingIsSentAfterwards() {
    String phone = "+86" + MonthlySummariesIT.mobile();
    behave(phone, "REFUSE", 0x58); // ESME_RTHROTTLED: certainly not taken
    try {
      long ticket = directAnswer(phone);
      JsonPath failed = awaitSurvey(ticket, s -> "FAILED".equals(s.getString("status")));
      assertEquals(5, failed.getInt("attempts"));
      assertEquals(5, count(failed, "SUBMIT_REFUSED"));
      assertEquals(4, count(failed, "RETRY_SCHEDULED"));
      assertEquals(1, count(failed, "GAVE_UP"));
      assertEquals(5, seen(phone), "five submits reached the SMSC");
    } finally {
      behave(phone, "NORMAL", null);
    }
    runOutbox();
    assertEquals(5, seen(phone), "nothing sent after giving up");
    assertEquals(0, accepted(phone));
  }

  @Test
  void aSubmitNeverAnsweredIsUncertainAndNeverResent() {
    String phone = "+86" + MonthlySummariesIT.mobile();
    behave(phone, "HANG", null);
    long ticket;
    try {
      ticket = directAnswer(phone);
      JsonPath uncertain = awaitSurvey(ticket, s -> "SEND_UNCERTAIN".equals(s.getString("status")));
      assertEquals(1, uncertain.getInt("attempts"));
      assertEquals(1, count(uncertain, "SEND_UNCERTAIN"));
      assertEquals(1, seen(phone));
    } finally {
      behave(phone, "NORMAL", null);
    }
    runOutbox();
    JsonPath after = survey(ticket);
    assertEquals("SEND_UNCERTAIN", after.getString("status"));
    assertEquals(1, after.getInt("attempts"));
    assertEquals(1, seen(phone), "never resent");
    assertEquals(0, accepted(phone));
  }

  @Test
  void aCrashBetweenClaimAndConfirmationLeavesTheMessageUncertainAndUnsent() {
    String phone = "+86" + MonthlySummariesIT.mobile();
    behave(phone, "HANG", null);
    long ticket = directAnswer(phone);
    // claimed (SENDING committed), the submit waiting for the SMSC's answer: the server dies
    awaitSurvey(ticket, s -> "SENDING".equals(s.getString("status")), Duration.ofMillis(50));
    ItServer.kill();
    ItServer.start();
    JsonPath recovered = awaitSurvey(ticket, s -> "SEND_UNCERTAIN".equals(s.getString("status")));
    assertTrue(
        eventDetail(recovered, "SEND_UNCERTAIN").contains("interrupted"),
        "recovered at start-up: " + recovered.prettify());
    assertEquals(1, recovered.getInt("attempts"));
    runOutbox();
    JsonPath after = survey(ticket);
    assertEquals("SEND_UNCERTAIN", after.getString("status"));
    assertEquals(1, after.getInt("attempts"), "never claimed again");
    assertEquals(0, seen(phone), "the restarted SMSC never got it again");
  }

  // --- helpers

  private static long directAnswer(String phoneE164) {
    Map<String, Object> call = Tickets.call("短信发件箱故障：咨询出入境办证 " + phoneE164);
    call.put("callerPhone", phoneE164.substring(3));
    call.put("directAnswer", "工作日到出入境窗口办理");
    return Tickets.log(call).getLong("id");
  }

  private static void behave(String to, String mode, Integer status) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("to", to);
    body.put("mode", mode);
    body.put("commandStatus", status);
    as("admin").body(body).post("/api/testing/sms/behaviour").then().statusCode(200);
  }

  private static int seen(String to) {
    return as("admin")
        .queryParam("to", to)
        .get("/api/testing/sms/seen")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("seen");
  }

  private static int accepted(String to) {
    List<Object> messages =
        as("admin")
            .queryParam("to", to)
            .get("/api/testing/sms/messages")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return messages.size();
  }

  /** Works the outbox off now and waits for two more timer passes. */
  private static void runOutbox() {
    as("admin").post("/api/testing/sms/outbox/run").then().statusCode(200);
    MonthlySummariesIT.sleep(4500);
  }

  private static JsonPath survey(long ticketId) {
    return new JsonPath(as("callback").get("/api/sms/surveys?ticketId=" + ticketId).asString())
        .setRootPath("[0]");
  }

  private static JsonPath awaitSurvey(long ticketId, Predicate<JsonPath> until) {
    return awaitSurvey(ticketId, until, Duration.ofMillis(300));
  }

  private static JsonPath awaitSurvey(long ticketId, Predicate<JsonPath> until, Duration poll) {
    Instant giveUp = Instant.now().plus(WAIT);
    while (true) {
      String body =
          as("callback")
              .get("/api/sms/surveys?ticketId=" + ticketId)
              .then()
              .statusCode(200)
              .extract()
              .asString();
      if (!new JsonPath(body).getList("$").isEmpty()) {
        JsonPath first = new JsonPath(body).setRootPath("[0]");
        if (until.test(first)) {
          return first;
        }
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("survey of ticket " + ticketId + ": " + body);
      }
      MonthlySummariesIT.sleep(poll.toMillis());
    }
  }

  private static long count(JsonPath survey, String kind) {
    return survey.getList("events.kind").stream().filter(kind::equals).count();
  }

  private static String eventDetail(JsonPath survey, String kind) {
    List<String> kinds = survey.getList("events.kind");
    int i = kinds.lastIndexOf(kind);
    assertTrue(i >= 0, kind + " in " + kinds);
    return survey.getString("events[" + i + "].detail");
  }
}
