package org.hotline.application.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hotline.domain.model.analysis.GroupCount;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.junit.jupiter.api.Test;

class EndedMonthCountsTest {

  private final EndedMonthCounts counts = new EndedMonthCounts();
  private final AtomicInteger computed = new AtomicInteger();

  private List<GroupCount> count(RankingPeriod month, String key) {
    return counts.counts(
        month,
        key,
        () -> List.of(new GroupCount("c", "n", null, null, computed.incrementAndGet())));
  }

  @Test
  void anEndedMonthIsCountedOncePerKey() {
    RankingPeriod march2020 = RankingPeriod.of(YearMonth.of(2020, 3));
    assertThat(count(march2020, "CATEGORY/*").get(0).count()).isEqualTo(1);
    assertThat(count(march2020, "CATEGORY/*").get(0).count()).isEqualTo(1);
    assertThat(count(march2020, "CATEGORY/PS-A").get(0).count()).isEqualTo(2);
    assertThat(computed).hasValue(2);
  }

  @Test
  void aMonthNotEndedIsCountedEveryTime() {
    RankingPeriod future = RankingPeriod.of(YearMonth.of(2999, 1));
    count(future, "CATEGORY/*");
    count(future, "CATEGORY/*");
    assertThat(computed).hasValue(2);
  }
}
