package org.hotline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The data of {@link RankingBenchmark} (issue 13), written straight through JDBC: handling units
 * until there are enough, then N tickets over M months with their {@code ticket_outcome} rows and
 * the monthly summary ({@code ranking_tally}) as the server keeps it — summer seasonality of noise
 * and dog complaints, late replies, ~10 % dissatisfied, unreachable citizens, merges and re-routes.
 */
final class RankingLoad {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final int BATCH = 2_000;

  private RankingLoad() {}

  /**
   * Adds stations, brigades and agencies (BENCH-…) until there are {@code wanted} handling units.
   */
  static long[] ensureUnits(Connection db, int wanted) throws Exception {
    long[] existing =
        ids(db, "SELECT id FROM org_unit WHERE kind IN ('STATION', 'BRIGADE', 'AGENCY')");
    long parent = ids(db, "SELECT id FROM org_unit WHERE kind = 'BUREAU' ORDER BY id")[0];
    String[] kinds = {"STATION", "STATION", "AGENCY", "BRIGADE"};
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO org_unit (code, name, kind, parent_id, active, sort_order) VALUES (?,?,?,?,TRUE,?)")) {
      for (int i = existing.length; i < wanted; i++) {
        String kind = kinds[i % kinds.length];
        insert.setString(1, "BENCH-" + i);
        insert.setString(
            2, "压测单位" + i + (kind.equals("STATION") ? "派出所" : kind.equals("BRIGADE") ? "大队" : "局"));
        insert.setString(3, kind);
        insert.setLong(4, parent);
        insert.setInt(5, 1000 + i);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return ids(db, "SELECT id FROM org_unit WHERE kind IN ('STATION', 'BRIGADE', 'AGENCY')");
  }

  static void load(Connection db, int tickets, int months, long[] unitIds, YearMonth last)
      throws Exception {
    long[] areas = ids(db, "SELECT id FROM area WHERE level = 'COMMUNITY'");
    long[] categories = ids(db, "SELECT id FROM category WHERE leaf = TRUE");
    long[] seasonal =
        ids(db, "SELECT id FROM category WHERE leaf = TRUE AND code IN ('ZA-NOISE', 'ZA-DOG')");
    String[] codes = codes(db, unitIds);
    long nextId = ids(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM ticket")[0];
    Random random = new Random(13);
    YearMonth first = last.minusMonths(months - 1L);
    // units get Zipf-like volumes: a few big stations, a long tail (some below the minimum sample)
    double[] weight = new double[unitIds.length];
    double total = 0;
    for (int u = 0; u < weight.length; u++) {
      weight[u] = 1.0 / (1 + u % 97);
      total += weight[u];
    }
    double[] cumulative = new double[weight.length];
    double acc = 0;
    for (int u = 0; u < weight.length; u++) {
      acc += weight[u] / total;
      cumulative[u] = acc;
    }
    db.setAutoCommit(false);
    String ticketSql =
        "INSERT INTO ticket (id, number, channel, caller_name, caller_phone, caller_phone_e164, confidential, address, area_id,"
            + " category_id, urgency, content, status, owner_unit_id, reply_deadline, created_at, created_by, updated_at,"
            + " replied_at, closed_at, callback_result, called_back_at, main_ticket_id, callback_attempts, version, return_count,"
            + " arbitrated) VALUES (?,?,?,?,?,?,FALSE,?,?,?,'NORMAL',?,?,?,?,?,'bench',?,?,?,?,?,?,0,0,?,FALSE)";
    String outcomeSql =
        "INSERT INTO ticket_outcome (ticket_id, unit_code, first_unit_code, direct_answer, merged, due_at,"
            + " replied_at, closed_at, callback_at, callback_result, revisit_at, revisit_result) VALUES (?,?,?,FALSE,?,?,?,?,?,?,?,?)";
    Tallies tallies = new Tallies();
    try (PreparedStatement t = db.prepareStatement(ticketSql);
        PreparedStatement o = db.prepareStatement(outcomeSql)) {
      long lastMain = -1;
      for (int i = 0; i < tickets; i++) {
        long id = nextId + i;
        YearMonth month = first.plusMonths(random.nextInt(months));
        LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        boolean summer = month.getMonthValue() >= 6 && month.getMonthValue() <= 8;
        long category =
            seasonal.length > 0 && random.nextDouble() < (summer ? 0.35 : 0.15)
                ? seasonal[random.nextInt(seasonal.length)]
                : categories[random.nextInt(categories.length)];
        int unit = pick(cumulative, random.nextDouble());
        Instant created =
            day.atTime(8 + random.nextInt(12), random.nextInt(60)).atZone(SHANGHAI).toInstant();
        // ~5 % got an extension approved: the deadline the rates use is the extended one
        boolean extended = random.nextDouble() < 0.05;
        Instant due =
            day.plusDays(3 + random.nextInt(8) + (extended ? 5 : 0))
                .atTime(23, 59, 59)
                .atZone(SHANGHAI)
                .toInstant();
        boolean merged = lastMain > 0 && random.nextDouble() < 0.02;
        double r = random.nextDouble();
        Instant replied =
            r < 0.90
                ? due.minusSeconds(3600L * (1 + random.nextInt(60)))
                : r < 0.97 ? due.plusSeconds(3600L * (1 + random.nextInt(100))) : null;
        Instant closed =
            replied == null ? null : replied.plusSeconds(3600L * (1 + random.nextInt(48)));
        String result = null;
        Instant calledBack = null;
        if (closed != null) {
          double c = random.nextDouble();
          result =
              c < 0.80
                  ? "SATISFIED"
                  : c < 0.86 ? "BASICALLY_SATISFIED" : c < 0.96 ? "DISSATISFIED" : "UNREACHABLE";
          calledBack = closed.plusSeconds(3600L * (2 + random.nextInt(40)));
        }
        // ~70 % of the dissatisfied were rectified and visited again (复访)
        Instant revisited =
            "DISSATISFIED".equals(result) && random.nextDouble() < 0.7
                ? calledBack.plusSeconds(3600L * 24 * (3 + random.nextInt(10)))
                : null;
        String revisitResult =
            revisited == null ? null : random.nextDouble() < 0.75 ? "SATISFIED" : "DISSATISFIED";
        boolean rerouted = !merged && random.nextDouble() < 0.03;
        String status = merged ? "MERGED" : closed != null ? "CLOSED" : "SIGNED";
        String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
        int c = 0;
        t.setLong(++c, id);
        t.setString(++c, "B" + String.format("%011d", id));
        t.setString(++c, "PHONE_12345");
        t.setString(++c, "压测" + (i % 1000));
        t.setString(++c, phone);
        t.setString(++c, "+86" + phone);
        t.setString(++c, "压测路" + (i % 500) + "号");
        t.setLong(++c, areas[random.nextInt(areas.length)]);
        t.setLong(++c, category);
        t.setString(++c, "压测工单内容");
        t.setString(++c, status);
        if (merged) {
          t.setNull(++c, java.sql.Types.BIGINT);
        } else {
          t.setLong(++c, unitIds[unit]);
        }
        t.setTimestamp(++c, merged ? null : Timestamp.from(due));
        t.setTimestamp(++c, Timestamp.from(created));
        t.setTimestamp(++c, Timestamp.from(created));
        t.setTimestamp(++c, merged || replied == null ? null : Timestamp.from(replied));
        t.setTimestamp(++c, merged || closed == null ? null : Timestamp.from(closed));
        t.setString(++c, merged ? null : result);
        t.setTimestamp(++c, merged || calledBack == null ? null : Timestamp.from(calledBack));
        if (merged) {
          t.setLong(++c, lastMain);
        } else {
          t.setNull(++c, java.sql.Types.BIGINT);
        }
        t.setInt(++c, rerouted ? 1 : 0);
        t.addBatch();
        if (!merged) {
          lastMain = id;
          o.setLong(1, id);
          o.setString(2, codes[unit]);
          String firstUnit = rerouted ? codes[random.nextInt(codes.length)] : codes[unit];
          o.setString(3, firstUnit);
          o.setBoolean(4, false);
          o.setTimestamp(5, Timestamp.from(due));
          o.setTimestamp(6, replied == null ? null : Timestamp.from(replied));
          o.setTimestamp(7, closed == null ? null : Timestamp.from(closed));
          o.setTimestamp(8, calledBack == null ? null : Timestamp.from(calledBack));
          o.setString(9, result);
          o.setTimestamp(10, revisited == null ? null : Timestamp.from(revisited));
          o.setString(11, revisitResult);
          o.addBatch();
          tallies.add(
              codes[unit],
              firstUnit,
              due,
              replied,
              closed,
              calledBack,
              result,
              revisited,
              revisitResult);
        }
        if ((i + 1) % BATCH == 0 || i == tickets - 1) {
          t.executeBatch();
          o.executeBatch();
          db.commit();
          if ((i + 1) % 200_000 == 0) {
            System.out.printf("  %,d tickets%n", i + 1);
          }
        }
      }
    }
    if (db.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
      try (Statement s = db.createStatement()) {
        s.execute("ALTER TABLE ticket ALTER COLUMN id RESTART WITH " + (nextId + tickets));
      }
    }
    tallies.write(db);
    db.commit();
    db.setAutoCommit(true);
  }

  /**
   * The monthly summary ({@code ranking_tally}, V22) of the loaded outcomes, kept as the server
   * keeps it (docs/rankings.md, "Monthly summary"): per Shanghai month, attribution and unit. Added
   * to the rows already there, or inserted. Skipped on a schema before V22 (the migration then sums
   * the loaded outcomes itself).
   */
  static final class Tallies {
    private final java.util.Map<String, long[]> sums = new java.util.TreeMap<>();

    void add(
        String unit,
        String firstUnit,
        Instant due,
        Instant replied,
        Instant closed,
        Instant calledBack,
        String result,
        Instant revisited,
        String revisitResult) {
      for (String key : new String[] {"FINAL_UNIT|" + unit, "FIRST_UNIT|" + firstUnit}) {
        YearMonth dueMonth = YearMonth.from(due.atZone(SHANGHAI));
        Instant end = dueMonth.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
        long[] d = row(dueMonth, key);
        d[0]++;
        d[1] += replied != null && !replied.isAfter(due) ? 1 : 0;
        d[2] += closed != null && closed.isBefore(end) ? 1 : 0;
        if (calledBack != null && result != null) {
          long[] c = row(YearMonth.from(calledBack.atZone(SHANGHAI)), key);
          int i =
              List.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNREACHABLE")
                  .indexOf(result);
          c[3 + i]++;
        }
        if (revisited != null) {
          long[] r = row(YearMonth.from(revisited.atZone(SHANGHAI)), key);
          r[7]++;
          r[8] +=
              "SATISFIED".equals(revisitResult) || "BASICALLY_SATISFIED".equals(revisitResult)
                  ? 1
                  : 0;
        }
      }
    }

    private long[] row(YearMonth month, String key) {
      return sums.computeIfAbsent(month + "|" + key, k -> new long[9]);
    }

    void write(Connection db) throws Exception {
      try (ResultSet rs = db.getMetaData().getTables(null, null, "%", null)) {
        boolean found = false;
        while (rs.next()) {
          found |= rs.getString("TABLE_NAME").equalsIgnoreCase("ranking_tally");
        }
        if (!found) {
          System.out.println("  no ranking_tally yet: the V22 migration will sum the outcomes");
          return;
        }
      }
      String[] cols = {
        "due_count",
        "replied_on_time",
        "closed_count",
        "satisfied",
        "basically_satisfied",
        "dissatisfied",
        "unreachable",
        "revisits",
        "revisits_satisfied"
      };
      StringBuilder set = new StringBuilder();
      for (String c : cols) {
        set.append(set.length() == 0 ? "" : ", ").append(c).append(" = ").append(c).append(" + ?");
      }
      try (PreparedStatement update =
              db.prepareStatement(
                  "UPDATE ranking_tally SET "
                      + set
                      + " WHERE ranking_month = ? AND attribution = ? AND unit_code = ?");
          PreparedStatement insert =
              db.prepareStatement(
                  "INSERT INTO ranking_tally (ranking_month, attribution, unit_code, "
                      + String.join(", ", cols)
                      + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (var e : sums.entrySet()) {
          String[] k = e.getKey().split("\\|");
          long[] v = e.getValue();
          for (int i = 0; i < 9; i++) {
            update.setLong(i + 1, v[i]);
          }
          update.setString(10, k[0]);
          update.setString(11, k[1]);
          update.setString(12, k[2]);
          if (update.executeUpdate() == 0) {
            insert.setString(1, k[0]);
            insert.setString(2, k[1]);
            insert.setString(3, k[2]);
            for (int i = 0; i < 9; i++) {
              insert.setLong(i + 4, v[i]);
            }
            insert.executeUpdate();
          }
        }
      }
    }
  }

  private static int pick(double[] cumulative, double x) {
    int i = Arrays.binarySearch(cumulative, x);
    return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
  }

  private static String[] codes(Connection db, long[] unitIds) throws Exception {
    List<String> codes = new ArrayList<>();
    for (long id : unitIds) {
      try (PreparedStatement q = db.prepareStatement("SELECT code FROM org_unit WHERE id = ?")) {
        q.setLong(1, id);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          codes.add(rs.getString(1));
        }
      }
    }
    return codes.toArray(String[]::new);
  }

  static long[] ids(Connection db, String sql) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids.stream().mapToLong(Long::longValue).toArray();
  }
}
