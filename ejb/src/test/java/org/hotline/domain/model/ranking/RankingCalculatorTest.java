package org.hotline.domain.model.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingCalculatorTest {

  private static final RankingRules.Values DEFAULTS =
      new RankingRules.Values(30, 35, 35, 5, RateBasis.RATE, Attribution.FINAL_UNIT, 3, 3, 3, 3);

  private static RankingCalculator.Entry station(
      String code, long due, long replied, long closed, long satisfied, long dissatisfied) {
    return new RankingCalculator.Entry(
        code,
        code,
        UnitClass.STATION,
        new UnitTally(code, due, replied, closed, satisfied, 0, dissatisfied, 0, 0, 0));
  }

  @Test
  void scoreIsTheWeightedSumOfTheRates() {
    // 9/10 replied, 8/10 closed, 3/4 satisfied: 0.30·0.9 + 0.35·0.8 + 0.35·0.75 = 0.8125 → 81.25
    UnitTally t = new UnitTally("A", 10, 9, 8, 2, 1, 1, 5, 0, 0);
    assertThat(RankingCalculator.score(t, DEFAULTS)).isEqualTo(81.25);
    assertThat(t.satisfaction().numerator()).isEqualTo(3);
    assertThat(t.satisfaction().denominator()).isEqualTo(4);
  }

  @Test
  void aUnitWithoutCallbacksIsScoredOnReplyAndClosureAlone() {
    UnitTally t = new UnitTally("A", 10, 10, 5, 0, 0, 0, 0, 0, 0);
    // (30·1.0 + 35·0.5) / 65 = 0.7307… → 73.08
    assertThat(RankingCalculator.score(t, DEFAULTS)).isEqualTo(73.08);
  }

  @Test
  void smallSamplesAreListedButNotRanked() {
    List<RankingRow> rows =
        RankingCalculator.rank(
            List.of(station("BIG", 20, 20, 20, 10, 0), station("ONE", 1, 1, 1, 1, 0)),
            DEFAULTS,
            List.of());
    assertThat(rows).extracting(RankingRow::unitCode).containsExactly("BIG", "ONE");
    assertThat(rows.get(0).rank()).isEqualTo(1);
    assertThat(rows.get(1).rank()).isNull();
    assertThat(rows.get(1).sampleTooSmall()).isTrue();
  }

  @Test
  void tiesAreBrokenBySatisfactionThenVolumeThenCode() {
    // same score 100: equal everything but volume, then code
    List<RankingRow> rows =
        RankingCalculator.rank(
            List.of(
                station("B", 10, 10, 10, 5, 0),
                station("A", 10, 10, 10, 5, 0),
                station("C", 20, 20, 20, 5, 0)),
            DEFAULTS,
            List.of());
    assertThat(rows).extracting(RankingRow::unitCode).containsExactly("C", "A", "B");
    assertThat(rows).extracting(RankingRow::rank).containsExactly(1, 2, 3);
  }

  @Test
  void praiseCriticismBottomAndSelfExamination() {
    List<RankingCalculator.Entry> entries =
        List.of(
            station("S1", 10, 10, 10, 4, 0),
            station("S2", 10, 9, 9, 3, 1),
            station("S3", 10, 8, 8, 2, 2),
            station("S4", 10, 7, 7, 1, 3),
            station("S5", 10, 6, 6, 0, 4));
    List<RankingRow> rows =
        RankingCalculator.rank(entries, DEFAULTS, List.of(Set.of("S4", "S5"), Set.of("S5")));
    assertThat(rows.get(0).flags()).containsExactly(RankingRow.Flag.PRAISE);
    assertThat(rows.get(2).flags()).containsExactly(RankingRow.Flag.BOTTOM);
    assertThat(rows.get(3).flags()).containsExactly(RankingRow.Flag.BOTTOM);
    assertThat(rows.get(4).flags())
        .containsExactly(
            RankingRow.Flag.CRITICISM,
            RankingRow.Flag.BOTTOM,
            RankingRow.Flag.SELF_EXAMINATION_REQUIRED);
  }

  @Test
  void withoutTheEarlierMonthsPublishedNobodyOwesASelfExamination() {
    List<RankingCalculator.Entry> entries =
        List.of(
            station("S1", 10, 10, 10, 4, 0),
            station("S2", 10, 9, 9, 3, 1),
            station("S3", 10, 8, 8, 2, 2),
            station("S4", 10, 7, 7, 1, 3));
    List<RankingRow> rows = RankingCalculator.rank(entries, DEFAULTS, List.of(Set.of("S4")));
    assertThat(rows.get(3).flags()).doesNotContain(RankingRow.Flag.SELF_EXAMINATION_REQUIRED);
  }

  @Test
  void wilsonLowerBoundKeepsAOneTicketUnitBelowABigGoodOne() {
    RankingRules.Values wilson =
        new RankingRules.Values(
            30, 35, 35, 1, RateBasis.WILSON_LOWER_BOUND, Attribution.FINAL_UNIT, 3, 3, 3, 3);
    List<RankingRow> rows =
        RankingCalculator.rank(
            List.of(station("TINY", 1, 1, 1, 1, 0), station("BIG", 200, 196, 196, 98, 2)),
            wilson,
            List.of());
    assertThat(rows).extracting(RankingRow::unitCode).containsExactly("BIG", "TINY");
    // plain rates would put TINY (100 %) first
    List<RankingRow> plain =
        RankingCalculator.rank(
            List.of(station("TINY", 1, 1, 1, 1, 0), station("BIG", 200, 196, 196, 98, 2)),
            new RankingRules.Values(
                30, 35, 35, 1, RateBasis.RATE, Attribution.FINAL_UNIT, 3, 3, 3, 3),
            List.of());
    assertThat(plain).extracting(RankingRow::unitCode).containsExactly("TINY", "BIG");
  }

  @Test
  void wilsonLowerBoundOfKnownValues() {
    // 8 of 10: Wilson 95 % interval [0.4902, 0.9433]
    assertThat(Rate.of(8, 10).lowerBound())
        .isCloseTo(0.4902, org.assertj.core.data.Offset.offset(0.0001));
    assertThat(Rate.of(0, 0).rate()).isNull();
    assertThat(Rate.of(5, 5).rate()).isEqualTo(1.0);
  }

  @Test
  void monthsAreShanghaiMonths() {
    RankingPeriod nov = RankingPeriod.month("2026-11").orElseThrow();
    // 2026-11-01 00:00 +08:00 = 2026-10-31 16:00Z; the last second of the 30th belongs to November
    assertThat(nov.from()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
    assertThat(nov.to()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    assertThat(RankingPeriod.monthOf(Instant.parse("2026-11-30T15:59:59Z")))
        .isEqualTo(YearMonth.of(2026, 11));
    assertThat(RankingPeriod.monthOf(Instant.parse("2026-11-30T16:00:00Z")))
        .isEqualTo(YearMonth.of(2026, 12));
    assertThat(RankingPeriod.month("2026-13")).isEmpty();
    assertThat(RankingPeriod.quarter("2026-Q4").orElseThrow().months()).hasSize(3);
  }
}
