package org.hotline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
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
import java.util.concurrent.Callable;

/**
 * Rankings at scale (issue 13): fills a database with N tickets over M months for at least U
 * handling units straight through JDBC (tickets and their {@code ticket_outcome} rows, with summer
 * seasonality of noise and dog complaints, late replies, ~10 % dissatisfied, unreachable citizens,
 * merges and re-routes), then times side by side, on the same data: the bare floor query {@code
 * SELECT owner_unit_id, COUNT(*) FROM ticket WHERE <month> GROUP BY owner_unit_id} over JDBC, the
 * monthly ranking through the API, its PDF, and the dashboard's API calls. Prints medians and p95.
 *
 * <p>Usage: {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.hotline.bench.RankingBenchmark
 * -Dexec.args="baseUrl jdbcUrl user password [tickets] [months] [units] [rounds]
 * [load|measure|both]"} (defaults 2000000 24 300 10 both). {@code load} needs only the database
 * (run it with the server stopped on H2, whose file the server locks); {@code measure} needs the
 * server on that database with the demo data; {@code exports:<server pid>} times each export of the
 * month once with the server's heap (jstat) before, at its peak and after. On H2 give the server
 * and this tool the same URL with {@code AUTO_SERVER=TRUE}: the floor then runs in the server's own
 * H2 engine over its TCP link. Loopback only.
 */
