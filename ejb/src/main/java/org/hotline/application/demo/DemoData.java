package org.hotline.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.hotline.domain.model.unit.UnitRepository;

/**
 * Loads the demo data on an empty database when the server runs with {@code -Dhotline.demo=true}
 * (the README's run command and the integration tests do; production never does).
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Singleton
public class DemoData {

  public static final String SWITCH = "hotline.demo";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  private UnitRepository units;

  @Inject
  private DemoDataset dataset;

  /**
   * Returns once the demo data are loaded (when switched on): the first call on this singleton runs its {@code @PostConstruct}.
   * Called in order by {@link org.hotline.infrastructure.startup.StartupSequence}.
   */
  public void ensureReady() {
    // the work is done in the @PostConstruct method, once
  }

  @PostConstruct
  void load() {
    if (!Boolean.getBoolean(SWITCH)) {
      return;
    }
    if (!units.all().isEmpty()) {
      LOG.info("demo data: database not empty, nothing loaded");
      return;
    }
    dataset.load();
    LOG.info("demo data loaded: county bureau, stations, brigades, agencies, users (password 'demo')");
  }
}
