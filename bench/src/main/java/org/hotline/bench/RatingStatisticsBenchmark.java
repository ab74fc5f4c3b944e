package org.hotline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rating statistics of {@link RatingBenchmark}'s ratings (评价统计), old beside new: rebuilds the
 * monthly summary per target ({@code rating_month}) as the server's migration does, then times the
 * statistics of {@code GET /api/ratings/statistics} per month for all units and for one unit, the
 * old way (a GROUP BY over the month's ratings) and the new (the summary), alternating on the same
 * data, and counts the queries where the two disagree. Prints milliseconds (median, max).
 */
final class RatingStatisticsBenchmark {

  private RatingStatisticsBenchmark() {}

  /**
   * Rebuilds the monthly summary per target ({@code rating_month}) from the ratings with the
   * statement of the server's migration ({@code V33_2__rating_month.sql}, read from the server's
   * classes): the bench writes ratings and flags straight into the tables, past the server's code
   * that keeps the summary on each change.
   */
  static void summarise(Connection c) throws Exception {
    String sql;
    try (var in =
        RatingStatisticsBenchmark.class.getResourceAsStream(
            "/db/migration/V33_2__rating_month.sql")) {
      sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    int from = sql.indexOf("INSERT INTO rating_month");
    String insert = sql.substring(from, sql.indexOf(';', from));
    long t0 = System.nanoTime();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM rating_month");
      s.execute(insert);
    }
    c.commit();
    System.out.printf(
        "monthly summary rebuilt from the ratings in %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  /**
   * The statistics of {@code GET /api/ratings/statistics} per month, all units and one unit, the
   * old way (one GROUP BY over the month's ratings, as shipped before V33) and the new way (the
   * monthly summary per target plus the month's dissatisfied ratings for {@code
   * dissatisfiedHandled}, as {@code JpaRatingRepository.countsPerTarget} now asks), alternating on
   * the same data; checks that both give the same counts.
   */
  static void statistics(Connection c) throws Exception {
    // the query of JpaRatingRepository.countsPerTarget before V33, as SQL
    String old =
        "SELECT r.target_id, COUNT(*), SUM(CASE WHEN r.dissatisfied = FALSE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.excluded = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.excluded = TRUE AND r.dissatisfied = FALSE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.dissatisfied = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.verified = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.verified = TRUE AND r.excluded = FALSE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.verified = TRUE AND r.excluded = FALSE AND r.dissatisfied = FALSE"
            + " THEN 1 ELSE 0 END), SUM(CASE WHEN r.flagged = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.dissatisfied = TRUE AND k.status = 'CLOSED' THEN 1 ELSE 0 END)"
            + " FROM rating r LEFT JOIN ticket k ON k.id = r.ticket_id %s"
            + " WHERE r.rated_at >= ? AND r.rated_at < ? %s GROUP BY r.target_id";
    String unitJoin =
        " JOIN rating_target t ON t.id = r.target_id JOIN org_unit u ON u.id = t.unit_id";
    // the queries of JpaRatingRepository.countsPerTarget since V33, as SQL
    String summary =
        "SELECT m.target_id, SUM(m.ratings), SUM(m.satisfied), SUM(m.excluded),"
            + " SUM(m.excluded_satisfied), SUM(m.dissatisfied), SUM(m.verified),"
            + " SUM(m.verified_counted), SUM(m.verified_counted_satisfied), SUM(m.flagged)"
            + " FROM rating_month m %s WHERE m.month_key = ? AND m.ratings > 0 %s"
            + " GROUP BY m.target_id";
    String summaryUnitJoin =
        " JOIN rating_target t ON t.id = m.target_id JOIN org_unit u ON u.id = t.unit_id";
    String handled =
        "SELECT r.target_id, COUNT(*) FROM rating r JOIN ticket k ON k.id = r.ticket_id %s"
            + " WHERE r.dissatisfied = TRUE AND r.excluded = FALSE AND k.status = 'CLOSED'"
            + " AND r.rated_at >= ? AND r.rated_at < ? %s GROUP BY r.target_id";
    String unitCode;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT u.code FROM rating_target t JOIN org_unit u ON u.id = t.unit_id"
                    + " WHERE t.name LIKE 'bench%' GROUP BY u.code ORDER BY COUNT(*) DESC LIMIT 1")) {
      rs.next();
      unitCode = rs.getString(1);
    }
    List<Double> allOld = new ArrayList<>();
    List<Double> allNew = new ArrayList<>();
    List<Double> unitOld = new ArrayList<>();
    List<Double> unitNew = new ArrayList<>();
    int differences = 0;
    for (int round = 0; round < 3; round++) {
      for (int m = 1; m <= 12; m++) {
        YearMonth month = YearMonth.of(RatingBenchmark.YEAR, m);
        Map<Long, List<Long>> a = new HashMap<>();
        Map<Long, List<Long>> b = new HashMap<>();
        allOld.add(timeOld(c, String.format(old, "", ""), month, null, a));
        allNew.add(timeNew(c, summary, handled, "", "", month, null, b));
        differences += a.equals(b) ? 0 : 1;
        a = new HashMap<>();
        b = new HashMap<>();
        unitOld.add(
            timeOld(c, String.format(old, unitJoin, " AND u.code = ?"), month, unitCode, a));
        unitNew.add(
            timeNew(
                c,
                String.format(summary, summaryUnitJoin, " AND u.code = ?"),
                String.format(handled, unitJoin, " AND u.code = ?"),
                null,
                null,
                month,
                unitCode,
                b));
        differences += a.equals(b) ? 0 : 1;
      }
    }
    print("statistics, one month, all units, old (GROUP BY over the ratings)", allOld);
    print("statistics, one month, all units, new (monthly summary)        ", allNew);
    print("statistics, one month, unit " + unitCode + ", old", unitOld);
    print("statistics, one month, unit " + unitCode + ", new", unitNew);
    System.out.printf("queries where old and new counts differ: %d of 72%n", differences);
  }

  private static LocalDateTime utc(Instant i) {
    return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static Instant start(YearMonth m) {
    return m.atDay(1).atStartOfDay(RatingBenchmark.SHANGHAI).toInstant();
  }

  static double timeOld(
      Connection c, String sql, YearMonth month, String unit, Map<Long, List<Long>> out)
      throws Exception {
    long t0 = System.nanoTime();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setObject(1, utc(start(month)));
      p.setObject(2, utc(start(month.plusMonths(1))));
      if (unit != null) {
        p.setString(3, unit);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          List<Long> row = new ArrayList<>();
          for (int i = 2; i <= 11; i++) {
            row.add(rs.getLong(i));
          }
          out.put(rs.getLong(1), row);
        }
      }
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  static double timeNew(
      Connection c,
      String summary,
      String handled,
      String join,
      String where,
      YearMonth month,
      String unit,
      Map<Long, List<Long>> out)
      throws Exception {
    String summarySql = join == null ? summary : String.format(summary, join, where);
    String handledSql = join == null ? handled : String.format(handled, join, where);
    long t0 = System.nanoTime();
    Map<Long, Long> handledCounts = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(handledSql)) {
      p.setObject(1, utc(start(month)));
      p.setObject(2, utc(start(month.plusMonths(1))));
      if (unit != null) {
        p.setString(3, unit);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          handledCounts.put(rs.getLong(1), rs.getLong(2));
        }
      }
    }
    try (PreparedStatement p = c.prepareStatement(summarySql)) {
      p.setInt(1, month.getYear() * 100 + month.getMonthValue());
      if (unit != null) {
        p.setString(2, unit);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          List<Long> row = new ArrayList<>();
          for (int i = 2; i <= 10; i++) {
            row.add(rs.getLong(i));
          }
          row.add(handledCounts.getOrDefault(rs.getLong(1), 0L));
          out.put(rs.getLong(1), row);
        }
      }
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  static void print(String what, List<Double> ms) {
    double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(
        "%s: median %.0f ms, max %.0f ms (%d runs)%n",
        what, a[a.length / 2], a[a.length - 1], a.length);
  }
}
