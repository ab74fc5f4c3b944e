package org.hotline.application.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.user.AppUser;

/**
 * Loads a ticket for a user: a ticket the user may not see is reported as not found (404), so
 * units cannot probe each other's tickets.
 */
@ApplicationScoped
public class TicketLoader {

  @Inject
  private TicketRepository tickets;

  public Ticket visible(Long id, AppUser user) {
    Ticket t = tickets.find(id).orElseThrow(() -> new HotlineException(ErrorCode.TICKET_NOT_FOUND, id));
    if (!TicketPermissions.canSee(t, user)) {
      throw new HotlineException(ErrorCode.TICKET_NOT_FOUND, id);
    }
    return t;
  }

  /** A ticket the user's unit must own and handle; others' tickets are 404, own-but-no-right 403. */
  public Ticket handledBy(Long id, AppUser user) {
    Ticket t = visible(id, user);
    if (!TicketPermissions.handles(t, user)) {
      throw new HotlineException(ErrorCode.FORBIDDEN);
    }
    return t;
  }
}
