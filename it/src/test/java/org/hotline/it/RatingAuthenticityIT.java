package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 评价真实性 (issue 15) in the running server: a planted burst from one device is flagged with its
 * evidence in both languages, shown to supervisors and to the callback agent of the matter, and an
 * excluded rating leaves the counted rate while staying in the history; odd hours and ratings with
 * no service record nearby are flagged; plain scans are tied to a nearby service record and sampled
 * for spot checks; SMS replies and callback outcomes record the same provenance as ratings, and the
 * statistics per channel show the verified rate beside the raw one.
 */
class RatingAuthenticityIT {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @BeforeEach
  void generousLimitsAndEverySatisfiedRatingChecked() {
    RatingLimits.generous();
    RatingLimits.spotCheckShare(1.0);
  }

  @AfterEach
  void configured() {
    as("admin").delete("/api/testing/clock").then().statusCode(200);
    RatingLimits.configured();
    RatingLimits.configuredSpotCheck();
  }

  static String month() {
    return YearMonth.now(SHANGHAI).toString();
  }

  /** The month's flags of one target (by its name) as a role sees them. */
  /** GET {@code path} with these query parameters as a role, in a language: the list answered. */
  static List<Map<String, Object>> list(
      String user, String lang, String path, Map<String, Object> query) {
    return as(user)
        .header("Accept-Language", lang)
        .queryParams(query)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  /** The month's flags of one target (by its name) of 城关派出所 as a role sees them. */
  static List<Map<String, Object>> flagsOf(String user, String lang, String month, String name) {
    return list(user, lang, "/api/ratings/flags", Map.of("month", month, "unit", "PS-CHENGGUAN"))
        .stream()
        .filter(f -> name.equals(f.get("targetName")))
        .toList();
  }

  static Map<String, Object> statisticsRow(String name) {
    return RatingSupervisionIT.statistics(month()).getMap("find { it.name == '" + name + "' }");
  }

  static Map<String, Object> rated(String token, String device, Map<String, Object> body) {
    RatingRequests.rate(token, device, body).then().statusCode(201);
    return RatingRequests.ratingWithComment((String) body.get("comment"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPlantedBurstIsFlaggedWithItsEvidenceAndAnExcludedRatingLeavesTheRate() {
    String name = "城关派出所 窗口 刷分 " + UUID.randomUUID();
    String token = RatingRequests.newCode(name);
    String tag = UUID.randomUUID().toString();
    Map<String, Object> genuine =
        rated(token, "dev-" + UUID.randomUUID(), RatingRequests.satisfied("真实 " + tag));
    String device = "burst-" + UUID.randomUUID();
    rated(token, device, RatingRequests.satisfied("刷分1 " + tag));
    rated(token, device, RatingRequests.satisfied("刷分2 " + tag));
    Map<String, Object> third =
        rated(token, device, RatingRequests.dissatisfiedWithAttitude("刷分3 " + tag, null));

    List<Map<String, Object>> burst =
        flagsOf("director", "zh", month(), name).stream()
            .filter(f -> "BURST_DEVICE".equals(f.get("flag")))
            .toList();
    assertThat(burst).hasSize(3);
    assertThat(burst).extracting(f -> f.get("ratingId")).doesNotContain(genuine.get("id"));
    assertThat(burst.get(0).get("label")).isEqualTo("同一设备集中评价");
    assertThat(burst.get(0).get("evidenceText")).isEqualTo("同一设备在 60 分钟内对该对象评价 3 次");
    assertThat(burst.get(0).get("evidence")).isEqualTo(Map.of("count", "3", "minutes", "60"));
    assertThat(
            flagsOf("director", "en", month(), name).stream()
                .filter(f -> "BURST_DEVICE".equals(f.get("flag")))
                .map(f -> f.get("evidenceText")))
        .containsOnly("One device rated this target 3 times within 60 minutes");
    // filtered by flag; an unknown flag is refused
    assertThat(
            list(
                "director",
                "zh",
                "/api/ratings/flags",
                Map.of("month", month(), "flag", "BURST_DEVICE")))
        .extracting(f -> f.get("flag"))
        .containsOnly("BURST_DEVICE");
    as("director")
        .queryParam("month", month())
        .queryParam("flag", "NOPE")
        .get("/api/ratings/flags")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("flag"));
    // the list of ratings names the flags; the genuine one has no burst flag
    assertThat((List<Object>) third.get("flags")).contains("BURST_DEVICE");
    assertThat((List<Object>) genuine.get("flags")).doesNotContain("BURST_DEVICE");
    // the callback agent of the dissatisfied rating's rectification ticket sees its flags
    assertThat(
            list(
                "callback",
                "zh",
                "/api/ratings/flags",
                Map.of("ticket", RatingRequests.ticketOf(third))))
        .extracting(f -> f.get("flag"))
        .contains("BURST_DEVICE");

    Map<String, Object> before = statisticsRow(name);
    assertThat(before).isNotNull();
    assertThat(before.get("ratings")).isEqualTo(4);
    // the three of the burst; at night in Shanghai (a run past 00:00 Beijing time) the genuine one
    // is flagged too, for the hour (ODD_HOURS): the figure counts what the flag list holds
    long flaggedRatings =
        flagsOf("director", "zh", month(), name).stream()
            .map(f -> f.get("ratingId"))
            .distinct()
            .count();
    assertThat(flaggedRatings).isBetween(3L, 4L);
    assertThat(((Number) before.get("flagged")).longValue()).isEqualTo(flaggedRatings);
    assertThat(((Number) before.get("rawSatisfiedRate")).doubleValue()).isEqualTo(75.0);
    assertThat(((Number) before.get("countedSatisfiedRate")).doubleValue()).isEqualTo(75.0);

    // the supervisor excludes the faked dissatisfied rating: it leaves the counted rate only
    as("director")
        .body(Map.of("reason", "同一设备集中刷分"))
        .post("/api/ratings/" + third.get("id") + "/exclude")
        .then()
        .statusCode(200)
        .body("excluded", equalTo(true))
        .body("history[0].action", equalTo("EXCLUDED"))
        .body("history[0].note", equalTo("同一设备集中刷分"));
    Map<String, Object> after = statisticsRow(name);
    assertThat(after.get("excluded")).isEqualTo(1);
    assertThat(((Number) after.get("rawSatisfiedRate")).doubleValue()).isEqualTo(75.0);
    assertThat(((Number) after.get("countedSatisfiedRate")).doubleValue()).isEqualTo(100.0);
    assertThat(
            flagsOf("director", "zh", month(), name).stream()
                .filter(f -> third.get("id").equals(f.get("ratingId")))
                .map(f -> f.get("excluded")))
        .containsOnly(true);

    // the unit's figures for the rankings carry the flagged ratings
    Map<String, Object> unit =
        list(
                "leader",
                "zh",
                "/api/ratings/statistics/units",
                Map.of("month", month(), "unit", "PS-CHENGGUAN"))
            .get(0);
    assertThat(unit.get("unitCode")).isEqualTo("PS-CHENGGUAN");
    assertThat((Integer) unit.get("flagged")).isGreaterThanOrEqualTo(3);
    assertThat((Integer) unit.get("ratings")).isGreaterThanOrEqualTo(4);
  }

  @Test
  void oddHoursAndNoServiceRecordNearbyAreFlagged() {
    // three days ahead at 02:30 (Asia/Shanghai): no service record in the 12 hours before
    ZonedDateTime night =
        ZonedDateTime.of(LocalDate.now(SHANGHAI).plusDays(3), LocalTime.of(2, 30), SHANGHAI);
    as("admin")
        .body(Map.of("at", night.toInstant().toString()))
        .put("/api/testing/clock")
        .then()
        .statusCode(200);
    String name = "城关派出所 窗口 深夜 " + UUID.randomUUID();
    String token = RatingRequests.newCode(name);
    for (int i = 0; i < 3; i++) {
      RatingRequests.rate(token, "dev-" + UUID.randomUUID(), RatingRequests.satisfied("深夜 " + i))
          .then()
          .statusCode(201);
    }
    List<Map<String, Object>> flags =
        flagsOf("chief", "zh", YearMonth.from(night).toString(), name);
    assertThat(flags.stream().filter(f -> "ODD_HOURS".equals(f.get("flag"))))
        .hasSize(3)
        .extracting(f -> f.get("evidenceText"))
        .containsOnly("24 小时内该对象在 00:00–06:00 时段收到 3 条评价");
    assertThat(flags.stream().filter(f -> "NO_SERVICE_NEARBY".equals(f.get("flag"))))
        .hasSize(3)
        .extracting(f -> f.get("evidenceText"))
        .containsOnly("评价前 12 小时内没有该单位的服务记录");
    // no burst: three devices
    assertThat(flags).extracting(f -> f.get("flag")).doesNotContain("BURST_DEVICE");
  }

  @Test
  void plainScansAreTiedToANearbyServiceRecordAndSampled() {
    long record = RatingRequests.serviceRecord();
    String officerUrl =
        list("admin", "zh", "/api/rating-targets", Map.of("unit", "PS-CHENGGUAN")).stream()
            .filter(t -> "003001".equals(t.get("officerBadge")) && t.get("ratingUrl") != null)
            .map(t -> (String) t.get("ratingUrl"))
            .findFirst()
            .orElseThrow();
    String tag = UUID.randomUUID().toString();
    Map<String, Object> officer =
        rated(
            officerUrl.substring("/r/".length()),
            "dev-" + UUID.randomUUID(),
            RatingRequests.satisfied("扫民警码 " + tag));
    assertThat(officer.get("verified")).isEqualTo(true);
    assertThat(officer.get("verification")).isEqualTo("OFFICER_RECORD_NEARBY");
    assertThat(officer.get("spotCheck")).isEqualTo(true);
    long officerRecord = ((Number) officer.get("serviceRecordId")).longValue();
    assertThat(officerRecord).isGreaterThanOrEqualTo(record);
    assertThat(RatingRequests.tasksOfRecord(officerRecord))
        .extracting(t -> t.get("reasonCode"))
        .contains("SPOT_CHECK");

    Map<String, Object> window =
        rated(
            RatingRequests.newCode("城关派出所 窗口 抽查 " + tag),
            "dev-" + UUID.randomUUID(),
            RatingRequests.satisfied("扫窗口码 " + tag));
    assertThat(window.get("verified")).isEqualTo(false);
    assertThat(window.get("verification")).isEqualTo("UNIT_RECORD_NEARBY");
    assertThat(window.get("spotCheck")).isEqualTo(true);
    assertThat(RatingRequests.tasksOfRecord(((Number) window.get("serviceRecordId")).longValue()))
        .extracting(t -> t.get("reasonCode"))
        .contains("SPOT_CHECK");
  }

  static Map<String, Map<String, Object>> channels() {
    return list("director", "zh", "/api/ratings/statistics/channels", Map.of("month", month()))
        .stream()
        .collect(java.util.stream.Collectors.toMap(r -> (String) r.get("channel"), r -> r));
  }

  static int count(Map<String, Map<String, Object>> rows, String channel, String field) {
    return ((Number) rows.get(channel).get(field)).intValue();
  }

  @Test
  void smsRepliesAndCallbacksRecordTheSameProvenanceAsRatings() {
    Map<String, Map<String, Object>> before = channels();
    assertThat(before.keySet()).containsExactlyInAnyOrder("QR", "SMS", "CALLBACK");

    // SMS: the reply comes from the surveyed number → verified
    String mobile = SmsSurveyIT.uniqueMobile();
    long ticket = SmsSurveyIT.directAnswer(mobile, false);
    SmsSurveyIT.awaitSurvey(ticket, s -> "DELIVERED".equals(s.getString("status")));
    SmsSurveyIT.reply(SmsSurveyIT.e164(mobile), "1");
    SmsSurveyIT.awaitSurvey(ticket, s -> s.getString("answer") != null);

    // callback: the agent did not handle the ticket → verified
    RectificationAndSlipsIT.calledBack("回访来源：噪音扰民 " + UUID.randomUUID(), "SATISFIED");

    // QR: a plain scan
    RatingRequests.rate(
            RatingRequests.newCode("城关派出所 窗口 来源 " + UUID.randomUUID()),
            "dev-" + UUID.randomUUID(),
            RatingRequests.satisfied("来源 " + UUID.randomUUID()))
        .then()
        .statusCode(201);

    Map<String, Map<String, Object>> after = channels();
    for (String ch : List.of("SMS", "CALLBACK", "QR")) {
      assertThat(count(after, ch, "answers")).as(ch).isEqualTo(count(before, ch, "answers") + 1);
      assertThat(count(after, ch, "satisfied"))
          .as(ch)
          .isEqualTo(count(before, ch, "satisfied") + 1);
      assertThat(after.get(ch).get("rawSatisfiedRate")).as(ch).isNotNull();
    }
    assertThat(count(after, "SMS", "verified")).isEqualTo(count(before, "SMS", "verified") + 1);
    assertThat(count(after, "CALLBACK", "verified"))
        .isEqualTo(count(before, "CALLBACK", "verified") + 1);
    assertThat(after.get("CALLBACK").get("verifiedSatisfiedRate")).isNotNull();
  }
}
