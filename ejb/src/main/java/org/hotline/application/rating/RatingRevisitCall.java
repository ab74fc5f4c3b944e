package org.hotline.application.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hotline.application.callback.CallbackTaskRequested;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketAction;
import org.hotline.domain.model.ticket.TicketEventAppended;

/**
 * One call per matter (一事一回访) for a dissatisfied QR rating: the rater who left a number is called
 * once, for the re-visit (复访) after the head of the unit reported the rectification — a callback
 * task of the ticket (reason {@link RatingRectificationService#CALLBACK_REASON}) whose outcome
 * records the re-visit. No task is opened at rating time (that was a second call about the same
 * matter). Runs in the report's transaction.
 */
@ApplicationScoped
public class RatingRevisitCall {

  @Inject private Event<CallbackTaskRequested> callbackRequests;

  void onTicketEvent(@Observes TicketEventAppended appended) {
    Ticket ticket = appended.ticket();
    if (appended.event().action() == TicketAction.RECTIFICATION_REPORTED
        && ticket.channel() == Channel.QR_RATING
        && ticket.caller() != null
        && ticket.caller().phoneE164() != null) {
      callbackRequests.fire(
          new CallbackTaskRequested(
              ticket.id(), null, null, RatingRectificationService.CALLBACK_REASON, null));
    }
  }
}
