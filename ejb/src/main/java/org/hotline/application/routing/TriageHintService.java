package org.hotline.application.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hotline.application.duplicate.DuplicateFinder;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.catalogue.RoutingScorer.Proposal;
import org.hotline.domain.model.user.Role;

/**
 * 研判提示: what the dispatcher's queue shows next to each ticket of a page — the three proposed
 * destinations and the likely repeat calls — for a whole page in one request instead of two
 * requests per ticket.
 */
@Stateless
@RolesAllowed(Role.DISPATCHER_ROLE)
public class TriageHintService {

  /** At most this many tickets per request (the listing's largest page). */
  public static final int MAX_TICKETS = 200;

  /** The hints of one ticket: its proposals (best first) and its likely repeat calls. */
  public record TriageHints(
      Long ticketId, List<Proposal> proposals, List<DuplicateFinder.Candidate> duplicates) {}

  @Inject private RoutingService routing;

  @Inject private DuplicateFinder duplicates;

  /**
   * The hints of each ticket, in the order given, each id once.
   *
   * @param rawIds the ticket ids as typed in {@code ?ids=1,2,3}
   * @return one {@link TriageHints} per distinct id
   * @throws org.hotline.application.error.ValidationException {@code ids} REQUIRED, INVALID (not a
   *     comma-separated list of positive whole numbers) or TOO_LONG (more than {@value
   *     #MAX_TICKETS})
   * @throws org.hotline.application.error.HotlineException NOT_FOUND when a ticket does not exist
   */
  public List<TriageHints> forTickets(String rawIds) {
    List<Long> ids = parse(rawIds);
    Map<Long, List<Proposal>> proposals = routing.proposals(ids);
    List<TriageHints> hints = new ArrayList<>(ids.size());
    for (Long id : ids) {
      hints.add(new TriageHints(id, proposals.get(id), duplicates.forTicket(id)));
    }
    return hints;
  }

  static List<Long> parse(String rawIds) {
    Violations v = new Violations();
    String text = v.text("ids", rawIds, true, 20 * MAX_TICKETS);
    v.throwIfAny();
    LinkedHashSet<Long> ids = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      String p = part.trim();
      if (!p.matches("[1-9][0-9]{0,17}")) {
        v.add("ids", FieldViolation.INVALID);
        break;
      }
      ids.add(Long.valueOf(p));
    }
    if (ids.size() > MAX_TICKETS) {
      v.add("ids", FieldViolation.TOO_LONG);
    }
    v.throwIfAny();
    return List.copyOf(ids);
  }
}
