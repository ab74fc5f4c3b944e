package org.hotline.domain.model.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * 工作时间: 08:30-17:30 Shanghai on working days. Sign deadlines are counted in these hours, so a
 * ticket assigned on Friday evening with 4 hours to sign is due on Monday at 12:30.
 */
public final class WorkingHours {

  public static final LocalTime START = LocalTime.of(8, 30);
  public static final LocalTime END = LocalTime.of(17, 30);

  private WorkingHours() {}

  public static Instant startOf(LocalDate day) {
    return day.atTime(START).atZone(BusinessTime.ZONE).toInstant();
  }

  /** {@code hours} working hours after {@code from}. */
  public static Instant add(WorkingCalendar calendar, Instant from, int hours) {
    Duration left = Duration.ofHours(hours);
    ZonedDateTime t = from.atZone(BusinessTime.ZONE);
    while (true) {
      LocalDate day = t.toLocalDate();
      if (!calendar.isWorkingDay(day) || !t.toLocalTime().isBefore(END)) {
        t = calendar.addWorkingDays(day, 1).atTime(START).atZone(BusinessTime.ZONE);
        continue;
      }
      if (t.toLocalTime().isBefore(START)) {
        t = day.atTime(START).atZone(BusinessTime.ZONE);
      }
      Duration restOfDay = Duration.between(t.toLocalTime(), END);
      if (left.compareTo(restOfDay) <= 0) {
        return t.plus(left).toInstant();
      }
      left = left.minus(restOfDay);
      t = day.atTime(END).atZone(BusinessTime.ZONE);
    }
  }
}
