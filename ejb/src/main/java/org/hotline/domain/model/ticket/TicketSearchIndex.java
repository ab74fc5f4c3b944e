package org.hotline.domain.model.ticket;

/** The full-text index of tickets (implemented with Hibernate Search in infrastructure.search). */
public interface TicketSearchIndex {

  /** Tickets in the database, documents in the index, and the running or last rebuild. */
  record Status(long tickets, long indexed, boolean rebuilding, Long lastRebuildSeconds) {}

  Status status();

  /**
   * Whether the index holds the fields of the current mapping: the normalised caller number (E.164)
   * and the reply deadline ({@code deadlines.replyDeadline}) of every ticket that has one; false
   * after an upgrade that added or moved such a field in an index built before it.
   */
  boolean holdsCurrentFields();

  /** Starts a rebuild from the database in the background unless one runs; whether it started. */
  boolean rebuild();

  /**
   * Starts a rebuild unless one runs; whether it started.
   *
   * @param afterSuccess run once the rebuild succeeded (not after a failure)
   */
  boolean rebuild(Runnable afterSuccess);
}
