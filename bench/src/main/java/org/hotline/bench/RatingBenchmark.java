package org.hotline.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hotline.application.rating.AuthenticityRules;
import org.hotline.application.rating.BurstRule;

/**
 * Scan-to-rate at seed 002's volume (issue 15): generates 939,199 QR ratings (张家口: 99.92 %
 * satisfied) with realistic patterns — office hours, a few popular windows, raters behind shared
 * mobile networks (carrier NAT), tablets at some windows that many citizens rate on (genuine, but
 * bursts from one device) — and a planted share of fake bursts (one device rating one target 3–8
 * times within minutes, "人情分"). Then it runs the burst rules of the authenticity checks ({@code
 * AuthenticityRules} defaults: ≥ 3 from one device or ≥ 5 from one network for one target within 60
 * minutes) by replaying the ratings in arrival order through the server's own {@code BurstRule},
 * prints precision and recall against the planted bursts, stores the flags, rebuilds the monthly
 * summary per target as the migration does, and times the statistics of {@code GET
 * /api/ratings/statistics} (per target) for each month and for one unit, the old way (a GROUP BY
 * over the ratings) beside the new (the summary), checking both give the same counts.
 *
 * <p>Usage (against the MariaDB of a migrated database, e.g. the integration tests' after a run,
 * resumed with {@code it/src/test/sh/test-environment.sh resume it/target/mariadb 3337}): {@code
 * nice -n 19 java … RatingBenchmark jdbcUrl user password [ratings] [plantedShare] [stats]} ({@code
 * stats}: only time the statistics on the ratings loaded before; {@code detect}: the burst rule,
 * the summary and the statistics on them).
 */
public final class RatingBenchmark {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final int YEAR = 2025;
  static final String PLANTED = "bench:planted";
  static final String BENCH = "bench:";
  static final int TARGETS = 2400;

  private RatingBenchmark() {}

