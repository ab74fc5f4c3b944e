package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
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

  /** A new 110 service record of 城关派出所 by officer 003001 (张伟); its id. */
  static long serviceRecord() {
    Map<String, Object> r = new HashMap<>();
    r.put("sourceSystem", "JJ110-INV");
    r.put("externalId", UUID.randomUUID().toString());
    r.put("kind", "INCIDENT_110");
    r.put("occurredAt", OffsetDateTime.now().minusHours(1).toString());
    r.put("citizenPhone", "139-1234-5678");
    r.put("officerBadge", "003001");
    r.put("unitCode", "PS-CHENGGUAN");
    r.put("summary", "邻里纠纷，民警到场调解");
    return as("callback")
        .body(List.of(r))
        .post("/api/service-records")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("results[0].id");
  }

  static String invite(String user, long recordId) {
    String url =
        as(user)
            .post("/api/service-records/" + recordId + "/rating-invitation")
            .then()
            .statusCode(201)
            .body("serviceRecordId", equalTo((int) recordId))
            .extract()
            .path("ratingUrl");
    return url.substring("/r/".length());
  }

  static Map<String, Object> satisfied(String comment) {
    Map<String, Object> body = new HashMap<>(PublicRatingIT.satisfied());
    body.put("comment", comment);
    return body;
  }

  /** Every callback task (any status) of a service record. */
  static List<Map<String, Object>> tasksOfRecord(long record) {
    List<Map<String, Object>> tasks = new java.util.ArrayList<>();
    for (int p = 0; ; p++) {
      List<Map<String, Object>> items =
          as("callback")
              .queryParam("size", 100)
              .queryParam("page", p)
              .queryParam("status", "ALL")
              .get("/api/callbacks")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items");
      if (items.isEmpty()) {
        break;
      }
      items.stream()
          .filter(
              t ->
                  t.get("serviceRecordId") != null
                      && ((Number) t.get("serviceRecordId")).longValue() == record)
          .forEach(tasks::add);
    }
    return tasks;
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
    PublicRatingIT.rate(token, "dev-" + UUID.randomUUID(), satisfied(comment))
        .then()
        .statusCode(201);
    // one rating per invitation, whatever the device
    PublicRatingIT.rate(token, "dev-" + UUID.randomUUID(), satisfied("again"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("RATING_INVITATION_USED"));
    anonymous().accept("text/html").get("/r/" + token).then().statusCode(409);

    Map<String, Object> rating = RatingRectificationIT.ratingWithComment(comment);
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
    String token = PublicRatingIT.newCode("城关派出所 窗口 邀码对照 " + UUID.randomUUID());
    String comment = "普通扫码 " + UUID.randomUUID();
    PublicRatingIT.rate(token, "dev-" + UUID.randomUUID(), satisfied(comment))
        .then()
        .statusCode(201);
    Map<String, Object> rating = RatingRectificationIT.ratingWithComment(comment);
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
    PublicRatingIT.rate(token, "dev-" + UUID.randomUUID(), satisfied("late"))
        .then()
        .statusCode(410)
        .body("code", equalTo("RATING_INVITATION_EXPIRED"));
    anonymous().accept("text/html").get("/r/" + token).then().statusCode(410);
  }
}
