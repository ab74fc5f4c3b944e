package org.hotline.domain.model.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hotline.domain.model.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  /** 2026-10-01..07 National Day off, Sunday 2026-10-11 a swapped working day. */
  private static final CallingHours HOURS =
      new CallingHours(
          new WorkingCalendar(
              Map.of(
                  LocalDate.of(2026, 10, 1),
                  false,
                  LocalDate.of(2026, 10, 2),
                  false,
                  LocalDate.of(2026, 10, 5),
                  false,
                  LocalDate.of(2026, 10, 6),
                  false,
                  LocalDate.of(2026, 10, 7),
                  false,
                  LocalDate.of(2026, 10, 11),
                  true)));

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  @Test
  void theDefaultIsThreeTriesOverTwoWorkingDays() {
    RetrySchedule s = RetrySchedule.parse(RetrySchedule.DEFAULT);
    assertThat(s.tries()).isEqualTo(3);
    Instant first = at("2026-12-02T10:00:00+08:00");
    Instant second = s.nextTry(first, 1, HOURS);
    assertThat(second).isEqualTo(at("2026-12-02T14:00:00+08:00"));
    Instant third = s.nextTry(second, 2, HOURS);
    assertThat(third).isEqualTo(at("2026-12-03T14:00:00+08:00"));
    assertThat(s.nextTry(third, 3, HOURS)).isNull();
  }

  @Test
  void aTryNeverFallsBeforeEightOrAfterNine() {
    RetrySchedule s = RetrySchedule.parse("PT4H,P1D");
    // 17:00 + 4 h = 21:00: the day's hours are over
    assertThat(s.nextTry(at("2026-12-02T17:00:00+08:00"), 1, HOURS))
        .isEqualTo(at("2026-12-03T08:00:00+08:00"));
    assertThat(s.nextTry(at("2026-12-02T16:59:00+08:00"), 1, HOURS))
        .isEqualTo(at("2026-12-02T20:59:00+08:00"));
    // Friday evening: Monday 08:00
    assertThat(s.nextTry(at("2026-12-04T19:30:00+08:00"), 1, HOURS))
        .isEqualTo(at("2026-12-07T08:00:00+08:00"));
    // a try at 07:00 (recorded late) moves to 08:00 plus nothing: the schedule counts from the
    // failed try
    assertThat(HOURS.earliestFrom(at("2026-12-02T07:00:00+08:00")))
        .isEqualTo(at("2026-12-02T08:00:00+08:00"));
  }

  @Test
  void holidaysAndSwappedWorkingDaysComeFromTheCalendar() {
    RetrySchedule s = RetrySchedule.parse("PT4H,P1D");
    // Wednesday 30 September 20:00 → +1 working day skips the National Day holidays and the weekend
    // to Thursday 8 October
    assertThat(s.nextTry(at("2026-09-30T20:00:00+08:00"), 2, HOURS))
        .isEqualTo(at("2026-10-08T20:00:00+08:00"));
    // Saturday 10 October is off, Sunday 11 October is a working day
    assertThat(HOURS.earliestFrom(at("2026-10-10T12:00:00+08:00")))
        .isEqualTo(at("2026-10-11T08:00:00+08:00"));
    assertThat(HOURS.closeOfWorkingDayAfter(at("2026-09-30T10:00:00+08:00"), 1))
        .isEqualTo(at("2026-10-08T21:00:00+08:00"));
  }

  @Test
  void aConfiguredScheduleIsReadAndBadOnesAreRefused() {
    assertThat(RetrySchedule.parse("PT2H, PT2H, P1D").tries()).isEqualTo(4);
    assertThat(RetrySchedule.parse("").tries()).isEqualTo(1);
    assertThatThrownBy(() -> RetrySchedule.parse("PT-1H"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetrySchedule.parse("soon"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
