package org.hotline.application.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Only recent service records are surveyed (调查时效). */
class SurveyAgeTest {

  private static final Instant NOW = Instant.parse("2026-11-30T04:00:00Z");

  @AfterEach
  void reset() {
    System.clearProperty("hotline.sms.survey.max-age-days");
  }

  @Test
  void byDefaultARecordOlderThanThreeDaysIsNotSurveyed() {
    assertThat(SurveyAge.tooOld(NOW.minus(Duration.ofDays(2)), NOW)).isFalse();
    assertThat(SurveyAge.tooOld(NOW.minus(Duration.ofDays(3)).minusSeconds(1), NOW)).isTrue();
    assertThat(SurveyAge.tooOld(Instant.parse("2019-03-01T02:00:00Z"), NOW)).isTrue();
    assertThat(SurveyAge.tooOld(null, NOW)).isFalse();
  }

  @Test
  void theAgeIsConfigurableAndZeroTurnsItOff() {
    System.setProperty("hotline.sms.survey.max-age-days", "10");
    assertThat(SurveyAge.tooOld(NOW.minus(Duration.ofDays(9)), NOW)).isFalse();
    System.setProperty("hotline.sms.survey.max-age-days", "0");
    assertThat(SurveyAge.tooOld(Instant.parse("2019-03-01T02:00:00Z"), NOW)).isFalse();
    System.setProperty("hotline.sms.survey.max-age-days", "+5");
    assertThat(SurveyAge.days()).isEqualTo(SurveyAge.DEFAULT_DAYS);
  }
}
