package org.hotline.domain.model.ticket;

/** An action that the ticket's current status does not allow (→ HTTP 409). */
public class IllegalTicketTransitionException extends RuntimeException {

  private final TicketAction action;
  private final TicketStatus status;

  public IllegalTicketTransitionException(TicketAction action, TicketStatus status) {
    super(action + " is not allowed in status " + status);
    this.action = action;
    this.status = status;
  }

  public TicketAction action() {
    return action;
  }

  public TicketStatus status() {
    return status;
  }
}
