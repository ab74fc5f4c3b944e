package org.hotline.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketSearchIndex;

/** The full-text index of tickets: how complete it is, and a rebuild from the database. */
@ApplicationScoped
public class SearchIndex implements TicketSearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  private final AtomicReference<Instant> rebuildStarted = new AtomicReference<>();
  private volatile Long lastRebuildSeconds;

  @Override
  public Status status() {
    long tickets = em.createQuery("SELECT COUNT(t) FROM Ticket t", Long.class).getSingleResult();
    long indexed =
        Search.session(em).search(Ticket.class).where(f -> f.matchAll()).fetchTotalHitCount();
    return new Status(tickets, indexed, rebuildStarted.get() != null, lastRebuildSeconds);
  }

  @Override
  public boolean holdsCurrentFields() {
    return holds("t.caller.phoneE164", "caller.phoneE164")
        && holds("t.deadlines.replyDeadline", "deadlines.replyDeadline");
  }

  /** Whether every ticket with a value at {@code path} (JPQL) has the index field {@code field}. */
  private boolean holds(String path, String field) {
    long withValue =
        em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE " + path + " IS NOT NULL", Long.class)
            .getSingleResult();
    long indexed =
        Search.session(em)
            .search(Ticket.class)
            .where(f -> f.exists().field(field))
            .fetchTotalHitCount();
    return indexed >= withValue;
  }

  @Override
  public boolean rebuild() {
    return rebuild(() -> {});
  }

  @Override
  public boolean rebuild(Runnable afterSuccess) {
    Instant started = Instant.now();
    if (!rebuildStarted.compareAndSet(null, started)) {
      return false;
    }
    Search.mapping(em.getEntityManagerFactory())
        .scope(Ticket.class)
        .massIndexer()
        .threadsToLoadObjects(2)
        .batchSizeToLoadObjects(200)
        .start()
        .whenComplete(
            (done, failure) -> {
              lastRebuildSeconds = Duration.between(started, Instant.now()).toSeconds();
              rebuildStarted.set(null);
              if (failure == null) {
                afterSuccess.run();
              }
              LOG.info(
                  () ->
                      failure == null
                          ? "full-text index rebuilt in " + lastRebuildSeconds + " s"
                          : "full-text index rebuild failed: " + failure);
            });
    return true;
  }
}
