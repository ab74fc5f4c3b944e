package org.hotline.application.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.user.AppUser;

/**
 * Loads a ticket for a user: a ticket the user may not see ({@link TicketAudience#canSee}: role,
 * unit and callback sub-centre) is reported as not found (404), so units and sub-centres cannot
 * probe each other's tickets.
 */
@ApplicationScoped
public class TicketLoader {

  @Inject private TicketRepository tickets;

  @Inject private TicketAudience audience;

  /** A ticket the user may see, to read. */
  public Ticket visible(Long id, AppUser user) {
    return checkVisible(id, tickets.find(id), user);
  }

  /**
   * A ticket the user may see, to change: its row is locked until the transaction ends, so that a
   * second action on the same ticket waits and then finds the ticket as the first one left it (and
   * is refused with 409 when it no longer applies) instead of half-doing its change.
   */
  public Ticket visibleForChange(Long id, AppUser user) {
    return checkVisible(
        id, id == null ? java.util.Optional.empty() : tickets.findForUpdate(id), user);
  }

  /** {@link #handledBy}, with the row locked as in {@link #visibleForChange}. */
  public Ticket handledForChange(Long id, AppUser user) {
    return checkHandled(visibleForChange(id, user), user);
  }

  private Ticket checkVisible(Long id, java.util.Optional<Ticket> found, AppUser user) {
    Ticket t = found.orElseThrow(() -> new HotlineException(ErrorCode.TICKET_NOT_FOUND, id));
    if (!audience.canSee(t, user)) {
      throw new HotlineException(ErrorCode.TICKET_NOT_FOUND, id);
    }
    return t;
  }

  /**
   * A ticket the user's unit must own and handle; others' tickets are 404, own-but-no-right 403.
   */
  public Ticket handledBy(Long id, AppUser user) {
    return checkHandled(visible(id, user), user);
  }

  private static Ticket checkHandled(Ticket t, AppUser user) {
    if (!TicketPermissions.handles(t, user)) {
      throw new HotlineException(ErrorCode.FORBIDDEN);
    }
    return t;
  }
}
