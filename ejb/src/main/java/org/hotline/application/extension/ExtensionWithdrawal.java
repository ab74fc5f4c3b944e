package org.hotline.application.extension;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.hotline.domain.model.deadline.ExtensionRequest;
import org.hotline.domain.model.deadline.ExtensionRequestRepository;
import org.hotline.domain.model.ticket.Actor;
import org.hotline.domain.model.ticket.EventDetail;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketAction;
import org.hotline.domain.model.ticket.TicketEvent;
import org.hotline.domain.model.ticket.TicketEventAppended;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketStatusSet;

/**
 * 延期申请撤销: an extension request still waiting (for the unit's chief or the centre) is closed as
 * {@link ExtensionRequest.Status#WITHDRAWN} when whatever ends its need happens to the ticket — the
 * reply leaves the unit, the ticket is closed, merged into another, returned to the centre, or
 * re-routed / arbitrated to a unit. The rule: after any history event, when the ticket no longer
 * owes its unit's reply ({@link TicketStatusSet#OWED_BY_UNIT}) or its unit was changed, every open
 * request is withdrawn, with an {@link TicketAction#EXTENSION_WITHDRAWN} history event by the
 * system (its detail: {@code request} id and {@code because} the action that ended the need). No
 * decision can then be taken on it, and it leaves the chief's desk and the centre's queue.
 *
 * <p>Runs in the transaction of the action that ended the need (the {@link TicketEventAppended}
 * contract).
 */
@ApplicationScoped
public class ExtensionWithdrawal {

  /** Actions that hand the ticket to another unit (or the same one anew) while it stays owed. */
  private static final Set<TicketAction> UNIT_CHANGED =
      EnumSet.of(TicketAction.REROUTED, TicketAction.ARBITRATED);

  @Inject private ExtensionRequestRepository requests;

  @Inject private TicketRepository tickets;

  void onTicketEvent(@Observes TicketEventAppended appended) {
    TicketEvent event = appended.event();
    TicketAction action = event.action();
    if (action == TicketAction.EXTENSION_WITHDRAWN || !endsNeed(event)) {
      return;
    }
    Ticket ticket = appended.ticket();
    for (ExtensionRequest r : requests.ofTicket(ticket.id())) {
      if (r.withdraw(event.occurredAt())) {
        tickets.append(
            ticket.note(
                TicketAction.EXTENSION_WITHDRAWN,
                null,
                EventDetail.of("request", r.id()).and("because", action.name()),
                Actor.system(),
                event.occurredAt()));
      }
    }
  }

  /** Whether the event ends the need of an open extension request (the rule above). */
  static boolean endsNeed(TicketEvent event) {
    return !TicketStatusSet.OWED_BY_UNIT.contains(event.toStatus())
        || UNIT_CHANGED.contains(event.action());
  }
}
