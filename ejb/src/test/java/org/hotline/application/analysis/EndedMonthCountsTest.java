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
  void aStaleCountIsAnsweredAndRecountedInTheBackground() {
    java.util.List<Runnable> queued = new java.util.ArrayList<>();
    counts.executor(queued::add);
    RankingPeriod march2020 = RankingPeriod.of(YearMonth.of(2020, 3));
    try {
      assertThat(count(march2020, "AREA/*").get(0).count()).isEqualTo(1);
      org.hotline.domain.model.shared.BusinessTime.shiftClock(java.time.Duration.ofMinutes(6));
      // older than the 300 s: the kept figure still answers at once, one recount is queued
      assertThat(count(march2020, "AREA/*").get(0).count()).isEqualTo(1);
      assertThat(count(march2020, "AREA/*").get(0).count()).isEqualTo(1);
      assertThat(queued).hasSize(1);
      queued.remove(0).run();
      assertThat(count(march2020, "AREA/*").get(0).count()).isEqualTo(2);
      assertThat(queued).isEmpty();
    } finally {
      org.hotline.domain.model.shared.BusinessTime.shiftClock(java.time.Duration.ZERO);
    }
  }

  @Test
  void aFailedRecountKeepsTheOlderFigureAndTriesAgainLater() {
    java.util.List<Runnable> queued = new java.util.ArrayList<>();
    counts.executor(queued::add);
    RankingPeriod april2020 = RankingPeriod.of(YearMonth.of(2020, 4));
    try {
      assertThat(count(april2020, "UNIT/*").get(0).count()).isEqualTo(1);
      org.hotline.domain.model.shared.BusinessTime.shiftClock(java.time.Duration.ofMinutes(6));
      counts.counts(
          april2020,
          "UNIT/*",
          () -> {
            throw new IllegalStateException("database gone");
          });
      queued.remove(0).run();
      assertThat(count(april2020, "UNIT/*").get(0).count()).isEqualTo(1);
      assertThat(queued).hasSize(1);
    } finally {
      org.hotline.domain.model.shared.BusinessTime.shiftClock(java.time.Duration.ZERO);
    }
  }

  @Test
  void aMonthNotEndedIsCountedEveryTime() {
    RankingPeriod future = RankingPeriod.of(YearMonth.of(2999, 1));
    count(future, "CATEGORY/*");
    count(future, "CATEGORY/*");
    assertThat(computed).hasValue(2);
  }

  @Test
  void anExclusionMakesItsEndedMonthCountedAfreshAndLeavesOtherMonthsKept() {
    RankingPeriod may2020 = RankingPeriod.of(YearMonth.of(2020, 5));
    RankingPeriod june2020 = RankingPeriod.of(YearMonth.of(2020, 6));
    assertThat(count(may2020, "CATEGORY/*").get(0).count()).isEqualTo(1);
    assertThat(count(june2020, "CATEGORY/*").get(0).count()).isEqualTo(2);
    // a ticket created on 2020-05-20 was taken out of the figures
    counts.forget(may2020.from().plus(java.time.Duration.ofDays(19)));
    assertThat(count(may2020, "CATEGORY/*").get(0).count()).isEqualTo(3);
    assertThat(count(june2020, "CATEGORY/*").get(0).count()).isEqualTo(2);
  }

  @Test
  void aRecountBegunBeforeAnExclusionIsNotKept() {
    java.util.List<Runnable> queued = new java.util.ArrayList<>();
    counts.executor(queued::add);
    RankingPeriod july2020 = RankingPeriod.of(YearMonth.of(2020, 7));
    try {
      assertThat(count(july2020, "AREA/*").get(0).count()).isEqualTo(1);
      org.hotline.domain.model.shared.BusinessTime.shiftClock(java.time.Duration.ofMinutes(6));
      count(july2020, "AREA/*"); // queues a recount
      counts.forget(july2020.from());
      queued.remove(0).run(); // counted before the exclusion committed: dropped
      assertThat(count(july2020, "AREA/*").get(0).count()).isEqualTo(3);
    } finally {
      org.hotline.domain.model.shared.BusinessTime.shiftClock(java.time.Duration.ZERO);
    }
  }
}
