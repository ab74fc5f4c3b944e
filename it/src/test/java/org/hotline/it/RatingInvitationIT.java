package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.RatingRequests.invite;
import static org.hotline.it.RatingRequests.satisfied;
import static org.hotline.it.RatingRequests.serviceRecord;
import static org.hotline.it.RatingRequests.tasksOfRecord;

import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Officers' invitations to rate (邀码, issue 15): an invitation for a service record ties the rating
 * to it and makes it verified; one rating per invitation (409), an expired invitation is refused
 * (410); a satisfied invited rating is sampled into the callback queue as a spot check (SPOT_CHECK)
 * at the configured share; the statistics count the verified ratings per officer.
 */
class RatingInvitationIT {

  @BeforeEach
  void generousLimitsAndEverySatisfiedRatingChecked() {
    RatingLimits.generous();
    RatingLimits.spotCheckShare(1.0);
  }

  @AfterEach
  void configured() {
    TestClock.reset();
    RatingLimits.configured();
    RatingLimits.configuredSpotCheck();
  }

  @Test
  void anInvitedRatingIsVerifiedTiedToItsRecordOnceAndSpotChecked() {
    long record = serviceRecord();
    String token = invite("officer", record);
    anonymous()
        .get("/api/public/rating-codes/" + token)
        .then()
        .statusCode(200)
        .body("invited", equalTo(true))
        .body("kind", equalTo("OFFICER"))
        .body("name", org.hamcrest.Matchers.containsString("003001"));

    String comment = "民警调解耐心 " + UUID.randomUUID();
    RatingRequests.rate(token, "dev-" + UUID.randomUUID(), satisfied(comment))
        .then()
        .statusCode(201);
    // one rating per invitation, whatever the device
    RatingRequests.rate(token, "dev-" + UUID.randomUUID(), satisfied("again"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("RATING_INVITATION_USED"));
    anonymous().accept("text/html").get("/r/" + token).then().statusCode(409);

    Map<String, Object> rating = RatingRequests.ratingWithComment(comment);
    assertThat(rating.get("verified")).isEqualTo(true);
    assertThat(rating.get("verification")).isEqualTo("INVITATION");
    assertThat(((Number) rating.get("serviceRecordId")).longValue()).isEqualTo(record);
    assertThat(rating.get("spotCheck")).isEqualTo(true);

    // the spot check is in the callback queue, for the service record
    List<Map<String, Object>> tasks = tasksOfRecord(record);
    assertThat(tasks).extracting(t -> t.get("reasonCode")).contains("SPOT_CHECK");

    // statistics per officer: the verified rating counts beside the raw rate
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    JsonPath stats = RatingSupervisionIT.statistics(month);
    Map<String, Object> officer = stats.getMap("find { it.officerBadge == '003001' }");
    assertThat(officer).isNotNull();
    assertThat(((Number) officer.get("verified")).longValue()).isGreaterThanOrEqualTo(1);
    assertThat(officer.get("verifiedSatisfiedRate")).isNotNull();
  }

  @Test
  void aPlainScanOfAWindowIsNotVerified() {
    String token = RatingRequests.newCode("城关派出所 窗口 邀码对照 " + UUID.randomUUID());
    String comment = "普通扫码 " + UUID.randomUUID();
    RatingRequests.rate(token, "dev-" + UUID.randomUUID(), satisfied(comment))
        .then()
        .statusCode(201);
    Map<String, Object> rating = RatingRequests.ratingWithComment(comment);
    assertThat(rating.get("verified")).isEqualTo(false);
    // a window's scan is tied to a nearby record of the unit only to be spot-checked through it
    // (RatingAuthenticityIT), never verified by it
    assertThat(rating.get("verification")).isIn("NO_INVITATION", "UNIT_RECORD_NEARBY");
    assertThat(rating.get("spotCheck")).isEqualTo(rating.get("serviceRecordId") != null);
  }

  @Test
  void anExpiredInvitationOrAnotherUnitsRecordIsRefused() {
    long record = serviceRecord();
    // an officer of another unit does not see the record
    as("officer2")
        .post("/api/service-records/" + record + "/rating-invitation")
        .then()
        .statusCode(404);
    String token = invite("chief", record);
    TestClock.at(OffsetDateTime.now().plusHours(73));
    RatingRequests.rate(token, "dev-" + UUID.randomUUID(), satisfied("late"))
        .then()
        .statusCode(410)
        .body("code", equalTo("RATING_INVITATION_EXPIRED"));
    anonymous().accept("text/html").get("/r/" + token).then().statusCode(410);
  }

  @Test
  void oneServiceRecordGivesOneInvitationAskingAgainReturnsIt() {
    long record = serviceRecord();
    String token = invite("officer", record);
    // before: every request minted a new invitation, each good for one verified rating
    for (String user : List.of("officer", "chief")) {
      as(user)
          .post("/api/service-records/" + record + "/rating-invitation")
          .then()
          .statusCode(200)
          .body("ratingUrl", equalTo("/r/" + token))
          .body("created", equalTo(false));
    }
    RatingRequests.rate(token, "dev-" + UUID.randomUUID(), satisfied("一次 " + UUID.randomUUID()))
        .then()
        .statusCode(201);
    // used: asking again still gives the same (used) invitation, never a fresh one
    as("officer")
        .post("/api/service-records/" + record + "/rating-invitation")
        .then()
        .statusCode(200)
        .body("ratingUrl", equalTo("/r/" + token));
  }

  @Test
  void fiveSimultaneousRatingsThroughOneInvitationStoreOneTheOthersAreToldItIsUsed() {
    long record = serviceRecord();
    String token = invite("officer", record);
    String comment = "同时提交 " + UUID.randomUUID();
    @SuppressWarnings("unchecked")
    java.util.function.Supplier<io.restassured.response.Response>[] five =
        new java.util.function.Supplier[5];
    for (int i = 0; i < five.length; i++) {
      String device = "race-" + i + "-" + UUID.randomUUID();
      five[i] = () -> RatingRequests.rate(token, device, satisfied(comment));
    }
    List<Race.Outcome> outcomes = Race.run(five);
    // before: one 201 and four 409 CONCURRENT_UPDATE ("the ticket was changed")
    assertThat(outcomes).filteredOn(Race.Outcome::success).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.success())
        .hasSize(4)
        .allSatisfy(
            o -> {
              assertThat(o.status()).isEqualTo(409);
              assertThat(o.code()).isEqualTo("RATING_INVITATION_USED");
            });
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    List<Map<String, Object>> stored =
        as("director")
            .queryParam("month", month)
            .queryParam("unit", "PS-CHENGGUAN")
            .get("/api/ratings")
            .then()
            .extract()
            .jsonPath()
            .getList("findAll { it.comment == '" + comment + "' }");
    assertThat(stored).hasSize(1);
  }

