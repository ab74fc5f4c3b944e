package org.hotline.application.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.hotline.domain.model.shared.BusinessTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The thresholds of the authenticity checks (真实性规则) and the odd hours in Asia/Shanghai. */
class AuthenticityRulesTest {

  @AfterEach
  void clear() {
    System.clearProperty("hotline.rating.flag.burst-device");
    System.clearProperty("hotline.rating.flag.odd-from");
    System.clearProperty("hotline.rating.flag.odd-to");
  }

  static java.time.Instant at(int hour) {
    return ZonedDateTime.of(2026, 11, 30, hour, 30, 0, 0, BusinessTime.ZONE).toInstant();
  }

  @Test
  void defaultsAndABadValueFallsBack() {
    AuthenticityRules r = AuthenticityRules.configured();
    assertThat(r.burstWindow()).isEqualTo(Duration.ofMinutes(60));
    assertThat(r.burstDevice()).isEqualTo(3);
    assertThat(r.burstNetwork()).isEqualTo(5);
    assertThat(r.nearby()).isEqualTo(Duration.ofHours(12));
    System.setProperty("hotline.rating.flag.burst-device", "x");
    assertThat(AuthenticityRules.configured().burstDevice()).isEqualTo(3);
    System.setProperty("hotline.rating.flag.burst-device", "0");
    assertThat(AuthenticityRules.configured().burstDevice()).isEqualTo(3);
  }

  @Test
  void oddHoursAreShanghaiTimeAndMayWrapMidnight() {
    AuthenticityRules r = AuthenticityRules.configured();
    assertThat(r.oddHour(at(2))).isTrue();
    assertThat(r.oddHour(at(6))).isFalse();
    assertThat(r.oddHour(at(23))).isFalse();
    assertThat(r.oddHoursText()).isEqualTo("00:00–06:00");
    System.setProperty("hotline.rating.flag.odd-from", "23");
    System.setProperty("hotline.rating.flag.odd-to", "5");
    AuthenticityRules wrap = AuthenticityRules.configured();
    assertThat(wrap.oddHour(at(23))).isTrue();
    assertThat(wrap.oddHour(at(4))).isTrue();
    assertThat(wrap.oddHour(at(5))).isFalse();
    assertThat(wrap.oddHour(at(12))).isFalse();
  }
}
