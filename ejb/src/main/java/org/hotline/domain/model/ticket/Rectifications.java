package org.hotline.domain.model.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

  /** Opens a rectification of {@code unit}'s handling, due at {@code dueAt}. */
  void open(Ticket ticket, Unit unit, Instant dueAt, List<String> reasons, Instant now) {
    list.add(new Rectification(ticket, unit, dueAt, reasons, now));
  }

  /** The current rectification when its report became late at {@code now}, marked once. */
  Optional<Rectification> markOverdue(Instant now) {
    Rectification r = current();
    return r != null && !now.isBefore(r.dueAt()) && r.markOverdue()
        ? Optional.of(r)
        : Optional.empty();
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
