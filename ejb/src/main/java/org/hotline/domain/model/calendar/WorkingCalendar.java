package org.hotline.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Counts working days (工作日): Monday to Friday, except the exceptions of the calendar table (public
 * holidays off, swapped weekend days 调休 on). Immutable; build a new one after an edit.
 */
public final class WorkingCalendar {

  /** Guard against a calendar that has no working day at all. */
  private static final int MAX_SCAN_DAYS = 3660;

  private final Map<LocalDate, Boolean> exceptions;

  public WorkingCalendar(Map<LocalDate, Boolean> exceptions) {
    this.exceptions = Map.copyOf(exceptions);
  }

  public boolean isWorkingDay(LocalDate day) {
    Boolean exception = exceptions.get(day);
    if (exception != null) {
      return exception;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * The day on which a period of {@code workingDays} ends when it starts on {@code start}: the
   * start day itself never counts, so 1 working day from a Friday is the next Monday.
   */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must be >= 0: " + workingDays);
    }
    LocalDate day = start;
    int counted = 0;
    int scanned = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (++scanned > MAX_SCAN_DAYS) {
        throw new IllegalStateException("no working day within " + MAX_SCAN_DAYS + " days");
      }
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The working day {@code workingDays} working days before {@code day} (0: the day itself). */
  public LocalDate minusWorkingDays(LocalDate day, int workingDays) {
    LocalDate d = day;
    int counted = 0;
    int scanned = 0;
    while (counted < workingDays) {
      d = d.minusDays(1);
      if (++scanned > MAX_SCAN_DAYS) {
        throw new IllegalStateException("no working day within " + MAX_SCAN_DAYS + " days");
      }
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /** Working days strictly after {@code from} up to and including {@code to}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
