package org.hotline.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings our schema up to date with the versioned migrations in {@code db/migration} before
 * anything else starts. One set of scripts serves H2 and MySQL; the few type names that differ come
 * from placeholders ({@link SqlDialectPlaceholders}). First of all, commits are made durable where
 * the server can ({@link CommitDurability}).
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = HotlineDataSource.JNDI_NAME)
  private DataSource dataSource;

  /**
   * Returns once the schema is migrated: the first call on this singleton runs its
   * {@code @PostConstruct}. Called in order by {@link
   * org.hotline.infrastructure.startup.StartupSequence}.
   */
  public void ensureReady() {
    // the work is done in the @PostConstruct method, once
  }

  @PostConstruct
  void migrate() {
    Map<String, String> placeholders =
        SqlDialectPlaceholders.forProduct(productNameWithDurableCommits());
    var result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .placeholders(placeholders)
            .javaMigrations(javaMigrations())
            .load()
            .migrate();
    LOG.info(
        () ->
            "schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations run)");
  }

  /**
   * The migrations written in Java (data fixes that need our own code), given to Flyway by hand.
   */
  static org.flywaydb.core.api.migration.JavaMigration[] javaMigrations() {
    return new org.flywaydb.core.api.migration.JavaMigration[] {
      new V9_1__BackfillCallerPhoneE164(),
      new org.hotline.infrastructure.persistence.migration.V10_1__MoveJoinedLists(),
      new org.hotline.infrastructure.persistence.migration.V22_1__SumRankingTallies(),
      new org.hotline.infrastructure.persistence.migration.V33_1__CountedTicketsIndex()
    };
  }

  /** The database's product name, once its commits are made durable ({@link CommitDurability}). */
  private String productNameWithDurableCommits() {
    try (Connection c = dataSource.getConnection()) {
      CommitDurability.enforce(c);
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database", e);
    }
  }
}
