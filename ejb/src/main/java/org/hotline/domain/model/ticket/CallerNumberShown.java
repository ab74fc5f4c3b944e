package org.hotline.domain.model.ticket;

import java.util.List;
import java.util.Set;

/**
 * Where a user sees callers' numbers whole (来电号码可见范围): everywhere, or only on the tickets in some
 * statuses and on some listed tickets. One predicate for both uses: a ticket shown to the user
 * ({@link #shownOn}: else the number is masked, {@code 139****5678}) and a search by number, which
 * matches only tickets on which the number is shown ({@link #statuses}, {@link #ticketIds}), so
 * that a masked number's hidden digits are never confirmed by a match.
 *
 * @param everywhere no limit (the other two are then ignored)
 * @param statuses statuses in which every ticket shows the number
 * @param ticketIds further tickets that show it
 */
public record CallerNumberShown(
    boolean everywhere, Set<TicketStatus> statuses, List<Long> ticketIds) {

  /** Numbers shown whole on every ticket. */
  public static final CallerNumberShown EVERYWHERE =
      new CallerNumberShown(true, Set.of(), List.of());

  public CallerNumberShown {
    statuses = Set.copyOf(statuses);
    ticketIds = List.copyOf(ticketIds);
  }

  /** Numbers shown whole only on tickets in {@code statuses} and on {@code ticketIds}. */
  public static CallerNumberShown onlyOn(Set<TicketStatus> statuses, List<Long> ticketIds) {
    return new CallerNumberShown(false, statuses, ticketIds);
  }

  /** Whether the caller's number of {@code t} is shown whole. */
  public boolean shownOn(Ticket t) {
    return everywhere || statuses.contains(t.status()) || ticketIds.contains(t.id());
  }
}
