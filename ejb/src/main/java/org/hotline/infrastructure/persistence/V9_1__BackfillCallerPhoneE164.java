package org.hotline.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.hotline.domain.model.ticket.CallerPhones;

/**
 * Fills {@code ticket.caller_phone_e164} of the tickets logged before numbers were normalised, with
 * the same rule as intake ({@link CallerPhones#e164}; a number that is not valid stays null), in
 * batches by id so that a large table is not held in memory; then drops the index on the raw
 * number, which nothing queries any more. Runs on H2 and MySQL/MariaDB alike.
 */
public class V9_1__BackfillCallerPhoneE164 extends BaseJavaMigration {

  static final int BATCH = 1000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    long lastId = 0;
    while (true) {
      long last = backfillAfter(c, lastId);
      if (last == lastId) {
        break;
      }
      lastId = last;
    }
    boolean mysql =
        c.getMetaData()
            .getDatabaseProductName()
            .toLowerCase(Locale.ROOT)
            .matches(".*(mysql|mariadb).*");
    try (Statement s = c.createStatement()) {
      s.execute(mysql ? "DROP INDEX ix_ticket_phone ON ticket" : "DROP INDEX ix_ticket_phone");
    }
  }

  /** Normalises the next batch of numbers after {@code afterId}; returns the last id read. */
  private static long backfillAfter(Connection c, long afterId) throws SQLException {
    long last = afterId;
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT id, caller_phone FROM ticket"
                    + " WHERE id > ? AND caller_phone IS NOT NULL AND caller_phone_e164 IS NULL ORDER BY id");
        PreparedStatement write =
            c.prepareStatement("UPDATE ticket SET caller_phone_e164 = ? WHERE id = ?")) {
      read.setLong(1, afterId);
      read.setMaxRows(BATCH);
      int pending = 0;
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          last = rs.getLong(1);
          String e164 = CallerPhones.e164(rs.getString(2)).orElse(null);
          if (e164 != null) {
            write.setString(1, e164);
            write.setLong(2, last);
            write.addBatch();
            pending++;
          }
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
    return last;
  }
}
