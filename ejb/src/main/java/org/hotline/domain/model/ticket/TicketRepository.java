package org.hotline.domain.model.ticket;

import java.util.List;
import java.util.Optional;

public interface TicketRepository {

  Optional<Ticket> find(Long id);

  /** Persists a new ticket; afterwards its id is known. */
  void add(Ticket ticket);

  void append(TicketEvent event);

  List<TicketEvent> history(Long ticketId);

  TicketPage search(TicketSearch search);

  /** Allocates the next number of the given day (yyyyMMdd), in its own short transaction. */
  int nextDailySequence(String day);
}
