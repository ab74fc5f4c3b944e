package org.hotline.domain.model.ticket;

/** The full-text index of tickets (implemented with Hibernate Search in infrastructure.search). */
public interface TicketSearchIndex {

  /** Tickets in the database, documents in the index, and the running or last rebuild. */
  record Status(long tickets, long indexed, boolean rebuilding, Long lastRebuildSeconds) {}

  Status status();

  /** Starts a rebuild from the database in the background unless one runs; whether it started. */
  boolean rebuild();
}
