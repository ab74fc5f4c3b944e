package org.hotline.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.hotline.domain.model.ticket.TicketSearchIndex;

/**
 * At start-up, rebuilds the full-text index in the background when it does not hold every ticket
 * (a new index directory, tickets loaded by SQL, an index lost with the server's data directory), or
 * when it was built before it held the normalised caller numbers.
 * Intake and handling keep the index current themselves.
 */
@PermitAll
@Singleton
@Startup
@DependsOn("DemoData")
public class SearchIndexBootstrap {

  private static final Logger LOG = Logger.getLogger(SearchIndexBootstrap.class.getName());

  @Inject
  private TicketSearchIndex index;

  @PostConstruct
  void checkIndex() {
    TicketSearchIndex.Status status = index.status();
    if (status.indexed() != status.tickets()) {
      LOG.info(() -> "full-text index holds " + status.indexed() + " of " + status.tickets()
          + " tickets: rebuilding in the background");
      index.rebuild();
    } else if (!index.holdsCallerPhones()) {
      LOG.info("full-text index lacks the normalised caller numbers (built before they existed): rebuilding"
          + " in the background");
      index.rebuild();
    }
  }
}
