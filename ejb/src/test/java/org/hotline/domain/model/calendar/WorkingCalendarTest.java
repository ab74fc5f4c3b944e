package org.hotline.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  /** The 2026 Spring Festival: 2/15 (Sun) to 2/23 (Mon) off; Saturdays 2/14 and 2/28 worked. */
  private static WorkingCalendar springFestival2026() {
    Map<LocalDate, Boolean> exceptions = new HashMap<>();
    for (LocalDate d = LocalDate.of(2026, 2, 15);
        !d.isAfter(LocalDate.of(2026, 2, 23));
        d = d.plusDays(1)) {
      exceptions.put(d, false);
    }
    exceptions.put(LocalDate.of(2026, 2, 14), true);
    exceptions.put(LocalDate.of(2026, 2, 28), true);
    return new WorkingCalendar(exceptions);
  }

  @Test
  void ordinaryWeekSkipsTheWeekend() {
    WorkingCalendar plain = new WorkingCalendar(Map.of());
    LocalDate friday = LocalDate.of(2026, 11, 20);
    assertThat(plain.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(plain.addWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(plain.addWorkingDays(friday, 0)).isEqualTo(friday);
  }

  @Test
  void swappedSaturdayIsAWorkingDay() {
    WorkingCalendar cal = springFestival2026();
    // Friday 2/13 + 1 working day = Saturday 2/14 (调休上班)
    assertThat(cal.addWorkingDays(LocalDate.of(2026, 2, 13), 1))
        .isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
  }

  @Test
  void deadlineJumpsOverTheWholeHoliday() {
    WorkingCalendar cal = springFestival2026();
    // Saturday 2/14 (worked) + 1 working day: 2/15..2/23 are off, so Tuesday 2/24
    assertThat(cal.addWorkingDays(LocalDate.of(2026, 2, 14), 1))
        .isEqualTo(LocalDate.of(2026, 2, 24));
    // Thursday 2/12 + 3 working days: 2/13, 2/14 (Sat, worked), 2/24
    assertThat(cal.addWorkingDays(LocalDate.of(2026, 2, 12), 3))
        .isEqualTo(LocalDate.of(2026, 2, 24));
    // Monday 2/23 (holiday) + 5: 2/24, 25, 26, 27, 28 (Sat, worked)
    assertThat(cal.addWorkingDays(LocalDate.of(2026, 2, 23), 5))
        .isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void holidayOnAWeekdayIsNotWorked() {
    WorkingCalendar cal = new WorkingCalendar(Map.of(LocalDate.of(2026, 10, 1), false));
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(cal.workingDaysBetween(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 2)))
        .isEqualTo(3);
  }

  @Test
  void negativePeriodsAreRefused() {
    assertThatThrownBy(() -> new WorkingCalendar(Map.of()).addWorkingDays(LocalDate.now(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
