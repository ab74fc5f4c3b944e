package org.hotline.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hotline.domain.model.ranking.MonthlyTallies;
import org.hotline.domain.model.ranking.RankingTally;

/**
 * Creates an empty monthly summary row ({@link RankingTally}) in a short transaction of its own, so
 * that the ticket's transaction only ever increments existing rows: two tickets reaching a new unit
 * and month at once both find the row, and a duplicate insert fails here, not in their transaction.
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Stateless
public class RankingTallyRows {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  /**
   * Inserts the row of {@code key} with zero counts and commits it; fails (and rolls back only
   * this) when another transaction inserted it first.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(MonthlyTallies.Key key) {
    if (em.find(RankingTally.class, new RankingTally.Id(key)) == null) {
      em.persist(new RankingTally(key));
      em.flush();
    }
  }
}
