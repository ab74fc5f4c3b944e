package org.hotline.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hotline.domain.model.ticket.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The full-text listing's most-urgent-first order sorts on this rank, as the SQL listing sorts on
 * its CASE.
 */
class UrgencyRankBridgeTest {

  @Test
  void mostUrgentSortsFirst() {
    UrgencyRankBridge bridge = new UrgencyRankBridge();
    List<Urgency> sorted =
        Arrays.stream(Urgency.values())
            .sorted(Comparator.comparing(u -> bridge.toIndexedValue(u, null)))
            .toList();
    assertThat(sorted).containsExactly(Urgency.EMERGENCY, Urgency.URGENT, Urgency.NORMAL);
    assertThat(bridge.toIndexedValue(null, null)).isNull();
  }
}
