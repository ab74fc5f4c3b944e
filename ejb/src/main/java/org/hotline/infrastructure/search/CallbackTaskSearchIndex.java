package org.hotline.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hotline.domain.model.callback.CallbackTask;

/**
 * The index of callback tasks (回访任务检索索引): whether it holds every task, and a rebuild from the
 * database in the background (tasks loaded by SQL, a new index version, a crash).
 */
@ApplicationScoped
public class CallbackTaskSearchIndex {

  private static final Logger LOG = Logger.getLogger(CallbackTaskSearchIndex.class.getName());

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  private final AtomicBoolean rebuilding = new AtomicBoolean();

  /** True when the index holds as many tasks as the database. */
  public boolean complete() {
    long tasks =
        em.createQuery("SELECT COUNT(t) FROM CallbackTask t", Long.class).getSingleResult();
    long indexed =
        Search.session(em).search(CallbackTask.class).where(f -> f.matchAll()).fetchTotalHitCount();
    if (tasks != indexed) {
      LOG.info(() -> "callback task index holds " + indexed + " of " + tasks + " tasks");
    }
    return tasks == indexed;
  }

  /** Starts a rebuild in the background; false when one is running already. */
  public boolean rebuild() {
    return rebuild(() -> {});
  }

  /**
   * Starts a rebuild in the background; false when one is running already.
   *
   * @param afterSuccess run once the rebuild succeeded (e.g. recording the index's data version)
   */
  public boolean rebuild(Runnable afterSuccess) {
    if (!rebuilding.compareAndSet(false, true)) {
      return false;
    }
    Instant started = Instant.now();
    Search.mapping(em.getEntityManagerFactory())
        .scope(CallbackTask.class)
        .massIndexer()
        .threadsToLoadObjects(2)
        .batchSizeToLoadObjects(500)
        .start()
        .whenComplete(
            (done, failure) -> {
              rebuilding.set(false);
              if (failure == null) {
                afterSuccess.run();
              }
              long seconds = Duration.between(started, Instant.now()).toSeconds();
              LOG.info(
                  () ->
                      failure == null
                          ? "callback task index rebuilt in " + seconds + " s"
                          : "callback task index rebuild failed: " + failure);
            });
    return true;
  }
}
