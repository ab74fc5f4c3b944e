package org.hotline.application.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurstRuleTest {

  record R(String device, Instant at) {}

  private static final Instant T = Instant.parse("2025-03-03T02:00:00Z");
  private final BurstRule rule = new BurstRule(Duration.ofMinutes(60), 3);

  private List<R> burst(R arriving, List<R> ofTarget) {
    return rule.burstOf(arriving, ofTarget, R::device, R::at);
  }

  @Test
  void threeFromOneDeviceWithinTheHourAreABurstAndAllAreFlagged() {
    R a = new R("d1", T);
    R b = new R("d1", T.plusSeconds(1200));
    R other = new R("d2", T.plusSeconds(1300));
    R c = new R("d1", T.plusSeconds(3600));
    assertThat(burst(c, List.of(a, b, other, c))).containsExactly(a, b, c);
    assertThat(burst(b, List.of(a, b))).isEmpty();
  }

  @Test
  void aRatingPastTheWindowDoesNotCountAndTheArrivingSecondDoes() {
    R old = new R("d1", T.minusSeconds(1));
    R b = new R("d1", T.plusSeconds(1800));
    R c = new R("d1", T.plusSeconds(3600));
    // window of c: [T, T + 3601 s): old is 3601 s before c
    assertThat(burst(c, List.of(old, b, c))).isEmpty();
    R sameSecond = new R("d1", T.plusSeconds(3600));
    assertThat(burst(c, List.of(b, sameSecond, c))).hasSize(3);
  }

  @Test
  void aMissingKeyNeverMakesABurst() {
    R a = new R(null, T);
    assertThat(burst(a, List.of(a, new R(null, T), new R(null, T)))).isEmpty();
  }

  @Test
  void theThresholdsComeFromTheConfiguredRules() {
    AuthenticityRules rules = AuthenticityRules.configured();
    assertThat(BurstRule.device(rules).threshold()).isEqualTo(rules.burstDevice());
    assertThat(BurstRule.network(rules).threshold()).isEqualTo(rules.burstNetwork());
    assertThat(BurstRule.phone(rules).window()).isEqualTo(rules.burstWindow());
  }
}
