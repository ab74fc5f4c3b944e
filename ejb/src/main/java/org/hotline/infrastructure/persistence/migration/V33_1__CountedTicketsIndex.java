package org.hotline.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * After {@code V33__figures_excluded_tickets.sql}: drops the analysis index {@code
 * ix_ticket_created_groups} (V22_2), replaced by {@code ix_ticket_created_counted} which also holds
 * {@code figures_excluded} (the statement differs between H2 and MySQL, hence Java); and, when
 * tickets of excluded ratings exist already, sums {@code ranking_tally} again without them (the
 * same code as {@link V22_1__SumRankingTallies}). Registered in {@code SchemaMigration}.
 */
public class V33_1__CountedTicketsIndex extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    boolean mysql = product.contains("mysql") || product.contains("mariadb");
    try (Statement s = c.createStatement()) {
      s.execute(
          mysql
              ? "DROP INDEX ix_ticket_created_groups ON ticket"
              : "DROP INDEX ix_ticket_created_groups");
      long excluded;
      try (ResultSet rs =
          s.executeQuery("SELECT COUNT(*) FROM ticket_outcome WHERE excluded = TRUE")) {
        rs.next();
        excluded = rs.getLong(1);
      }
      if (excluded > 0) {
        s.execute("DELETE FROM ranking_tally");
        V22_1__SumRankingTallies.sum(
            c,
            V22_1__SumRankingTallies.SELECT.replace(
                "first_unit_code, merged,", "first_unit_code, (merged OR excluded),"));
      }
    }
  }
}
