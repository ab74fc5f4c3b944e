package org.hotline.application.ticket;

import java.time.OffsetDateTime;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.TicketEvent;

/** One history entry as the API shows it (time in Asia/Shanghai). */
public record TicketEventView(
    Long id,
    OffsetDateTime at,
    String actor,
    String actorRole,
    String actorUnitCode,
    String action,
    String fromStatus,
    String toStatus,
    String note,
    String detail) {

  public static TicketEventView of(TicketEvent e) {
    return new TicketEventView(
        e.id(),
        BusinessTime.display(e.occurredAt()),
        e.actor().username(),
        e.actor().role(),
        e.actor().unitCode(),
        e.action().name(),
        e.fromStatus() == null ? null : e.fromStatus().name(),
        e.toStatus().name(),
        e.note(),
        e.detail());
  }
}
