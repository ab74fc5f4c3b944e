package org.hotline.application.ranking;

import java.time.OffsetDateTime;
import org.hotline.domain.model.ranking.TicketOutcome;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.CallbackResult;

/** One ticket behind a ranking figure (drill-down); instants in Asia/Shanghai. */
public record OutcomeView(
    Long ticketId,
    String number,
    String unitCode,
    boolean directAnswer,
    OffsetDateTime dueAt,
    OffsetDateTime repliedAt,
    OffsetDateTime closedAt,
    OffsetDateTime callbackAt,
    CallbackResult callbackResult,
    OffsetDateTime revisitAt,
    CallbackResult revisitResult) {

  public static OutcomeView of(TicketOutcome o, String number) {
    return new OutcomeView(
        o.ticketId(),
        number,
        o.unitCode(),
        o.directAnswer(),
        BusinessTime.display(o.dueAt()),
        BusinessTime.display(o.repliedAt()),
        BusinessTime.display(o.closedAt()),
        BusinessTime.display(o.callbackAt()),
        o.callbackResult(),
        BusinessTime.display(o.revisitAt()),
        o.revisitResult());
  }
}
