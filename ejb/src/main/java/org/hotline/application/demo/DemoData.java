package org.hotline.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.hotline.application.reference.ReferenceDataLoader;
import org.hotline.application.reference.ReferenceDataSet;
import org.hotline.domain.model.unit.UnitRepository;

/**
 * Loads reference data into an empty database at start-up: the demo county (示范县, invented names,
 * users with password {@code demo}) when the server runs with {@code -Dhotline.demo=true} (the
 * README's run command and the integration tests do; production never does), or a site's own folder
 * of JSON files with {@code -Dhotline.reference.dir=<folder>} (its users, if any, get the password
 * in the environment variable {@code HOTLINE_INITIAL_PASSWORD}). Format: docs/reference-data.md. A
 * database that already has units is left alone.
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Singleton
public class DemoData {

  public static final String SWITCH = "hotline.demo";

  /** System property: a folder with a site's own reference data, loaded on an empty database. */
  public static final String SITE_FOLDER = "hotline.reference.dir";

  static final String DEMO_PASSWORD = "demo";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject private UnitRepository units;

  @Inject private ReferenceDataLoader loader;

  /**
   * Returns once the demo data are loaded (when switched on): the first call on this singleton runs
   * its {@code @PostConstruct}. Called in order by {@link
   * org.hotline.infrastructure.startup.StartupSequence}.
   */
  public void ensureReady() {
    // the work is done in the @PostConstruct method, once
  }

  @PostConstruct
  void load() {
    String site = System.getProperty(SITE_FOLDER, "");
    boolean demo = Boolean.getBoolean(SWITCH);
    if (!demo && site.isBlank()) {
      return;
    }
    if (!units.all().isEmpty()) {
      LOG.info("reference data: database not empty, nothing loaded");
      return;
    }
    if (!site.isBlank()) {
      ReferenceDataSet set = ReferenceDataSet.fromDirectory(Path.of(site));
      String password = System.getenv("HOTLINE_INITIAL_PASSWORD");
      if (!set.users().isEmpty() && (password == null || password.isBlank())) {
        throw new IllegalStateException(
            site + "/users.json needs HOTLINE_INITIAL_PASSWORD for the users' first login");
      }
      loader.load(set, password == null ? new char[0] : password.toCharArray());
      LOG.info(
          "reference data loaded from "
              + site
              + ": "
              + set.units().size()
              + " units, "
              + set.users().size()
              + " users");
      return;
    }
    loader.load(ReferenceDataSet.fromClasspath(ReferenceDataSet.DEMO), DEMO_PASSWORD.toCharArray());
    LOG.info(
        "demo data loaded: county bureau, stations, brigades, agencies, users (password 'demo')");
  }
}
