package org.hotline.application.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.calendar.CalendarDay;
import org.hotline.domain.model.calendar.CalendarRepository;
import org.hotline.domain.model.user.Role;

/** Reads and edits the working-day calendar (holidays, swapped working days 调休). */
@Stateless
public class CalendarService {

  @Inject private CalendarRepository days;

  @Inject private WorkingCalendars calendars;

  /** Tells the deadline recomputation (and any other observer) in this transaction. */
  @Inject private jakarta.enterprise.event.Event<WorkingCalendarEdited> edited;

  @Inject private org.hotline.application.user.CurrentUser currentUser;

  @jakarta.annotation.Resource
  private jakarta.transaction.TransactionSynchronizationRegistry transactions;

  @PermitAll
  public List<CalendarDayView> year(int year) {
    Violations v = new Violations();
    v.year("year", year);
    v.throwIfAny();
    return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
        .map(CalendarDayView::of)
        .toList();
  }

  /** Whether a day is a working day, and the deadline N working days after it. */
  @PermitAll
  public boolean isWorkingDay(LocalDate day) {
    return calendars.current().isWorkingDay(day);
  }

  @RolesAllowed(Role.ADMIN_ROLE)
  public CalendarDayView set(LocalDate day, Boolean working, String note) {
    Violations v = new Violations();
    if (working == null) {
      v.add("working", "REQUIRED");
    }
    String cleanNote = v.text("note", note, false, 100);
    v.throwIfAny();
    CalendarDay entry = days.find(day).orElse(null);
    if (entry == null) {
      entry = new CalendarDay(day, working, cleanNote);
      days.save(entry);
    } else {
      entry.change(working, cleanNote);
    }
    recomputeDeadlines();
    reloadAfterCommit();
    return CalendarDayView.of(entry);
  }

  @RolesAllowed(Role.ADMIN_ROLE)
  public void remove(LocalDate day) {
    CalendarDay entry =
        days.find(day).orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, day));
    days.delete(entry);
    recomputeDeadlines();
    reloadAfterCommit();
  }

  /** Open deadlines follow the edited calendar, in this transaction. */
  private void recomputeDeadlines() {
    edited.fire(new WorkingCalendarEdited(calendars.fromTable(), currentUser.actor()));
  }

  /**
   * Deadlines use the edited calendar once the edit is committed (not before: readers would cache
   * the old one).
   */
  private void reloadAfterCommit() {
    transactions.registerInterposedSynchronization(
        new jakarta.transaction.Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            calendars.invalidate();
          }
        });
  }
}
