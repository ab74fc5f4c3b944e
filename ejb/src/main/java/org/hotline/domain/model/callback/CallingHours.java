package org.hotline.domain.model.callback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.hotline.domain.model.calendar.WorkingCalendar;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * 回访时段: citizens are called on working days between 08:00 and 21:00 Asia/Shanghai, never earlier or
 * later (working days from the calendar table, holidays and swapped days 调休 included).
 */
public final class CallingHours {

  public static final LocalTime OPENS = LocalTime.of(8, 0);
  public static final LocalTime CLOSES = LocalTime.of(21, 0);

  private final WorkingCalendar calendar;

  public CallingHours(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The earliest instant at or after {@code at} inside the calling hours: {@code at} itself when it
   * lies in them; 08:00 of the same day when earlier on a working day; else 08:00 of the next
   * working day (at 21:00 sharp the day's hours are over).
   */
  public Instant earliestFrom(Instant at) {
    ZonedDateTime local = at.atZone(BusinessTime.ZONE);
    LocalDate day = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    if (calendar.isWorkingDay(day)) {
      if (time.isBefore(OPENS)) {
        return opening(day);
      }
      if (time.isBefore(CLOSES)) {
        return at;
      }
    }
    return opening(nextWorkingDay(day));
  }

  /**
   * The close of calling hours (21:00) of the {@code n}th working day after the day of {@code at}.
   */
  public Instant closeOfWorkingDayAfter(Instant at, int n) {
    LocalDate day = calendar.addWorkingDays(BusinessTime.localDate(at), n);
    return day.atTime(CLOSES).atZone(BusinessTime.ZONE).toInstant();
  }

  /**
   * The same local time {@code n} working days after the day of {@code at}, within calling hours.
   */
  public Instant sameTimeWorkingDaysAfter(Instant at, int n) {
    ZonedDateTime local = at.atZone(BusinessTime.ZONE);
    LocalDate day = calendar.addWorkingDays(local.toLocalDate(), n);
    return earliestFrom(day.atTime(local.toLocalTime()).atZone(BusinessTime.ZONE).toInstant());
  }

  private LocalDate nextWorkingDay(LocalDate day) {
    return calendar.addWorkingDays(day, 1);
  }

  private static Instant opening(LocalDate day) {
    return day.atTime(OPENS).atZone(BusinessTime.ZONE).toInstant();
  }
}
