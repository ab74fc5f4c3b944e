package org.hotline.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.hotline.domain.model.ticket.TicketSearchIndex;

/**
 * At start-up, rebuilds the full-text index in the background when it does not hold every ticket (a
 * new index directory, tickets loaded by SQL, an index lost with the server's data directory) or
 * when the last run did not stop cleanly ({@link UncleanShutdownMarker}: index changes of the last
 * second before a crash may be lost while the database kept them, e.g. a ticket's new unit or
 * status), or when a migration changed indexed rows in SQL ({@link IndexDataVersions}: the index's
 * data version is behind the database's). Intake and handling keep the index current themselves.
 * {@code -Dhotline.index.rebuild-at-startup=false} leaves an incomplete index as it is (a benchmark
 * on tickets loaded by SQL; an operator who rebuilds with {@code POST /api/search-index/rebuild}).
 */
@PermitAll
@Singleton
public class SearchIndexBootstrap {

  private static final Logger LOG = Logger.getLogger(SearchIndexBootstrap.class.getName());

  /** Where persistence.xml puts the index. */
  static final String INDEX_ROOT = "hibernate.search.backend.directory.root";

  @Inject private TicketSearchIndex index;

  @Inject private CallbackTaskSearchIndex callbackTasks;

  @Inject private IndexDataVersions versions;

  @PersistenceUnit(unitName = "hotline")
  private EntityManagerFactory emf;

  private UncleanShutdownMarker marker;

  /**
   * Returns once the index is checked (and rebuilding if it was incomplete): the first call on this
   * singleton runs its {@code @PostConstruct}. Called in order by {@link
   * org.hotline.infrastructure.startup.StartupSequence}.
   */
  public void ensureReady() {
    // the work is done in the @PostConstruct method, once
  }

  @PostConstruct
  void checkIndex() {
    Path root = Path.of(String.valueOf(emf.getProperties().get(INDEX_ROOT)));
    marker = new UncleanShutdownMarker(root);
    boolean crashed = marker.previousRunEndedUncleanly();
    marker.set();
    TicketSearchIndex.Status status = index.status();
    boolean rebuildAtStartup =
        Boolean.parseBoolean(System.getProperty("hotline.index.rebuild-at-startup", "true"));
    int callbackData = versions.required(IndexDataVersions.CALLBACK_TASKS);
    boolean callbackBehind =
        versions.indexed(root, IndexDataVersions.CALLBACK_TASKS) < callbackData;
    if (callbackBehind) {
      LOG.info(
          "callback task index predates a data change made in SQL (search_index_data):"
              + " rebuilding in the background");
    }
    if (crashed || callbackBehind || (rebuildAtStartup && !callbackTasks.complete())) {
      callbackTasks.rebuild(
          () -> versions.markIndexed(root, IndexDataVersions.CALLBACK_TASKS, callbackData));
    }
    int ticketData = versions.required(IndexDataVersions.TICKETS);
    Runnable ticketsIndexed =
        () -> versions.markIndexed(root, IndexDataVersions.TICKETS, ticketData);
    if (crashed) {
      LOG.warning(
          "the last run did not stop cleanly: rebuilding the full-text index in the background");
      index.rebuild(ticketsIndexed);
    } else if (versions.indexed(root, IndexDataVersions.TICKETS) < ticketData) {
      LOG.info(
          "ticket index predates a data change made in SQL (search_index_data): rebuilding in"
              + " the background");
      index.rebuild(ticketsIndexed);
    } else if (status.indexed() != status.tickets() && !rebuildAtStartup) {
      LOG.warning(
          () ->
              "full-text index holds "
                  + status.indexed()
                  + " of "
                  + status.tickets()
                  + " tickets; not rebuilt (-Dhotline.index.rebuild-at-startup=false):"
                  + " POST /api/search-index/rebuild rebuilds it");
    } else if (status.indexed() != status.tickets()) {
      LOG.info(
          () ->
              "full-text index holds "
                  + status.indexed()
                  + " of "
                  + status.tickets()
                  + " tickets: rebuilding in the background");
      index.rebuild(ticketsIndexed);
    } else if (!index.holdsCurrentFields()) {
      LOG.info(
          "full-text index lacks fields of the current mapping (built before them): rebuilding"
              + " in the background");
      index.rebuild(ticketsIndexed);
    }
  }

  @PreDestroy
  void stoppedCleanly() {
    marker.clear();
  }
}