  @Test
  void aServiceRecordCallbackRecordsItsProvenanceLikeEveryAnswer() {
    long record = serviceRecord();
    String token = invite("officer", record);
    RatingRequests.rate(token, "dev-" + UUID.randomUUID(), satisfied("抽查 " + UUID.randomUUID()))
        .then()
        .statusCode(201);
    Map<String, Object> task =
        tasksOfRecord(record).stream()
            .filter(t -> "SPOT_CHECK".equals(t.get("reasonCode")))
            .findFirst()
            .orElseThrow();
    Map<String, Map<String, Object>> before = RatingAuthenticityIT.channels();
    as("callback")
        .body(Map.of("result", "SATISFIED", "note", "群众确认民警到场调解"))
        .post("/api/callbacks/" + task.get("id") + "/outcome")
        .then()
        .statusCode(200);
    // before: a service record's callback (no ticket) recorded no provenance at all
    Map<String, Map<String, Object>> after = RatingAuthenticityIT.channels();
    assertThat(RatingAuthenticityIT.count(after, "CALLBACK", "answers"))
        .isEqualTo(RatingAuthenticityIT.count(before, "CALLBACK", "answers") + 1);
    assertThat(RatingAuthenticityIT.count(after, "CALLBACK", "verified"))
        .isEqualTo(RatingAuthenticityIT.count(before, "CALLBACK", "verified") + 1);
  }
}
