package org.hotline.domain.model.ticket;

import java.util.List;

/** One page of a ticket listing with the total count of matches. */
public record TicketPage(List<Ticket> items, long total, int page, int size) {}
