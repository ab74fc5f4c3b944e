package org.hotline.domain.model.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.unit.Unit;

/**
 * The rules over a ticket's rectifications (整改) and re-visits (复访): only a dissatisfied callback
 * opens one, the head's report is marked late once, and a second dissatisfaction at the re-visit
 * proposes a supervision slip (建议督办). A view over the ticket's own list, built when needed.
 */
final class Rectifications {

  private final List<Rectification> list;
  private final CallbackResult callbackResult;

  /**
   * @param list the ticket's rectifications, oldest first
   * @param callbackResult the ticket's final callback result (may be null)
   */
  Rectifications(List<Rectification> list, CallbackResult callbackResult) {
    this.list = list;
    this.callbackResult = callbackResult;
  }

  /** Whether the callback asks for a rectification (the citizen was dissatisfied). */
  boolean called() {
    return callbackResult == CallbackResult.DISSATISFIED;
  }

  /**
   * The latest rectification, or null. Only a dissatisfied callback opens one, so the collection is
   * not loaded for any other ticket (lists show many tickets).
   */
  Rectification current() {
    return !called() || list.isEmpty() ? null : list.get(list.size() - 1);
  }

  /**
   * Opens a rectification of {@code unit}'s handling, due at {@code dueAt}; returns the event
   * detail (unit, due, reasons).
   */
  EventDetail open(Ticket ticket, Unit unit, Instant dueAt, List<String> reasons, Instant now) {
    list.add(new Rectification(ticket, unit, dueAt, reasons, now));
    return EventDetail.of("unit", unit.code())
        .and("due", BusinessTime.text(dueAt))
        .and("reasons", reasons);
  }

  /**
   * Marks the current rectification of {@code owner}'s handling late (整改超期) once its due time has
   * passed at {@code now}; returns the event detail (unit, due), empty when not late or marked
   * already.
   */
  Optional<EventDetail> markOverdue(Unit owner, Instant now) {
    Rectification r = current();
    return r != null && !now.isBefore(r.dueAt()) && r.markOverdue()
        ? Optional.of(EventDetail.of("unit", owner.code()).and("due", BusinessTime.text(r.dueAt())))
        : Optional.empty();
  }

  /** The head's report on the current rectification; returns the event detail (late or not). */
  EventDetail report(String report, String by, Instant now) {
    Rectification r = current();
    r.report(report, by, now);
    return EventDetail.of("late", r.overdue());
  }

  /**
   * Records the citizen's verdict at the re-visit.
   *
   * @return whether it proposes a supervision slip (dissatisfied again)
   */
  boolean revisit(CallbackResult result, String note, String by, Instant now) {
    current().revisit(result, note, by, now);
    return result == CallbackResult.DISSATISFIED;
  }
}
