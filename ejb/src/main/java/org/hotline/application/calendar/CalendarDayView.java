package org.hotline.application.calendar;

import java.time.LocalDate;
import org.hotline.domain.model.calendar.CalendarDay;

/** One exception of the working-day calendar. */
public record CalendarDayView(LocalDate date, boolean working, String note) {

  public static CalendarDayView of(CalendarDay d) {
    return new CalendarDayView(d.day(), d.working(), d.note());
  }
}
