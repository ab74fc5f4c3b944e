package org.hotline.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hotline.domain.model.calendar.CalendarDay;
import org.hotline.domain.model.calendar.CalendarRepository;
import org.hotline.domain.model.calendar.WorkingCalendar;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * The working-day calendar in force, read from the calendar table and kept in memory. An edit on
 * this node takes effect at once; other nodes of a cluster reload within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class WorkingCalendars {

  static final Duration MAX_AGE = Duration.ofMinutes(5);

  @Inject private CalendarRepository days;

  private volatile WorkingCalendar calendar;
  private volatile Instant loadedAt = Instant.EPOCH;

  public WorkingCalendar current() {
    WorkingCalendar c = calendar;
    if (c == null || loadedAt.plus(MAX_AGE).isBefore(BusinessTime.now())) {
      c = fromTable();
      calendar = c;
      loadedAt = BusinessTime.now();
    }
    return c;
  }

  /**
   * The calendar as the table holds it now, uncached (in a transaction: with its uncommitted
   * edits).
   */
  public WorkingCalendar fromTable() {
    Map<java.time.LocalDate, Boolean> exceptions = new HashMap<>();
    for (CalendarDay d : days.all()) {
      exceptions.put(d.day(), d.working());
    }
    return new WorkingCalendar(exceptions);
  }

  public void invalidate() {
    calendar = null;
  }

  /**
   * End (23:59:59 Shanghai) of the working day that lies {@code workingDays} after {@code from}.
   */
  public Instant deadline(Instant from, int workingDays) {
    return new org.hotline.domain.model.deadline.DeadlinePlanner(current())
        .replyDeadline(from, workingDays);
  }
}
