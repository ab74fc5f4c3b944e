package org.hotline.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The monthly figures of issue 14 before and after the monthly summaries (migration V20), side by
 * side in one run over JDBC: the SMS survey statistics ({@code GET /api/sms/statistics}), the
 * callback figures by unit, sub-centre and officer ({@code GET /api/callback-figures}) and the tag
 * counts ({@code GET /api/problem-tags/counts}) — "old" is the GROUP BY over every task or survey
 * of the month that the API ran before, "new" is what it runs now (the summary rows, plus the
 * month's dissatisfied ticket tasks for "dissatisfied handled"). Every pair is also checked for
 * equal results at this volume.
 *
 * <p>Usage: {@code java … MonthlyFiguresBenchmark jdbcUrl user password smsMonth callbackMonth
 * [rounds] [rebuild|measure|both]}. {@code rebuild} fills the summaries from the raw rows (what
 * migration V20 does; needed after {@code CallbackBenchmark load} or {@code seed-004-surveys.sql},
 * which write the raw tables straight, past the application).
 */
public final class MonthlyFiguresBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final String MONTH_OF_FINISHED =
      "YEAR(TIMESTAMPADD(HOUR, 8, t.finished_at)) * 100 + MONTH(TIMESTAMPADD(HOUR, 8,"
          + " t.finished_at))";

  private static final String MONTH_OF_QUEUED =
      "YEAR(TIMESTAMPADD(HOUR, 8, s.queued_at)) * 100 + MONTH(TIMESTAMPADD(HOUR, 8, s.queued_at))";

  /** The backfill of V20__monthly_summaries.sql. */
  static final List<String> REBUILD =
      List.of(
          "DELETE FROM callback_month",
          "DELETE FROM callback_tag_month",
          "DELETE FROM sms_survey_month",
          "INSERT INTO callback_month (month_key, unit_id, officer_id, done, satisfied,"
              + " basically_satisfied, dissatisfied, unreachable, praised) SELECT "
              + MONTH_OF_FINISHED
              + ", COALESCE(t.unit_id, 0), COALESCE(sr.officer_id, t.praised_officer_id, 0),"
              + " COUNT(*), SUM(CASE WHEN t.result = 'SATISFIED' THEN 1 ELSE 0 END), SUM(CASE WHEN"
              + " t.result = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END), SUM(CASE WHEN t.result ="
              + " 'DISSATISFIED' THEN 1 ELSE 0 END), SUM(CASE WHEN t.result = 'UNREACHABLE' THEN 1"
              + " ELSE 0 END), SUM(CASE WHEN t.praised_officer_id IS NOT NULL THEN 1 ELSE 0 END)"
              + " FROM callback_task t LEFT JOIN service_record sr ON sr.id = t.service_record_id"
              + " WHERE t.status = 'DONE' AND t.finished_at IS NOT NULL GROUP BY "
              + MONTH_OF_FINISHED
              + ", COALESCE(t.unit_id, 0), COALESCE(sr.officer_id, t.praised_officer_id, 0)",
          "INSERT INTO callback_tag_month (month_key, tag_code, unit_id, task_count) SELECT "
              + MONTH_OF_FINISHED
              + ", g.tag_code, COALESCE(t.unit_id, 0), COUNT(*) FROM callback_task t"
              + " JOIN callback_task_tag g ON g.task_id = t.id"
              + " WHERE t.status = 'DONE' AND t.finished_at IS NOT NULL GROUP BY "
              + MONTH_OF_FINISHED
              + ", g.tag_code, COALESCE(t.unit_id, 0)",
          "INSERT INTO sms_survey_month (month_key, unit_code, surveys, sent, answered, satisfied,"
              + " dissatisfied, unparseable, failed) SELECT "
              + MONTH_OF_QUEUED
              + ", s.unit_code, COUNT(*), SUM(CASE WHEN s.status IN ('SUBMITTED', 'DELIVERED',"
              + " 'UNDELIVERED') THEN 1 ELSE 0 END), SUM(CASE WHEN s.answer IS NOT NULL THEN 1 ELSE"
              + " 0 END), SUM(CASE WHEN s.answer IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1"
              + " ELSE 0 END), SUM(CASE WHEN s.answer = 'DISSATISFIED' THEN 1 ELSE 0 END), SUM(CASE"
              + " WHEN s.answer = 'UNPARSEABLE' THEN 1 ELSE 0 END), SUM(CASE WHEN s.status IN"
              + " ('FAILED', 'UNDELIVERED', 'SEND_UNCERTAIN') THEN 1 ELSE 0 END) FROM sms_survey s"
              + " GROUP BY "
              + MONTH_OF_QUEUED
              + ", s.unit_code");

  // --- old: the raw GROUP BY the API ran before V20 (the same SQL as RawFigures of the tests)

  static final String OLD_SMS =
      "SELECT s.unit_code, COUNT(*), SUM(CASE WHEN s.status IN ('SUBMITTED', 'DELIVERED',"
          + " 'UNDELIVERED') THEN 1 ELSE 0 END), SUM(CASE WHEN s.answer IS NOT NULL THEN 1 ELSE 0"
          + " END), SUM(CASE WHEN s.answer IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0"
          + " END), SUM(CASE WHEN s.answer = 'DISSATISFIED' THEN 1 ELSE 0 END), SUM(CASE WHEN"
          + " s.answer = 'UNPARSEABLE' THEN 1 ELSE 0 END), SUM(CASE WHEN s.status IN ('FAILED',"
          + " 'UNDELIVERED', 'SEND_UNCERTAIN') THEN 1 ELSE 0 END) FROM sms_survey s WHERE"
          + " s.queued_at >= ? AND s.queued_at < ? GROUP BY s.unit_code";

  private static final String OLD_COUNTS =
      "COUNT(*), SUM(CASE WHEN t.result = 'SATISFIED' THEN 1 ELSE 0 END), SUM(CASE WHEN t.result ="
          + " 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END), SUM(CASE WHEN t.result = 'DISSATISFIED'"
          + " THEN 1 ELSE 0 END), SUM(CASE WHEN t.result = 'DISSATISFIED' AND tk.status IN"
          + " ('REVISITING', 'CLOSED') THEN 1 ELSE 0 END), SUM(CASE WHEN t.result = 'UNREACHABLE'"
          + " THEN 1 ELSE 0 END), SUM(CASE WHEN t.praised_officer_id IS NOT NULL THEN 1 ELSE 0"
          + " END)";

  private static final String OLD_FROM =
      " FROM callback_task t LEFT JOIN ticket tk ON tk.id = t.ticket_id"
          + " LEFT JOIN org_unit u ON u.id = t.unit_id";

  private static final String OLD_PERIOD =
      " WHERE t.status = 'DONE' AND t.finished_at >= ? AND t.finished_at < ?";

  private static final String CENTRE =
      " LEFT JOIN sub_centre_unit scu ON scu.unit_code = u.code"
          + " LEFT JOIN sub_centre sc ON sc.code = scu.sub_centre_code";

  private static final String OFFICER =
      " LEFT JOIN service_record sr ON sr.id = t.service_record_id"
          + " JOIN officer o ON o.id = COALESCE(sr.officer_id, t.praised_officer_id)";

  static final Map<String, String> OLD =
      Map.of(
          "unit", "SELECT u.code, " + OLD_COUNTS + OLD_FROM + OLD_PERIOD + " GROUP BY u.code",
          "subCentre",
              "SELECT sc.code, "
                  + OLD_COUNTS
                  + OLD_FROM
                  + CENTRE
                  + OLD_PERIOD
                  + " GROUP BY sc.code",
          "officer",
              "SELECT o.badge_number, "
                  + OLD_COUNTS
                  + OLD_FROM
                  + OFFICER
                  + OLD_PERIOD
                  + " GROUP BY o.badge_number",
          "tags",
              "SELECT CONCAT(g.tag_code, '|', COALESCE(u.code, '')), COUNT(*) FROM callback_task t"
                  + " JOIN callback_task_tag g ON g.task_id = t.id LEFT JOIN org_unit u ON u.id ="
                  + " t.unit_id WHERE t.finished_at >= ? AND t.finished_at < ? GROUP BY g.tag_code,"
                  + " u.code");

  // --- new: what JpaCallbackFigures / JpaSmsSurveyRepository / JpaCallbackTaskRepository run now

  static final String NEW_SMS =
      "SELECT unit_code, surveys, sent, answered, satisfied, dissatisfied, unparseable, failed"
          + " FROM sms_survey_month WHERE month_key = ? AND surveys > 0";

  private static final String SUMS =
      "SUM(m.done), SUM(m.satisfied), SUM(m.basically_satisfied), SUM(m.dissatisfied),"
          + " SUM(m.unreachable), SUM(m.praised)";

  private static final String HANDLED =
      " FROM callback_task t JOIN ticket tk ON tk.id = t.ticket_id"
          + " LEFT JOIN org_unit u ON u.id = t.unit_id"
          + " WHERE t.result = 'DISSATISFIED' AND t.finished_at >= ? AND t.finished_at < ?"
          + " AND t.status = 'DONE' AND tk.status IN ('REVISITING', 'CLOSED')";

  static final Map<String, String[]> NEW =
      Map.of(
          "unit",
          new String[] {
            "SELECT u.code, "
                + SUMS
                + " FROM callback_month m LEFT JOIN org_unit u ON u.id = m.unit_id"
                + " WHERE m.month_key = ? GROUP BY u.code HAVING SUM(m.done) > 0",
            "SELECT u.code, COUNT(*)" + HANDLED + " GROUP BY u.code"
          },
          "subCentre",
          new String[] {
            "SELECT sc.code, "
                + SUMS
                + " FROM callback_month m LEFT JOIN org_unit u ON u.id = m.unit_id"
                + CENTRE
                + " WHERE m.month_key = ? GROUP BY sc.code HAVING SUM(m.done) > 0",
            "SELECT sc.code, COUNT(*)"
                + HANDLED.replace(" WHERE", CENTRE + " WHERE")
                + " GROUP BY sc.code"
          },
          "officer",
          new String[] {
            "SELECT o.badge_number, "
                + SUMS
                + " FROM callback_month m JOIN officer o ON o.id = m.officer_id"
                + " WHERE m.month_key = ? GROUP BY o.badge_number HAVING SUM(m.done) > 0",
            "SELECT o.badge_number, COUNT(*)"
                + HANDLED.replace(" WHERE", OFFICER + " WHERE")
                + " GROUP BY o.badge_number"
          },
          "tags",
          new String[] {
            "SELECT CONCAT(m.tag_code, '|', COALESCE(u.code, '')), SUM(m.task_count) FROM"
                + " callback_tag_month m LEFT JOIN org_unit u ON u.id = m.unit_id WHERE m.month_key"
                + " = ? GROUP BY m.tag_code, u.code HAVING SUM(m.task_count) > 0",
            null
          });

  private MonthlyFiguresBenchmark() {}

  public static void main(String[] args) throws Exception {
    YearMonth smsMonth = YearMonth.parse(args[3]);
    YearMonth callbackMonth = YearMonth.parse(args[4]);
    int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 10;
    String mode = args.length > 6 ? args[6] : "both";
    try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
      if (!mode.equals("measure")) {
        long t0 = System.nanoTime();
        try (Statement s = db.createStatement()) {
          for (String sql : REBUILD) {
            s.executeUpdate(sql);
          }
        }
        System.out.printf(
            "summaries rebuilt from the raw rows in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      }
      if (!mode.equals("rebuild")) {
        measure(db, smsMonth, callbackMonth, rounds);
      }
    }
  }

  static void measure(Connection db, YearMonth smsMonth, YearMonth callbackMonth, int rounds)
      throws Exception {
    System.out.printf(
        "raw rows: sms_survey %,d (month %s: %,d), callback_task %,d (finished in %s: %,d)%n",
        scalar(db, "SELECT COUNT(*) FROM sms_survey"),
        smsMonth,
        scalar(
            db,
            "SELECT COUNT(*) FROM sms_survey s WHERE s.queued_at >= ? AND s.queued_at < ?",
            range(smsMonth)),
        scalar(db, "SELECT COUNT(*) FROM callback_task"),
        callbackMonth,
        scalar(
            db,
            "SELECT COUNT(*) FROM callback_task t WHERE t.status = 'DONE' AND t.finished_at >= ?"
                + " AND t.finished_at < ?",
            range(callbackMonth)));
    System.out.printf(
        "%d rounds each after one warm-up, milliseconds; old = GROUP BY over the raw rows, new ="
            + " summaries%n",
        rounds);
    System.out.printf(
        "%-34s %10s %10s %10s %10s %8s %s%n",
        "figures", "old median", "old p95", "new median", "new p95", "rows", "equal");
    Object[] smsRange = range(smsMonth);
    compare(
        db,
        "SMS statistics (" + smsMonth + ")",
        rounds,
        () -> rows(db, OLD_SMS, smsRange),
        () -> rows(db, NEW_SMS, key(smsMonth)));
    Object[] cbRange = range(callbackMonth);
    for (String by : List.of("unit", "subCentre", "officer", "tags")) {
      String[] next = NEW.get(by);
      compare(
          db,
          (by.equals("tags") ? "tag counts" : "callback figures by " + by)
              + " ("
              + callbackMonth
              + ")",
          rounds,
          () -> rows(db, OLD.get(by), cbRange),
          () -> {
            Map<String, List<Long>> summary = rows(db, next[0], key(callbackMonth));
            if (next[1] == null) {
              return summary;
            }
            Map<String, List<Long>> handled = rows(db, next[1], cbRange);
            Map<String, List<Long>> out = new TreeMap<>();
            summary.forEach(
                (k, v) -> {
                  List<Long> row = new ArrayList<>(v.subList(0, 4));
                  row.add(handled.containsKey(k) ? handled.get(k).get(0) : 0L);
                  row.addAll(v.subList(4, 6));
                  out.put(k, row);
                });
            return out;
          });
    }
  }

  interface Query {
    Map<String, List<Long>> run() throws Exception;
  }

  private static void compare(Connection db, String what, int rounds, Query old, Query now)
      throws Exception {
    Map<String, List<Long>> a = old.run();
    Map<String, List<Long>> b = now.run();
    long[] o = time(old, rounds);
    long[] n = time(now, rounds);
    System.out.printf(
        "%-34s %10.1f %10.1f %10.1f %10.1f %8d %s%n",
        what,
        Percentiles.millis(o, 50),
        Percentiles.millis(o, 95),
        Percentiles.millis(n, 50),
        Percentiles.millis(n, 95),
        b.size(),
        a.equals(b) ? "yes" : "NO: old " + a + " new " + b);
  }

  private static long[] time(Query q, int rounds) throws Exception {
    long[] nanos = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      q.run();
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static Object[] range(YearMonth m) {
    return new Object[] {
      Timestamp.from(m.atDay(1).atStartOfDay(SHANGHAI).toInstant()),
      Timestamp.from(m.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant())
    };
  }

  private static Object[] key(YearMonth m) {
    return new Object[] {m.getYear() * 100 + m.getMonthValue()};
  }

  private static long scalar(Connection db, String sql, Object... params) throws Exception {
    try (PreparedStatement q = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        q.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** key → the numbers of its row (keys as text, null as "null"), in key order. */
  private static Map<String, List<Long>> rows(Connection db, String sql, Object... params)
      throws Exception {
    Map<String, List<Long>> out = new TreeMap<>();
    try (PreparedStatement q = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        q.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = q.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Long> row = new ArrayList<>();
          for (int i = 2; i <= n; i++) {
            row.add(rs.getLong(i));
          }
          out.put(Objects.toString(rs.getString(1)), row);
        }
      }
    }
    return out;
  }
}
