package org.hotline.domain.model.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingTallyTest {

  @Test
  void aRatingCountsInItsShanghaiMonth() {
    // 2025-01-31 16:30 UTC is 2025-02-01 00:30 in Asia/Shanghai
    RatingTally t =
        RatingTally.of(Instant.parse("2025-01-31T16:30:00Z"), 7, false, false, true, false);
    assertThat(t.monthKey()).isEqualTo(202502);
    assertThat(t.targetId()).isEqualTo(7);
    assertThat(t.counts()).containsExactly(1, 1, 0, 0, 0, 1, 1, 1, 0);
    assertThat(t.counts()).hasSize(RatingTally.COLUMNS.size());
  }

  @Test
  void excludingAVerifiedSatisfiedRatingMovesItOutOfTheCountedRate() {
    Instant at = Instant.parse("2025-05-05T03:00:00Z");
    RatingTally before = RatingTally.of(at, 1, false, false, true, true);
    RatingTally after = RatingTally.of(at, 1, false, true, true, true);
    assertThat(after.minus(before)).containsExactly(0L, 0L, 1L, 1L, 0L, 0L, -1L, -1L, 0L);
  }

  @Test
  void aNewRatingAddsItsWholeTally() {
    RatingTally t =
        RatingTally.of(Instant.parse("2025-05-05T03:00:00Z"), 1, true, false, false, true);
    assertThat(t.minus(null)).isEqualTo(List.of(1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L));
  }
}
