package org.hotline.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the lists that were stored joined with a comma into their child tables (created by {@code
 * V10__lists_as_lists.sql}), one row per element in order, then drops the joined columns: {@code
 * ticket.callback_reasons} → {@code ticket_callback_reason}, {@code rectification.dissatisfaction}
 * → {@code rectification_reason}, {@code catalogue_item_version.category_codes} / {@code keywords}
 * → {@code catalogue_version_category} / {@code catalogue_version_keyword}. A reason that itself
 * contained a comma was already cut in two by the old storage; the pieces are kept as they were
 * shown. Plain JDBC, so that it runs alike on H2 and MySQL/MariaDB; registered in {@code
 * SchemaMigration}.
 */
public class V10_1__MoveJoinedLists extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    move(
        c,
        "SELECT id, callback_reasons FROM ticket WHERE callback_reasons IS NOT NULL",
        "INSERT INTO ticket_callback_reason (ticket_id, sort_order, reason) VALUES (?, ?, ?)");
    move(
        c,
        "SELECT id, dissatisfaction FROM rectification WHERE dissatisfaction IS NOT NULL",
        "INSERT INTO rectification_reason (rectification_id, sort_order, reason) VALUES (?, ?, ?)");
    move(
        c,
        "SELECT id, category_codes FROM catalogue_item_version WHERE category_codes IS NOT NULL",
        "INSERT INTO catalogue_version_category (version_id, sort_order, category_code) VALUES (?, ?, ?)");
    move(
        c,
        "SELECT id, keywords FROM catalogue_item_version WHERE keywords IS NOT NULL",
        "INSERT INTO catalogue_version_keyword (version_id, sort_order, keyword) VALUES (?, ?, ?)");
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE ticket DROP COLUMN callback_reasons");
      s.execute("ALTER TABLE rectification DROP COLUMN dissatisfaction");
      s.execute("ALTER TABLE catalogue_item_version DROP COLUMN category_codes");
      s.execute("ALTER TABLE catalogue_item_version DROP COLUMN keywords");
    }
  }

  private static void move(Connection c, String select, String insert) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(select);
        PreparedStatement ins = c.prepareStatement(insert)) {
      while (rs.next()) {
        List<String> items = split(rs.getString(2));
        for (int i = 0; i < items.size(); i++) {
          ins.setLong(1, rs.getLong(1));
          ins.setInt(2, i);
          ins.setString(3, items.get(i));
          ins.addBatch();
        }
      }
      ins.executeBatch();
    }
  }

  /**
   * The non-blank elements of a comma-joined text, trimmed, in order; each cut to 50 characters, no
   * longer than any element could be (reasons 50, codes 40, keywords 30 — the old validation).
   */
  static List<String> split(String joined) {
    List<String> items = new ArrayList<>();
    for (String part : joined.split(",")) {
      String item = part.strip();
      if (!item.isEmpty()) {
        items.add(item.length() > 50 ? item.substring(0, 50) : item);
      }
    }
    return items;
  }
}