public final class RankingBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final int BATCH = 2_000;

  private RankingBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int tickets = args.length > 4 ? Integer.parseInt(args[4]) : 2_000_000;
    int months = args.length > 5 ? Integer.parseInt(args[5]) : 24;
    int units = args.length > 6 ? Integer.parseInt(args[6]) : 300;
    int rounds = args.length > 7 ? Integer.parseInt(args[7]) : 10;
    String mode = args.length > 8 ? args[8] : "both";
    YearMonth last = YearMonth.now(SHANGHAI).minusMonths(1);
    try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
      if (mode.equals("load") || mode.equals("both")) {
        long t0 = System.nanoTime();
        long[] unitIds = ensureUnits(db, units);
        load(db, tickets, months, unitIds, last);
        System.out.printf(
            "loaded %,d tickets over %d months for %d units in %.1f s%n",
            tickets, months, unitIds.length, (System.nanoTime() - t0) / 1e9);
      }
      if (mode.equals("measure") || mode.equals("both")) {
        measure(base, db, last, rounds);
      }
      if (mode.startsWith("exports:")) {
        exports(base, db, last, Long.parseLong(mode.substring("exports:".length())));
      }
    }
  }

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
          o.setString(3, rerouted ? codes[random.nextInt(codes.length)] : codes[unit]);
          o.setBoolean(4, false);
          o.setTimestamp(5, Timestamp.from(due));
          o.setTimestamp(6, replied == null ? null : Timestamp.from(replied));
          o.setTimestamp(7, closed == null ? null : Timestamp.from(closed));
          o.setTimestamp(8, calledBack == null ? null : Timestamp.from(calledBack));
          o.setString(9, result);
          o.setTimestamp(10, revisited == null ? null : Timestamp.from(revisited));
          o.setString(11, revisitResult);
          o.addBatch();
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
    db.commit();
    db.setAutoCommit(true);
  }

  static void measure(String base, Connection db, YearMonth month, int rounds) throws Exception {
    HttpClient leader = Sessions.login(base, "leader", "demo");
    Instant from = month.atDay(1).atStartOfDay(SHANGHAI).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
    System.out.printf("load average before: %s", loadAverage());
    System.out.printf(
        "database: %s, %,d tickets; month %s, %d rounds each after one warm-up; milliseconds%n",
        db.getMetaData().getDatabaseProductName(),
        ids(db, "SELECT COUNT(*) FROM ticket")[0],
        month,
        rounds);
    System.out.printf("%-60s %9s %9s%n", "what", "median", "p95");
    time(
        "floor: SELECT owner_unit_id, COUNT(*) … GROUP BY (JDBC)",
        rounds,
        () -> {
          try (PreparedStatement q =
              db.prepareStatement(
                  "SELECT owner_unit_id, COUNT(*) FROM ticket WHERE created_at >= ? AND created_at < ? GROUP BY owner_unit_id")) {
            q.setTimestamp(1, Timestamp.from(from));
            q.setTimestamp(2, Timestamp.from(to));
            int n = 0;
            try (ResultSet rs = q.executeQuery()) {
              while (rs.next()) {
                n++;
              }
            }
            return n;
          }
        });
    String m = month.toString();
    time(
        "GET /api/rankings?month=" + m,
        rounds,
        () -> get(leader, base + "/api/rankings?month=" + m));
    time(
        "GET /api/rankings/" + m + "/ranking.pdf",
        rounds,
        () -> get(leader, base + "/api/rankings/" + m + "/ranking.pdf"));
    // the dashboard (leader.js): this month, last month and a year before, the published months, a
    // drill-down
    time(
        "dashboard: GET /api/rankings?month=" + month.plusMonths(1) + " (this month)",
        rounds,
        () -> get(leader, base + "/api/rankings?month=" + month.plusMonths(1)));
    time(
        "dashboard: GET /api/rankings?month=" + month.minusMonths(1) + " (last month)",
        rounds,
        () -> get(leader, base + "/api/rankings?month=" + month.minusMonths(1)));
    time(
        "dashboard: GET /api/rankings?month=" + month.minusMonths(12) + " (a year before)",
        rounds,
        () -> get(leader, base + "/api/rankings?month=" + month.minusMonths(12)));
    time(
        "dashboard: GET /api/rankings/publications",
        rounds,
        () -> get(leader, base + "/api/rankings/publications"));
    String big = biggestUnit(db, from, to);
    time(
        "dashboard: drill-down " + big + " reply denominator",
        rounds,
        () ->
            get(
                leader,
                base
                    + "/api/rankings/"
                    + m
                    + "/units/"
                    + big
                    + "/tickets?measure=reply&part=denominator"));
    time(
        "analysis: GET /api/analysis/trends (12 months)",
        rounds,
        () ->
            get(
                leader,
                base
                    + "/api/analysis/trends?from="
                    + month.minusMonths(11)
                    + "&to="
                    + m
                    + "&by=category"));
    time(
        "analysis: GET /api/analysis/hotspots (1 month)",
        rounds,
        () -> get(leader, base + "/api/analysis/hotspots?from=" + m + "&to=" + m));
    System.out.printf("load average after: %s", loadAverage());
  }

  /**
   * The exports of one month at scale, each once (they take long): the unit with most tickets in
   * detail (every ticket, paged) with the server's heap sampled while it streams, then publication
   * and the published XLSX. {@code serverPid} is the WildFly JVM (jstat reads its heap).
   */
  static void exports(String base, Connection db, YearMonth month, long serverPid)
      throws Exception {
    HttpClient leader = Sessions.login(base, "leader", "demo");
    Instant from = month.atDay(1).atStartOfDay(SHANGHAI).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
    String m = month.toString();
    String big = biggestUnit(db, from, to);
    System.out.printf(
        "exports of %s; heap in MB (used, after a full GC before and after; peak sampled every 250 ms)%n",
        m);
    exportOnce(
        leader,
        base + "/api/rankings/" + m + "/units/" + big + "/detail.pdf",
        "detail.pdf of " + big,
        serverPid);
    exportOnce(
        leader,
        base + "/api/rankings/" + m + "/ranking.pdf",
        "ranking.pdf (preview, all classes)",
        serverPid);
    int version = publishedVersion(leader, base, m);
    exportOnce(
        leader,
        base + "/api/rankings/" + m + "/publications/" + version + "/ranking.xlsx",
        "ranking.xlsx v" + version,
        serverPid);
    exportOnce(
        leader,
        base + "/api/rankings/" + m + "/publications/" + version + "/notice.pdf",
        "notice.pdf v" + version,
        serverPid);
  }

  private static void exportOnce(HttpClient http, String url, String what, long pid)
      throws Exception {
    double before = Heap.usedAfterGc(pid);
    Heap.Sampler peak = Heap.sample(pid);
    long t0 = System.nanoTime();
    int bytes = get(http, url);
    double ms = (System.nanoTime() - t0) / 1e6;
    double max = peak.stop();
    double after = Heap.usedAfterGc(pid);
    System.out.printf(
        "%-40s %10.1f ms %,12d bytes  heap %6.1f → peak %6.1f → %6.1f MB%n",
        what, ms, bytes, before, max, after);
  }

  private static int publishedVersion(HttpClient http, String base, String month) throws Exception {
    HttpResponse<String> list =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/rankings/" + month + "/publications"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (list.statusCode() == 200 && !list.body().equals("[]")) {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(list.body())
          .get(0)
          .get("version")
          .asInt();
    }
    long t0 = System.nanoTime();
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/rankings/" + month + "/publications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"benchmark\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    System.out.printf(
        "%-40s %10.1f ms (HTTP %d)%n",
        "publish " + month, (System.nanoTime() - t0) / 1e6, r.statusCode());
    return 1;
  }

  private static String biggestUnit(Connection db, Instant from, Instant to) throws Exception {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT unit_code, COUNT(*) n FROM ticket_outcome"
                + " WHERE due_at >= ? AND due_at < ? GROUP BY unit_code ORDER BY n DESC")) {
      q.setTimestamp(1, Timestamp.from(from));
      q.setTimestamp(2, Timestamp.from(to));
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static String loadAverage() throws Exception {
    return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"));
  }

  static int get(HttpClient http, String url) throws Exception {
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          url + ": HTTP " + r.statusCode() + " " + new String(r.body()));
    }
    return r.body().length;
  }

  static void time(String what, int rounds, Callable<Integer> call) throws Exception {
    long w0 = System.nanoTime();
    try {
      call.call();
    } catch (Exception e) {
      System.out.printf(
          "%-60s failed after %.1f s: %s%n", what, (System.nanoTime() - w0) / 1e9, e.getMessage());
      return;
    }
    long[] nanos = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      call.call();
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%-48s %9.1f %9.1f%n", what, Percentiles.millis(nanos, 50), Percentiles.millis(nanos, 95));
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

  private static long[] ids(Connection db, String sql) throws Exception {
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
