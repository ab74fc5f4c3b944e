package org.hotline.domain.model.deadline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hotline.domain.model.calendar.WorkingCalendar;

/**
 * The autumn of 2026 as the calendar table has it: 中秋 9/25-27 off, 国庆 10/1-7 off, Saturday 10/10
 * worked (调休).
 */
public final class Calendar2026 {

  private Calendar2026() {}

  public static WorkingCalendar autumn() {
    Map<LocalDate, Boolean> exceptions = new HashMap<>();
    exceptions.put(LocalDate.of(2026, 9, 20), true);
    for (int d = 25; d <= 27; d++) {
      exceptions.put(LocalDate.of(2026, 9, d), false);
    }
    for (int d = 1; d <= 7; d++) {
      exceptions.put(LocalDate.of(2026, 10, d), false);
    }
    exceptions.put(LocalDate.of(2026, 10, 10), true);
    return new WorkingCalendar(exceptions);
  }
}
