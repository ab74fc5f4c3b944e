package org.hotline.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out daily ticket sequence numbers from blocks reserved in the database, so that intake does
 * not queue on one row lock. Numbers are unique across server nodes; a node that stops loses the
 * rest of its block (the numbering may have gaps, never duplicates).
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TicketNumberBlocks {

  static final int BLOCK_SIZE = 20;

  private final Map<String, int[]> blocks = new HashMap<>();

  @EJB private TicketNumberReservation reservation;

  /** The next number of the given day (yyyyMMdd). */
  public synchronized int next(String day) {
    int[] block = blocks.get(day);
    if (block == null || block[0] > block[1]) {
      int last = reservation.reserve(day, BLOCK_SIZE);
      block = new int[] {last - BLOCK_SIZE + 1, last};
      blocks.clear();
      blocks.put(day, block);
    }
    return block[0]++;
  }
}
