package org.hotline.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CalendarTextTest {

  @Test
  void aPlainMonthAndDateAreRead() {
    assertThat(CalendarText.month("2026-01")).contains(YearMonth.of(2026, 1));
    assertThat(CalendarText.date("2026-11-30")).contains(LocalDate.of(2026, 11, 30));
    assertThat(CalendarText.plainDateTime("2026-11-20T09:30:00+08:00")).isTrue();
  }

  @Test
  void aSignedOrLongerYearIsRefusedAlthoughJavaTimeTakesIt() {
    // java.time itself reads a longer signed year
    assertThat(YearMonth.parse("+12026-01")).isEqualTo(YearMonth.of(12026, 1));
    assertThat(CalendarText.month("+2026-01")).isEmpty();
    assertThat(CalendarText.month("-2026-01")).isEmpty();
    assertThat(CalendarText.month("+12026-01")).isEmpty();
    assertThat(CalendarText.date("+2026-01-01")).isEmpty();
    assertThat(CalendarText.plainDateTime("+2026-11-20T09:30:00+08:00")).isFalse();
  }

  @Test
  void otherWritingsAreRefused() {
    assertThat(CalendarText.month("2026-1")).isEmpty();
    assertThat(CalendarText.month("0000-01")).isEmpty();
    assertThat(CalendarText.month("2026-13")).isEmpty();
    // an unencoded '+' of a query string arrives as a blank: refused, not trimmed
    assertThat(CalendarText.month(" 2026-01")).isEmpty();
    assertThat(CalendarText.date(" 2026-01-01")).isEmpty();
    assertThat(CalendarText.month("2026-01\u200B")).isEmpty();
    assertThat(CalendarText.month("２０２６-01")).isEmpty();
    assertThat(CalendarText.date("2026-02-30")).isEmpty();
    assertThat(CalendarText.date(null)).isEmpty();
  }
}
