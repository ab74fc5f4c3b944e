package org.hotline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
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
 * [load|measure|both|ratios]"} (defaults 2000000 24 300 10 both; {@code ratios} takes only the two
 * ratio targets, each as back-to-back pairs). {@code load} needs only the database (run it with the
 * server stopped on H2, whose file the server locks); {@code measure} needs the server on that
 * database with the demo data; {@code exports:<server pid>} times each export of the month once
 * with the server's heap (jstat) before, at its peak and after. On H2 give the server and this tool
 * the same URL with {@code AUTO_SERVER=TRUE}: the floor then runs in the server's own H2 engine
 * over its TCP link. Loopback only.
 */
public final class RankingBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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
        long[] unitIds = RankingLoad.ensureUnits(db, units);
        RankingLoad.load(db, tickets, months, unitIds, last);
        System.out.printf(
            "loaded %,d tickets over %d months for %d units in %.1f s%n",
            tickets, months, unitIds.length, (System.nanoTime() - t0) / 1e9);
      }
      if (mode.equals("measure") || mode.equals("both")) {
        measure(base, db, last, rounds);
      }
      if (mode.equals("ratios")) {
        Instant from = last.atDay(1).atStartOfDay(SHANGHAI).toInstant();
        Instant to = last.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
        ratios(
            base, Sessions.login(base, "leader", "demo"), () -> floor(db, from, to), last, rounds);
      }
      if (mode.startsWith("exports:")) {
        exports(base, db, last, Long.parseLong(mode.substring("exports:".length())));
      }
    }
  }

  static void measure(String base, Connection db, YearMonth month, int rounds) throws Exception {
    HttpClient leader = Sessions.login(base, "leader", "demo");
    Instant from = month.atDay(1).atStartOfDay(SHANGHAI).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
    System.out.printf("load average before: %s", loadAverage());
    System.out.printf(
        "database: %s, %,d tickets; month %s, %d rounds each after one warm-up; milliseconds%n",
        db.getMetaData().getDatabaseProductName(),
        RankingLoad.ids(db, "SELECT COUNT(*) FROM ticket")[0],
        month,
        rounds);
    System.out.printf("%-60s %9s %9s %9s%n", "what", "first", "median", "p95");
    Callable<Integer> floor = () -> floor(db, from, to);
    time("floor: SELECT owner_unit_id, COUNT(*) … GROUP BY (JDBC)", rounds, floor);
    String m = month.toString();
    // what any API call costs here (session, security, JSON, the network stack): the part of the
    // ranking's time that no ranking code can remove
    time("API floor: GET /api/me", rounds, () -> get(leader, base + "/api/me"));
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
        "GET /api/rankings/" + month.plusMonths(1) + "/ranking.pdf (this month)",
        rounds,
        () -> get(leader, base + "/api/rankings/" + month.plusMonths(1) + "/ranking.pdf"));
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
        "analysis: GET /api/analysis/trends (12 months, by unit)",
        rounds,
        () ->
            get(
                leader,
                base
                    + "/api/analysis/trends?from="
                    + month.minusMonths(11)
                    + "&to="
                    + m
                    + "&by=unit"));
    time(
        "analysis: GET /api/analysis/dissatisfaction (12 months)",
        rounds,
        () ->
            get(
                leader,
                base + "/api/analysis/dissatisfaction?from=" + month.minusMonths(11) + "&to=" + m));
    time(
        "analysis: GET /api/analysis/praise (12 months)",
        rounds,
        () ->
            get(leader, base + "/api/analysis/praise?from=" + month.minusMonths(11) + "&to=" + m));
    time(
        "analysis: GET /api/analysis/hotspots (1 month)",
        rounds,
        () -> get(leader, base + "/api/analysis/hotspots?from=" + m + "&to=" + m));
    ratios(base, leader, floor, month, rounds * 3);
    System.out.printf("load average after: %s", loadAverage());
  }

  /** Shifts the floor's upper bound by a microsecond per call (see {@link #floor}). */
  private static final java.util.concurrent.atomic.AtomicLong FLOOR_CALLS =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * The floor: the month's tickets counted per owner unit, straight over JDBC. Each call moves the
   * upper bound back by a further microsecond (at most a millisecond: the count may miss a ticket
   * of the month's last millisecond; the floor is a timing, not a figure), so that H2 counts every
   * time: H2 answers the same prepared query with the same parameters on unchanged tables from its
   * result cache (≈ 2 ms at 2,000,000 tickets, which is no count at all).
   */
  static int floor(Connection db, Instant from, Instant to) throws Exception {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT owner_unit_id, COUNT(*) FROM ticket WHERE created_at >= ? AND created_at < ?"
                + " GROUP BY owner_unit_id")) {
      q.setTimestamp(1, Timestamp.from(from));
      q.setTimestamp(
          2, Timestamp.from(to.minusNanos(1_000 * (1 + FLOOR_CALLS.getAndIncrement() % 1_000))));
      int n = 0;
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          n++;
        }
      }
      return n;
    }
  }

  /** The two ratio targets, each as pairs taken back to back ({@code rounds} pairs). */
  static void ratios(
      String base, HttpClient leader, Callable<Integer> floor, YearMonth month, int rounds)
      throws Exception {
    // the targets as ratios, each pair taken back to back so that both see the same load of the
    // machine (the load of a shared machine moves more between lines than the code does)
    paired(
        "ratio ranking / floor (target ≤ 2)",
        rounds,
        floor,
        () -> get(leader, base + "/api/rankings?month=" + month));
    paired(
        "ratio this month's PDF / its ranking (target ≤ 3)",
        rounds,
        () -> get(leader, base + "/api/rankings?month=" + month.plusMonths(1)),
        () -> get(leader, base + "/api/rankings/" + month.plusMonths(1) + "/ranking.pdf"));
  }

  /**
   * Times {@code base} and {@code measured} back to back {@code rounds} times and prints the median
   * of each and the median and p95 of the per-pair ratio measured / base.
   */
  static void paired(String what, int rounds, Callable<Integer> base, Callable<Integer> measured)
      throws Exception {
    base.call();
    measured.call();
    long[] a = new long[rounds];
    long[] b = new long[rounds];
    long[] ratio = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      base.call();
      long t1 = System.nanoTime();
      measured.call();
      long t2 = System.nanoTime();
      a[i] = t1 - t0;
      b[i] = t2 - t1;
      // the ratio in thousandths, kept in the nanosecond array so the same percentiles apply
      ratio[i] = Math.round((t2 - t1) * 1000.0 / Math.max(1, t1 - t0)) * 1_000_000L;
    }
    Arrays.sort(a);
    Arrays.sort(b);
    Arrays.sort(ratio);
    System.out.printf(
        "%-60s base %.1f ms, measured %.1f ms (medians of %d pairs); ratio median %.2f, p95 %.2f%n",
        what,
        Percentiles.millis(a, 50),
        Percentiles.millis(b, 50),
        rounds,
        Percentiles.millis(ratio, 50) / 1000,
        Percentiles.millis(ratio, 95) / 1000);
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

  /**
   * Prints the first call (cold: nothing kept yet), then the median and p95 of {@code rounds} more.
   */
  static void time(String what, int rounds, Callable<Integer> call) throws Exception {
    long w0 = System.nanoTime();
    try {
      call.call();
    } catch (Exception e) {
      System.out.printf(
          "%-60s failed after %.1f s: %s%n", what, (System.nanoTime() - w0) / 1e9, e.getMessage());
      return;
    }
    double first = (System.nanoTime() - w0) / 1e6;
    long[] nanos = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      call.call();
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%-60s %9.1f %9.1f %9.1f%n",
        what, first, Percentiles.millis(nanos, 50), Percentiles.millis(nanos, 95));
  }
}
