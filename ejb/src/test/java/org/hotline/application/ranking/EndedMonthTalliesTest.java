package org.hotline.application.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hotline.domain.model.ranking.Attribution;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.ranking.UnitTally;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Only a month that has ended is kept, per attribution, and never under the test clock. */
class EndedMonthTalliesTest {

  private final EndedMonthTallies cache = new EndedMonthTallies();
  private final AtomicInteger counted = new AtomicInteger();
  private final Supplier<List<UnitTally>> count =
      () -> {
        counted.incrementAndGet();
        return List.of(UnitTally.empty("PS-CHENGGUAN"));
      };

  @AfterEach
  void clearProperty() {
    System.clearProperty("hotline.testing");
  }

  private static RankingPeriod month(YearMonth m) {
    return RankingPeriod.month(m.toString()).orElseThrow();
  }

  @Test
  void anEndedMonthIsCountedOncePerAttribution() {
    RankingPeriod ended = month(YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2));
    cache.tallies(ended, Attribution.FINAL_UNIT, count);
    assertThat(cache.tallies(ended, Attribution.FINAL_UNIT, count)).hasSize(1);
    assertThat(counted).hasValue(1);
    cache.tallies(ended, Attribution.FIRST_UNIT, count);
    assertThat(counted).hasValue(2);
  }

  @Test
  void theMonthInProgressIsAlwaysCountedAfresh() {
    RankingPeriod current = month(YearMonth.now(ZoneId.of("Asia/Shanghai")));
    cache.tallies(current, Attribution.FINAL_UNIT, count);
    cache.tallies(current, Attribution.FINAL_UNIT, count);
    assertThat(counted).hasValue(2);
  }

  @Test
  void nothingIsKeptUnderTheTestClock() {
    System.setProperty("hotline.testing", "true");
    RankingPeriod ended = month(YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2));
    cache.tallies(ended, Attribution.FINAL_UNIT, count);
    cache.tallies(ended, Attribution.FINAL_UNIT, count);
    assertThat(counted).hasValue(2);
  }
}
