package org.hotline.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.hotline.domain.model.ranking.MonthlyTallies;
import org.hotline.domain.model.ranking.UnitTally;
import org.hotline.domain.model.ticket.CallbackResult;

/**
 * Fills {@code ranking_tally} (created by {@code V22__ranking_tally.sql}) from every existing
 * {@code ticket_outcome} row with the same counting code the server uses when an outcome changes
 * ({@link MonthlyTallies#contribution}), so that the summary starts equal to a recount. The
 * outcomes are read as a stream (constant memory whatever their number); the sums (a few rows per
 * unit and month) are held until written. Plain JDBC; registered in {@code SchemaMigration}.
 */
public class V22_1__SumRankingTallies extends BaseJavaMigration {

  static final String SELECT =
      "SELECT unit_code, first_unit_code, merged, due_at, replied_at, closed_at, callback_at,"
          + " callback_result, revisit_at, revisit_result FROM ticket_outcome";

  static final String INSERT =
      "INSERT INTO ranking_tally (ranking_month, attribution, unit_code, due_count, replied_on_time,"
          + " closed_count, satisfied, basically_satisfied, dissatisfied, unreachable, revisits,"
          + " revisits_satisfied) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";

  @Override
  public void migrate(Context context) throws SQLException {
    sum(context.getConnection(), SELECT);
  }

  /**
   * Sums the outcomes read by {@code select} (the columns of {@link #SELECT}, the third one:
   * whether the ticket counts for nothing) into {@code ranking_tally}.
   */
  static void sum(Connection c, String select) throws SQLException {
    Map<MonthlyTallies.Key, UnitTally> sums = new HashMap<>();
    try (Statement s = streaming(c);
        ResultSet rs = s.executeQuery(select)) {
      while (rs.next()) {
        MonthlyTallies.Facts facts =
            new MonthlyTallies.Facts(
                rs.getString(1),
                rs.getString(2),
                rs.getBoolean(3),
                instant(rs, 4),
                instant(rs, 5),
                instant(rs, 6),
                instant(rs, 7),
                result(rs.getString(8)),
                instant(rs, 9),
                result(rs.getString(10)));
        MonthlyTallies.contribution(facts).forEach((k, v) -> sums.merge(k, v, UnitTally::plus));
      }
    }
    write(c, sums);
  }

  /** Inserts one row per key (the table is expected empty for those keys). */
  static void write(Connection c, Map<MonthlyTallies.Key, UnitTally> sums) throws SQLException {
    try (PreparedStatement ins = c.prepareStatement(INSERT)) {
      int n = 0;
      for (var e : sums.entrySet()) {
        UnitTally t = e.getValue();
        ins.setString(1, e.getKey().month());
        ins.setString(2, e.getKey().attribution().name());
        ins.setString(3, e.getKey().unitCode());
        ins.setLong(4, t.due());
        ins.setLong(5, t.repliedOnTime());
        ins.setLong(6, t.closed());
        ins.setLong(7, t.satisfied());
        ins.setLong(8, t.basicallySatisfied());
        ins.setLong(9, t.dissatisfied());
        ins.setLong(10, t.unreachable());
        ins.setLong(11, t.revisits());
        ins.setLong(12, t.revisitsSatisfied());
        ins.addBatch();
        if (++n % 1000 == 0) {
          ins.executeBatch();
        }
      }
      ins.executeBatch();
    }
  }

  /** A statement that streams its rows (MySQL Connector/J would otherwise read them all first). */
  private static Statement streaming(Connection c) throws SQLException {
    Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
    s.setFetchSize(
        product.contains("mysql") || product.contains("mariadb") ? Integer.MIN_VALUE : 1000);
    return s;
  }

  /** A stored instant: the columns hold UTC without a zone (hibernate.jdbc.time_zone=UTC). */
  private static Instant instant(ResultSet rs, int column) throws SQLException {
    LocalDateTime t = rs.getObject(column, LocalDateTime.class);
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  private static CallbackResult result(String name) {
    return name == null ? null : CallbackResult.valueOf(name);
  }
}