  /** One generated rating. */
  record Row(
      int target, long device, long network, long at, boolean planted, boolean dissatisfied) {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int total = args.length > 3 ? Integer.parseInt(args[3]) : 939_199;
    double plantedShare = args.length > 4 ? Double.parseDouble(args[4]) : 0.01;
    try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
      if (args.length > 5 && "stats".equals(args[5])) {
        RatingStatisticsBenchmark.statistics(c); // only the timing, on data loaded before
        return;
      }
      if (args.length > 5 && "detect".equals(args[5])) {
        detect(c); // the burst rule and the statistics again, on data loaded before
        RatingStatisticsBenchmark.summarise(c);
        RatingStatisticsBenchmark.statistics(c);
        return;
      }
      long t0 = System.nanoTime();
      long[][] targets = targets(c);
      List<Row> rows = generate(total, plantedShare, new Random(20261130L));
      load(c, targets, rows);
      System.out.printf(
          "generated and loaded %,d ratings (%,d planted in bursts) on %d targets in %.1f s%n",
          rows.size(),
          rows.stream().filter(Row::planted).count(),
          targets.length,
          (System.nanoTime() - t0) / 1e9);
      detect(c);
      RatingStatisticsBenchmark.summarise(c);
      RatingStatisticsBenchmark.statistics(c);
    }
  }

  /** Creates the bench's targets (windows) with a code each: {targetId, codeId}. */
  static long[][] targets(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute(
          "DELETE f FROM rating_flag f JOIN rating r ON r.id = f.rating_id"
              + " WHERE r.comment_text LIKE 'bench:%'");
      s.execute("DELETE FROM rating WHERE comment_text LIKE 'bench:%'");
    }
    List<Long> units = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM org_unit ORDER BY id")) {
      while (rs.next()) {
        units.add(rs.getLong(1));
      }
    }
    long[][] out = new long[TARGETS][2];
    c.setAutoCommit(false);
    try (PreparedStatement t =
            c.prepareStatement(
                "INSERT INTO rating_target (kind, name, unit_id, active, created_at)"
                    + " VALUES ('WINDOW', ?, ?, TRUE, NOW())",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement code =
            c.prepareStatement(
                "INSERT INTO rating_code (target_id, token, issued_at, issued_by)"
                    + " VALUES (?, ?, NOW(), 'bench')",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement link =
            c.prepareStatement("UPDATE rating_target SET current_code_id = ? WHERE id = ?")) {
      SecureRandom random = new SecureRandom();
      for (int i = 0; i < TARGETS; i++) {
        t.setString(1, "bench 窗口 " + i);
        t.setLong(2, units.get(i % units.size()));
        t.executeUpdate();
        out[i][0] = key(t);
        byte[] b = new byte[16];
        random.nextBytes(b);
        code.setLong(1, out[i][0]);
        code.setString(
            2,
            java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b).substring(0, 22));
        code.executeUpdate();
        out[i][1] = key(code);
        link.setLong(1, out[i][1]);
        link.setLong(2, out[i][0]);
        link.executeUpdate();
      }
    }
    c.commit();
    return out;
  }

  private static long key(PreparedStatement p) throws Exception {
    try (ResultSet rs = p.getGeneratedKeys()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Hour of day weights (Asia/Shanghai): office hours, some evening, little at night. */
  static final double[] HOURS = {
    0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 6, 10, 11, 10, 6, 7, 10, 10, 9, 7, 4, 3, 2, 1.5, 1, 0.5
  };

  static List<Row> generate(int total, double plantedShare, Random r) {
    double[] cumHours = cumulative(HOURS);
    // popularity of targets: a few busy windows (Zipf-like)
    double[] weights = new double[TARGETS];
    for (int i = 0; i < TARGETS; i++) {
      weights[i] = 1.0 / Math.pow(i + 1, 0.6);
    }
    double[] cumTargets = cumulative(weights);
    Set<Integer> kiosks = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      kiosks.add(r.nextInt(60)); // tablets at some of the busy windows
    }
    long start = YearMonth.of(YEAR, 1).atDay(1).atStartOfDay(SHANGHAI).toEpochSecond();
    int days = 365;
    List<Row> rows = new ArrayList<>(total);
    int planted = (int) Math.round(total * plantedShare);
    while (rows.size() < total - planted) {
      int target = pick(cumTargets, r);
      long day = r.nextInt(days);
      int hour = pick(cumHours, r);
      long at = start + day * 86400 + hour * 3600L + r.nextInt(3600);
      long device =
          kiosks.contains(target) && r.nextDouble() < 0.3
              ? -1 - target // the window's tablet
              : 1 + (long) (r.nextDouble() * 700_000); // citizens' phones, a few rate twice a year
      long network =
          r.nextDouble() < 0.6
              ? 1 + r.nextInt(40) // carrier NAT: a few big shared networks
              : 1000 + (long) (r.nextDouble() * 200_000);
      rows.add(new Row(target, device, network, at, false, r.nextDouble() < 0.0008));
    }
    long fakeDevice = 10_000_000;
    while (rows.size() < total) {
      int size = Math.min(3 + r.nextInt(6), total - rows.size());
      int target = r.nextInt(TARGETS);
      long device = fakeDevice++;
      long network = 5_000_000 + r.nextInt(100_000);
      long at = start + r.nextInt(days) * 86400L + pick(cumHours, r) * 3600L + r.nextInt(3600);
      for (int i = 0; i < size; i++) {
        rows.add(new Row(target, device, network, at, true, false));
        at += 60 + r.nextInt(7 * 60);
      }
    }
    return rows;
  }

  static void load(Connection c, long[][] targets, List<Row> rows) throws Exception {
    c.setAutoCommit(false);
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO rating (target_id, code_id, channel, attitude, efficiency, conduct,"
                + " result, dissatisfied, comment_text, device_hash, network_hash, rated_at,"
                + " excluded, verified, verification, spot_check, flagged)"
                + " VALUES (?, ?, 'QR', ?, 'SATISFIED', 'SATISFIED', ?, ?, ?, ?, ?, ?, FALSE,"
                + " FALSE, 'NO_INVITATION', FALSE, FALSE)")) {
      int n = 0;
      for (Row row : rows) {
        String level = row.dissatisfied() ? "DISSATISFIED" : "SATISFIED";
        p.setLong(1, targets[row.target()][0]);
        p.setLong(2, targets[row.target()][1]);
        p.setString(3, level);
        p.setString(4, level);
        p.setBoolean(5, row.dissatisfied());
        p.setString(6, row.planted() ? PLANTED : BENCH + "genuine");
        p.setString(7, String.format("%064x", row.device() & Long.MAX_VALUE));
        p.setString(8, String.format("%064x", row.network()));
        p.setObject(9, LocalDateTime.ofInstant(Instant.ofEpochSecond(row.at()), ZoneOffset.UTC));
        p.addBatch();
        if (++n % 5000 == 0) {
          p.executeBatch();
          c.commit();
        }
      }
      p.executeBatch();
      c.commit();
    }
  }

  /** A stored rating as the burst rule sees it. */
  record Stored(long id, String device, String network, Instant at) {}

  /**
   * Replays the bench's ratings in arrival order (per target, by time) through the server's own
   * burst rule ({@link BurstRule} with the defaults of {@link AuthenticityRules}, as {@code
   * RatingAuthenticity} applies it on arrival), stores the flags, and prints precision and recall
   * against the planted bursts.
   */
  static void detect(Connection c) throws Exception {
    long t0 = System.nanoTime();
    AuthenticityRules rules = AuthenticityRules.configured();
    BurstRule deviceRule = BurstRule.device(rules);
    BurstRule networkRule = BurstRule.network(rules);
    Map<Long, Boolean> planted = new HashMap<>();
    Set<Long> byDevice = new HashSet<>();
    Set<Long> byNetwork = new HashSet<>();
    try (Statement s = c.createStatement()) {
      s.setFetchSize(Integer.MIN_VALUE);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT id, target_id, device_hash, network_hash, rated_at, comment_text FROM rating"
                  + " WHERE comment_text LIKE 'bench:%' ORDER BY target_id, rated_at, id")) {
        long target = -1;
        List<Stored> group = new ArrayList<>();
        while (true) {
          boolean more = rs.next();
          long t = more ? rs.getLong(2) : -2;
          if (t != target && !group.isEmpty()) {
            replay(group, deviceRule, Stored::device, byDevice);
            replay(group, networkRule, Stored::network, byNetwork);
            group.clear();
          }
          if (!more) {
            break;
          }
          target = t;
          long id = rs.getLong(1);
          planted.put(id, PLANTED.equals(rs.getString(6)));
          group.add(
              new Stored(
                  id,
                  rs.getString(3),
                  rs.getString(4),
                  rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    report("BURST_DEVICE", byDevice, planted);
    report("BURST_NETWORK", byNetwork, planted);
    Set<Long> any = new HashSet<>(byDevice);
    any.addAll(byNetwork);
    report("any burst flag", any, planted);
    System.out.printf(
        "replay of %,d ratings through the server's BurstRule: %.1f s%n", planted.size(), seconds);
    long t1 = System.nanoTime();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute(
          "DELETE f FROM rating_flag f JOIN rating r ON r.id = f.rating_id"
              + " WHERE r.comment_text LIKE 'bench:%'");
      s.execute("UPDATE rating SET flagged = FALSE WHERE comment_text LIKE 'bench:%'");
    }
    try (PreparedStatement f =
            c.prepareStatement(
                "INSERT INTO rating_flag (rating_id, flag_code, evidence, flagged_at)"
                    + " VALUES (?, ?, ?, NOW())");
        PreparedStatement u = c.prepareStatement("UPDATE rating SET flagged = TRUE WHERE id = ?")) {
      int n = 0;
      for (Set<Long> set : List.of(byDevice, byNetwork)) {
        String code = set == byDevice ? "BURST_DEVICE" : "BURST_NETWORK";
        for (Long id : set) {
          f.setLong(1, id);
          f.setString(2, code);
          f.setString(3, "minutes=" + rules.burstWindow().toMinutes());
          f.addBatch();
          u.setLong(1, id);
          u.addBatch();
          if (++n % 5000 == 0) {
            f.executeBatch();
            u.executeBatch();
            c.commit();
          }
        }
      }
      f.executeBatch();
      u.executeBatch();
      c.commit();
    }
    System.out.printf("flags stored in %.1f s%n", (System.nanoTime() - t1) / 1e9);
  }

  /**
   * One target's ratings (oldest first) arriving one by one: each is checked by {@code rule}
   * against the ratings arrived before it within the rule's window, as the server does on arrival.
   */
  static void replay(
      List<Stored> group,
      BurstRule rule,
      java.util.function.Function<Stored, String> key,
      Set<Long> flagged) {
    int from = 0;
    for (int i = 0; i < group.size(); i++) {
      Stored arriving = group.get(i);
      while (group.get(from).at().isBefore(rule.from(arriving.at()))) {
        from++;
      }
      for (Stored s : rule.burstOf(arriving, group.subList(from, i + 1), key, Stored::at)) {
        flagged.add(s.id());
      }
    }
  }

  static void report(String what, Set<Long> flagged, Map<Long, Boolean> planted) {
    long truePos = flagged.stream().filter(planted::get).count();
    long plantedCount = planted.values().stream().filter(b -> b).count();
    System.out.printf(
        "%-15s flagged %,7d  true %,7d  precision %.4f  recall %.4f%n",
        what,
        flagged.size(),
        truePos,
        flagged.isEmpty() ? 0.0 : truePos / (double) flagged.size(),
        plantedCount == 0 ? 0.0 : truePos / (double) plantedCount);
  }

  static double[] cumulative(double[] w) {
    double[] c = new double[w.length];
    double sum = Arrays.stream(w).sum();
    double run = 0;
    for (int i = 0; i < w.length; i++) {
      run += w[i] / sum;
      c[i] = run;
    }
    return c;
  }

  static int pick(double[] cum, Random r) {
    int i = Arrays.binarySearch(cum, r.nextDouble());
    return Math.min(cum.length - 1, i < 0 ? -i - 1 : i);
  }
}
