package org.hotline.application.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The share of satisfied ratings sampled for a spot check (抽查). */
class RatingSpotCheckTest {

  @AfterEach
  void clear() {
    System.clearProperty(RatingSpotCheck.SHARE);
  }

  @Test
  void theConfiguredShareIsClampedAndABadValueFallsBackToFivePercent() {
    RatingSpotCheck check = new RatingSpotCheck();
    assertThat(check.share()).isEqualTo(0.05);
    System.setProperty(RatingSpotCheck.SHARE, "3");
    assertThat(check.share()).isEqualTo(1.0);
    System.setProperty(RatingSpotCheck.SHARE, "-1");
    assertThat(check.share()).isEqualTo(0.0);
    System.setProperty(RatingSpotCheck.SHARE, "ten percent");
    assertThat(check.share()).isEqualTo(0.05);
  }

  @Test
  void noneAllOrAboutTheShareArePicked() {
    RatingSpotCheck check = new RatingSpotCheck();
    check.override(0.0);
    for (int i = 0; i < 1000; i++) {
      assertThat(check.pick()).isFalse();
    }
    check.override(1.0);
    for (int i = 0; i < 1000; i++) {
      assertThat(check.pick()).isTrue();
    }
    check.override(0.2);
    int picked = 0;
    for (int i = 0; i < 20_000; i++) {
      picked += check.pick() ? 1 : 0;
    }
    // 4,000 expected; 6 standard deviations (≈ 340) either side
    assertThat(picked).isBetween(3_660, 4_340);
    check.override(null);
    assertThat(check.share()).isEqualTo(0.05);
  }
}
