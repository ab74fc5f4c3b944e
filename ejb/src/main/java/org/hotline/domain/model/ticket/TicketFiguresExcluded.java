package org.hotline.domain.model.ticket;

import java.time.Instant;

/**
 * CDI event: a ticket was taken out of every figure (不计入统计, {@link Ticket#excludeFromFigures}),
 * fired inside the transaction that did it. Kept counts of the month it was created in are stale.
 *
 * @param ticketId the ticket
 * @param createdAt when the ticket was created (the month the analysis counts it in)
 */
public record TicketFiguresExcluded(long ticketId, Instant createdAt) {}
