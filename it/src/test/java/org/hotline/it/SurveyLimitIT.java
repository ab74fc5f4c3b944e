package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One survey SMS per number within the interval (同号码限发, default 7 days), counted on the normalized
 * number; a later survey is kept as SKIPPED and counted in the statistics. And a JSON batch names
 * the record of a refused character by its index.
 */
class SurveyLimitIT {

  private static final String MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

  private static long skipped(String unit) {
    List<Map<String, Object>> units =
        as("leader")
            .queryParam("month", MONTH)
            .get("/api/sms/statistics")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("units");
    return units.stream()
        .filter(u -> unit.equals(u.get("unitCode")))
        .mapToLong(u -> ((Number) u.get("skippedRecentSurvey")).longValue())
        .sum();
  }

  @Test
  void aFrequentCallerGetsOneSurveyWithinTheIntervalAndTheRestAreCountedAsSkipped() {
    String mobile = SmsSurveyIT.uniqueMobile();
    long skippedBefore = skipped("RXZX");
    long first = SmsSurveyIT.directAnswer(mobile, false);
    SmsSurveyIT.awaitSurvey(first, s -> "DELIVERED".equals(s.getString("status")));
    // the same number in two other writings: one number once normalized
    String dashed =
        mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
    long second = SmsSurveyIT.directAnswer(dashed, false);
    long third = SmsSurveyIT.directAnswer("+86 " + mobile, false);
    for (long id : List.of(second, third)) {
      JsonPath s = SmsSurveyIT.awaitSurvey(id, x -> "SKIPPED".equals(x.getString("status")));
      assertThat(s.getList("events.kind")).contains("SKIPPED");
      assertThat(s.getList("events.detail")).contains("RECENT_SURVEY");
    }
    List<Object> sent =
        as("admin")
            .queryParam("to", SmsSurveyIT.e164(mobile))
            .get("/api/testing/sms/messages")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(sent).as("one SMS to the number").hasSize(1);
    assertThat(skipped("RXZX")).isEqualTo(skippedBefore + 2);
  }

  @Test
  void aJsonBatchNamesTheRecordOfARefusedCharacterByItsIndex() {
    String source = "JJ110-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> good = new HashMap<>();
    good.put("sourceSystem", source);
    good.put("externalId", "IDX-0");
    good.put("kind", "INCIDENT_110");
    good.put("occurredAt", "2026-11-20T09:30:00+08:00");
    good.put("citizenPhone", "139-1234-5678");
    good.put("unitCode", "PS-CHENGGUAN");
    Map<String, Object> bad = new HashMap<>(good);
    bad.put("externalId", "IDX-1");
    bad.put("summary", "倒序\u202E文字");
    // refused per record (review r2): the good record is kept, the bad one named by its index
    as("callback")
        .body(List.of(good, bad))
        .post("/api/service-records")
        .then()
        .statusCode(200)
        .body("results.status", org.hamcrest.Matchers.contains("CREATED", "REFUSED"))
        .body("results[1].line", org.hamcrest.Matchers.equalTo(1))
        .body("results[1].errors[0].field", org.hamcrest.Matchers.equalTo("summary"))
        .body("results[1].errors[0].reason", org.hamcrest.Matchers.equalTo("INVALID_CHARACTER"));
  }
}
