package org.hotline.domain.model.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A flag's evidence is kept as facts in order and read back the same. */
class RatingFlagTest {

  @Test
  void evidenceRoundTripsInOrder() {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("count", 4);
    e.put("days", 30);
    e.put("rater", "DEVICE");
    RatingFlag f = new RatingFlag(null, RatingFlagKind.SINGLE_TARGET_RATER, e, Instant.EPOCH);
    assertThat(f.evidence())
        .containsExactly(
            Map.entry("count", "4"), Map.entry("days", "30"), Map.entry("rater", "DEVICE"));
    assertThat(f.kind()).isEqualTo(RatingFlagKind.SINGLE_TARGET_RATER);
  }
}
