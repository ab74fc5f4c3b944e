package org.hotline.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reserves a block of a day's ticket numbers in a short transaction of its own. */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Stateless
public class TicketNumberReservation {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  /** Returns the last number of the reserved block. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reserve(String day, int size) {
    int updated =
        em.createNativeQuery(
                "UPDATE ticket_number_block SET last_value = last_value + ?1 WHERE seq_day = ?2")
            .setParameter(1, size)
            .setParameter(2, day)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery("INSERT INTO ticket_number_block (seq_day, last_value) VALUES (?1, ?2)")
          .setParameter(1, day)
          .setParameter(2, size)
          .executeUpdate();
      return size;
    }
    Number last =
        (Number)
            em.createNativeQuery("SELECT last_value FROM ticket_number_block WHERE seq_day = ?1")
                .setParameter(1, day)
                .getSingleResult();
    return last.intValue();
  }
}
