package org.hotline.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Commit durability (提交持久性): what the server acknowledges must already be in the database's files,
 * so that a killed server process loses nothing it answered {@code 201} for.
 *
 * <ul>
 *   <li><b>H2</b> (the default file database): H2 2.x keeps committed changes in memory for up to
 *       {@code WRITE_DELAY} ms (default 500) before its MVStore writes them to the file; a process
 *       killed in that window lost acknowledged tickets. {@link #enforce} sets {@code WRITE_DELAY
 *       0} (every commit is written to the file before it returns; H2 keeps the setting in the
 *       database), whatever H2 URL the server was given.
 *   <li><b>MySQL / MariaDB</b>: the server cannot change the database's global settings; it warns
 *       at start-up when {@code innodb_flush_log_at_trx_commit} is not 1 (with 0 a crash of the
 *       database process loses up to a second of commits, with 2 a crash of its machine does).
 * </ul>
 */
final class CommitDurability {

  private static final Logger LOG = Logger.getLogger(CommitDurability.class.getName());

  private CommitDurability() {}

  /**
   * Makes commits on this database durable where the server can, and warns where it cannot.
   *
   * @param connection a connection to the application's database (not closed here)
   * @throws SQLException when the database cannot be asked
   */
  static void enforce(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      enforceH2(connection);
    } else if (product.contains("mysql") || product.contains("mariadb")) {
      checkInnoDb(connection);
    }
  }

  private static void enforceH2(Connection connection) throws SQLException {
    String current =
        singleValue(
            connection,
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'");
    if (!"0".equals(current)) {
      try (Statement s = connection.createStatement()) {
        s.execute("SET WRITE_DELAY 0");
      }
      LOG.info(
          () ->
              "H2: WRITE_DELAY was "
                  + current
                  + " ms; set to 0 (every commit written before it returns)");
    }
  }

  private static void checkInnoDb(Connection connection) throws SQLException {
    String flush = singleValue(connection, "SELECT @@innodb_flush_log_at_trx_commit");
    if (!"1".equals(flush)) {
      LOG.warning(
          () ->
              "innodb_flush_log_at_trx_commit = "
                  + flush
                  + ": a crash can lose commits the server has"
                  + " already acknowledged; set it to 1 (docs/performance.md, \"Start-up and crash durability\")");
    }
  }

  private static String singleValue(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
