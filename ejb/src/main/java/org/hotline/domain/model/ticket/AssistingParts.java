package org.hotline.domain.model.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.unit.Unit;

/**
 * The rules over a ticket's assisting parts (协办), beside the owner (主办): a unit is added once and
 * never as the owner; the owner replies only when no part is pending; a new owner cancels every
 * part. A view over the ticket's own list, built when needed by {@link Ticket#assisting()}.
 */
public final class AssistingParts {

  private final List<AssistingPart> parts;

  AssistingParts(List<AssistingPart> parts) {
    this.parts = parts;
  }

  /**
   * Adds a part for each unit neither owning nor already assisting.
   *
   * @return the codes of the units added, in order
   */
  List<String> add(Ticket ticket, Unit owner, List<Unit> units, Instant now) {
    List<String> added = new ArrayList<>();
    for (Unit unit : units) {
      if (!unit.code().equals(owner.code()) && !assistedBy(unit.code())) {
        parts.add(new AssistingPart(ticket, unit, now));
        added.add(unit.code());
      }
    }
    return added;
  }

  /** The unit's part still waiting for its reply. */
  Optional<AssistingPart> pendingOf(String unitCode) {
    return parts.stream().filter(p -> p.pending() && p.unit().code().equals(unitCode)).findFirst();
  }

  /** Whether any part still waits for its reply. */
  boolean anyPending() {
    return parts.stream().anyMatch(AssistingPart::pending);
  }

  /** A new owner: every part ends. */
  void cancelAll() {
    parts.forEach(AssistingPart::cancel);
  }

  /** The active parts (pending or replied). */
  public List<AssistingPart> active() {
    return parts.stream().filter(AssistingPart::active).toList();
  }

  /** Whether the unit has an active part (sees the ticket, replies on its part). */
  public boolean assistedBy(String unitCode) {
    return parts.stream().anyMatch(p -> p.active() && p.unit().code().equals(unitCode));
  }
}
