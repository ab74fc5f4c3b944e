package org.hotline.domain.model.deadline;

import java.time.Instant;
import java.time.LocalDate;
import org.hotline.domain.model.calendar.WorkingCalendar;
import org.hotline.domain.model.calendar.WorkingHours;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * Computes deadlines from a rule and the working-day calendar: reply deadlines end a working day
 * (23:59:59 Shanghai), sign deadlines count working hours, reminders fall at the start of the
 * working day {@code remindBeforeDays} before the deadline (or half-way, when that is too early).
 */
public final class DeadlinePlanner {

  private final WorkingCalendar calendar;

  public DeadlinePlanner(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * End of the day {@code workingDays} working days after {@code from}'s day (0: that same day).
   */
  public Instant replyDeadline(Instant from, int workingDays) {
    return BusinessTime.endOf(calendar.addWorkingDays(BusinessTime.localDate(from), workingDays));
  }

  public Instant signDeadline(Instant assignedAt, int workingHours) {
    return WorkingHours.add(calendar, assignedAt, workingHours);
  }

  /**
   * The reminder before {@code deadline}; half-way from {@code start} when the usual point has
   * passed.
   */
  public Instant remindAt(Instant start, Instant deadline, int remindBeforeDays) {
    LocalDate day = calendar.minusWorkingDays(BusinessTime.localDate(deadline), remindBeforeDays);
    Instant usual = WorkingHours.startOf(day);
    if (remindBeforeDays > 0 && usual.isAfter(start) && usual.isBefore(deadline)) {
      return usual;
    }
    return start.plusSeconds(Math.max(0, (deadline.getEpochSecond() - start.getEpochSecond()) / 2));
  }

  /** When an overdue ticket goes one level up: {@code days} working days after {@code after}. */
  public Instant escalateAt(Instant after, int days) {
    return replyDeadline(after, Math.max(1, days));
  }

  /** The full plan of a ticket assigned at {@code assignedAt} with the given reply deadline. */
  public DeadlinePlan plan(TimeLimitRule rule, Instant assignedAt, Instant replyDeadline) {
    return new DeadlinePlan(
        signDeadline(assignedAt, rule.signHours()),
        remindAt(assignedAt, replyDeadline, rule.remindBeforeDays()),
        replyDeadline,
        escalateAt(replyDeadline, rule.escalateAfterDays()));
  }

  /**
   * The latest deadline an extension may ask for: {@code maxDays} working days after the current
   * one.
   */
  public Instant latestExtension(Instant currentDeadline, int maxDays) {
    return replyDeadline(currentDeadline, maxDays);
  }
}
