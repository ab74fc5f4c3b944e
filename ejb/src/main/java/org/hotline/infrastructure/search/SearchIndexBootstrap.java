package org.hotline.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hotline.domain.model.ticket.Ticket;

/**
 * At start-up, rebuilds the full-text index in the background when it does not hold every ticket
 * (a new index directory, tickets loaded by SQL, an index lost with the server's data directory).
 * Intake and handling keep the index current themselves.
 */
@PermitAll
@Singleton
@Startup
@DependsOn("DemoData")
public class SearchIndexBootstrap {

  private static final Logger LOG = Logger.getLogger(SearchIndexBootstrap.class.getName());

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @PostConstruct
  void checkIndex() {
    long inDatabase = em.createQuery("SELECT COUNT(t) FROM Ticket t", Long.class).getSingleResult();
    long indexed = Search.session(em).search(Ticket.class).where(f -> f.matchAll()).fetchTotalHitCount();
    if (indexed != inDatabase) {
      LOG.info(() -> "full-text index holds " + indexed + " of " + inDatabase + " tickets: rebuilding in the background");
      Search.mapping(em.getEntityManagerFactory()).scope(Ticket.class).massIndexer()
          .threadsToLoadObjects(2)
          .batchSizeToLoadObjects(100)
          .start()
          .whenComplete((done, failure) -> LOG.info(() -> failure == null
              ? "full-text index rebuilt" : "full-text index rebuild failed: " + failure));
    }
  }
}
