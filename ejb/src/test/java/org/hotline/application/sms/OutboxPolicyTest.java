package org.hotline.application.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

  @Test
  void retriesBackOffUpToTheCap() {
    var policy = new OutboxPolicy(Duration.ofSeconds(5), Duration.ofSeconds(600), 5);
    assertEquals(NOW.plusSeconds(5), policy.retryAt(1, NOW));
    assertEquals(NOW.plusSeconds(20), policy.retryAt(3, NOW));
    assertEquals(NOW.plusSeconds(600), policy.retryAt(30, NOW));
  }

  @Test
  void onlyMobilesAreSurveyed() {
    assertEquals("+8613912345678", SurveyQueue.mobile("+8613912345678"));
    assertNull(SurveyQueue.mobile("+8653188881234"), "a landline cannot receive an SMS");
    assertNull(SurveyQueue.mobile(null));
    assertNull(SurveyQueue.mobile("+86139"));
  }
}
