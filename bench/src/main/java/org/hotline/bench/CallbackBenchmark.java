package org.hotline.bench;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The callback centre at seed 004's volume (issue 14): fills a database with N service records and
 * their callback tasks over M months straight through JDBC (the demo's stations, their officers and
 * sub-centres; ~85 % finished with satisfied / basically satisfied / dissatisfied with problem tags
 * / unreachable results and some praise, the rest open and due over the coming days), then times
 * through the running server the agent's queue (first page, a sub-centre's page, the next task),
 * the monthly figures per unit, sub-centre and officer, the tag counts and the praise of a month.
 *
 * <p>Usage: {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.hotline.bench.CallbackBenchmark
 * -Dexec.args="baseUrl jdbcUrl user password [callbacks] [months] [rounds] [load|measure|both]"}
 * (defaults 200000 6 10 both). The server must run on that database with the demo data (MariaDB
 * takes the load while the server runs). {@code sql} times the same queries the API runs straight
 * over JDBC (no server needed). Loopback only.
 */
public final class CallbackBenchmark {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final int BATCH = 2_000;
  private static final String[] RESULTS = {
    "SATISFIED",
    "SATISFIED",
    "SATISFIED",
    "SATISFIED",
    "SATISFIED",
    "BASICALLY_SATISFIED",
    "BASICALLY_SATISFIED",
    "DISSATISFIED",
    "UNREACHABLE"
  };

  /** Matters of 110 incidents and window services (接处警、窗口办事), for the queue's search. */
  static final String[] SUMMARIES = {
    "小区楼下烧烤摊噪音扰民，民警到场劝导",
    "邻里纠纷，民警到场调解",
    "电动车被盗报警，已受理立案",
    "深夜装修噪音，民警到场处置",
    "办理居住证，材料齐全当场受理",
    "补办身份证，加急办理",
    "交通事故报警，已疏导交通",
    "家庭纠纷调解，双方和解",
    "网络诈骗报警，已指导止付",
    "走失老人求助，已找到送回",
    "户口迁移咨询，一次性告知材料",
    "车辆违停堵路，已联系车主挪车",
    "酒后闹事，民警到场带离",
    "商铺门前占道经营，已移交城管",
    "丢失钱包求助，已调取监控",
  };

  private CallbackBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int callbacks = args.length > 4 ? Integer.parseInt(args[4]) : 200_000;
    int months = args.length > 5 ? Integer.parseInt(args[5]) : 6;
    int rounds = args.length > 6 ? Integer.parseInt(args[6]) : 10;
    String mode = args.length > 7 ? args[7] : "both";
    YearMonth last = YearMonth.now(SHANGHAI).minusMonths(1);
    try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
      if (mode.equals("load") || mode.equals("both")) {
        long t0 = System.nanoTime();
        load(db, callbacks, months, last);
        System.out.printf(
            "loaded %,d service records and callback tasks over %d months in %.1f s%n",
            callbacks, months, (System.nanoTime() - t0) / 1e9);
      }
      if (mode.equals("sql")) {
        measureSql(db, last, rounds);
      } else if (!mode.equals("load")) {
        measure(base, last, rounds);
      }
    }
  }

  static void load(Connection db, int callbacks, int months, YearMonth last) throws Exception {
    List<long[]> officers = new ArrayList<>(); // {officer id, unit id}
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT o.id, o.unit_id FROM officer o JOIN org_unit u ON u.id = o.unit_id WHERE u.kind IN ('STATION', 'BRIGADE')")) {
      while (rs.next()) {
        officers.add(new long[] {rs.getLong(1), rs.getLong(2)});
      }
    }
    List<String> tags = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT code FROM problem_tag WHERE parent_code IS NOT NULL")) {
      while (rs.next()) {
        tags.add(rs.getString(1));
      }
    }
    Instant start = last.minusMonths(months - 1L).atDay(1).atStartOfDay(SHANGHAI).toInstant();
    Instant end = Instant.now();
    long span = Duration.between(start, end).getSeconds();
    Random random = new Random(4);
    String run = Long.toString(System.currentTimeMillis(), 36);
    db.setAutoCommit(false);
    try (PreparedStatement record =
            db.prepareStatement(
                "INSERT INTO service_record (source_system, external_id, kind,"
                    + " occurred_at, citizen_phone, citizen_phone_e164, officer_id, unit_id, summary, received_at, received_by)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,'bench')",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement task =
            db.prepareStatement(
                "INSERT INTO callback_task (version, service_record_id, unit_id,"
                    + " reason_code, status, due_at, attempts, created_at, result, praised_officer_id, finished_at, finished_by)"
                    + " VALUES (0,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement tag =
            db.prepareStatement(
                "INSERT INTO callback_task_tag (task_id, sort_order, tag_code) VALUES (?,?,?)")) {
      for (int done = 0; done < callbacks; ) {
        int n = Math.min(BATCH, callbacks - done);
        List<Object[]> planned = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          long[] officer = officers.get(random.nextInt(officers.size()));
          Instant occurred = start.plusSeconds((long) (random.nextDouble() * span));
          String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
          record.setString(1, "BENCH-" + run);
          record.setString(2, Integer.toString(done + i));
          record.setString(3, random.nextInt(3) == 0 ? "WINDOW_SERVICE" : "INCIDENT_110");
          record.setTimestamp(4, Timestamp.from(occurred));
          record.setString(5, phone);
          record.setString(6, "+86" + phone);
          record.setLong(7, officer[0]);
          record.setLong(8, officer[1]);
          // a realistic mix of matters, each with its own number (the queue's search reads them)
          record.setString(
              9, SUMMARIES[random.nextInt(SUMMARIES.length)] + " 第" + (done + i) + "号");
          record.setTimestamp(10, Timestamp.from(occurred));
          record.addBatch();
          planned.add(new Object[] {officer, occurred});
        }
        record.executeBatch();
        List<Long> recordIds = keys(record);
        for (int i = 0; i < n; i++) {
          long[] officer = (long[]) planned.get(i)[0];
          Instant occurred = (Instant) planned.get(i)[1];
          boolean open = occurred.isAfter(end.minus(Duration.ofDays(3))) || random.nextInt(100) < 3;
          String result = open ? null : RESULTS[random.nextInt(RESULTS.length)];
          Instant finished = open ? null : occurred.plus(Duration.ofHours(2 + random.nextInt(30)));
          task.setLong(1, recordIds.get(i));
          task.setLong(2, officer[1]);
          task.setString(3, "SMS_DISSATISFIED");
          task.setString(4, open ? "OPEN" : "DONE");
          task.setTimestamp(
              5,
              Timestamp.from(
                  open
                      ? end.plus(Duration.ofMinutes(random.nextInt(4 * 24 * 60)))
                      : occurred.plus(Duration.ofDays(1))));
          task.setInt(6, open ? 0 : "UNREACHABLE".equals(result) ? 3 : 1);
          task.setTimestamp(7, Timestamp.from(occurred));
          task.setString(8, result);
          if (!open && "SATISFIED".equals(result) && random.nextInt(20) == 0) {
            task.setLong(9, officer[0]);
          } else {
            task.setNull(9, java.sql.Types.BIGINT);
          }
          task.setTimestamp(10, finished == null ? null : Timestamp.from(finished));
          task.setString(11, open ? null : "bench");
          task.addBatch();
          planned.get(i)[1] = result;
        }
        task.executeBatch();
        List<Long> taskIds = keys(task);
        for (int i = 0; i < n; i++) {
          if ("DISSATISFIED".equals(planned.get(i)[1])) {
            int count = 1 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
              tag.setLong(1, taskIds.get(i));
              tag.setInt(2, k);
              tag.setString(3, tags.get((random.nextInt(tags.size()) + k * 7) % tags.size()));
              tag.addBatch();
            }
          }
        }
        tag.executeBatch();
        db.commit();
        done += n;
      }
    }
    db.setAutoCommit(true);
  }

  private static List<Long> keys(PreparedStatement statement) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (ResultSet rs = statement.getGeneratedKeys()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  /** The queries behind the queue and the figures, over JDBC (the SQL the JPA queries become). */
  static void measureSql(Connection db, YearMonth month, int rounds) throws Exception {
    Instant from = month.atDay(1).atStartOfDay(SHANGHAI).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
    System.out.printf(
        "month %s, %d rounds each after one warm-up; milliseconds (JDBC)%n", month, rounds);
    System.out.printf("%-48s %9s %9s%n", "what", "median", "p95");
    RankingBenchmark.time(
        "queue page: open, by due_at, LIMIT 50",
        rounds,
        () ->
            count(
                db,
                "SELECT t.id FROM callback_task t LEFT JOIN org_unit u ON u.id = t.unit_id WHERE t.status = 'OPEN'"
                    + " ORDER BY t.due_at, t.id LIMIT 50"));
    RankingBenchmark.time(
        "queue total: COUNT open",
        rounds,
        () -> count(db, "SELECT COUNT(*) FROM callback_task t WHERE t.status = 'OPEN'"));
    RankingBenchmark.time(
        "sub-centre page: open, 5 units, LIMIT 50",
        rounds,
        () ->
            count(
                db,
                "SELECT t.id FROM callback_task t LEFT JOIN org_unit u ON u.id = t.unit_id WHERE t.status = 'OPEN' AND u.code IN"
                    + " ('PS-CHENGGUAN','PS-DONGGUAN','PS-XIGUAN','PS-NANJIAO','PS-BEIJIAO') ORDER BY t.due_at, t.id LIMIT 50"));
    RankingBenchmark.time(
        "done page 100: OFFSET 5000 LIMIT 50",
        rounds,
        () ->
            count(
                db,
                "SELECT t.id FROM callback_task t WHERE t.status = 'DONE' ORDER BY t.due_at, t.id LIMIT 50 OFFSET 5000"));
    String counts =
        "COUNT(*), SUM(CASE WHEN t.result = 'SATISFIED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN t.result = 'DISSATISFIED' AND tk.status IN ('REVISITING', 'CLOSED') THEN 1 ELSE 0 END)";
    String period = " WHERE t.status = 'DONE' AND t.finished_at >= ? AND t.finished_at < ?";
    RankingBenchmark.time(
        "figures by unit (month)",
        rounds,
        () ->
            count(
                db,
                "SELECT u.code, "
                    + counts
                    + " FROM callback_task t LEFT JOIN ticket tk ON tk.id = t.ticket_id LEFT JOIN org_unit u ON u.id = t.unit_id"
                    + period
                    + " GROUP BY u.code",
                from,
                to));
    RankingBenchmark.time(
        "figures by officer (month)",
        rounds,
        () ->
            count(
                db,
                "SELECT o.badge_number, "
                    + counts
                    + " FROM callback_task t LEFT JOIN ticket tk ON tk.id = t.ticket_id LEFT JOIN service_record sr"
                    + " ON sr.id = t.service_record_id JOIN officer o ON o.id = COALESCE(sr.officer_id, t.praised_officer_id)"
                    + period
                    + " GROUP BY o.badge_number",
                from,
                to));
    RankingBenchmark.time(
        "tag counts (month)",
        rounds,
        () ->
            count(
                db,
                "SELECT g.tag_code, u.code, COUNT(*)"
                    + " FROM callback_task t JOIN callback_task_tag g ON g.task_id = t.id LEFT JOIN org_unit u ON u.id = t.unit_id"
                    + " WHERE t.finished_at >= ? AND t.finished_at < ? GROUP BY g.tag_code, u.code",
                from,
                to));
  }

  private static int count(Connection db, String sql, Instant... range) throws Exception {
    try (PreparedStatement q = db.prepareStatement(sql)) {
      for (int i = 0; i < range.length; i++) {
        q.setTimestamp(i + 1, Timestamp.from(range[i]));
      }
      int n = 0;
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          n++;
        }
      }
      return n;
    }
  }

  static void measure(String base, YearMonth month, int rounds) throws Exception {
    HttpClient agent = Sessions.login(base, "callback", "demo");
    HttpClient subCentre = Sessions.login(base, "callback-city", "demo");
    HttpClient leader = Sessions.login(base, "leader", "demo");
    String m = month.toString();
    System.out.printf("month %s, %d rounds each after one warm-up; milliseconds%n", m, rounds);
    System.out.printf("%-48s %9s %9s%n", "what", "median", "p95");
    RankingBenchmark.time(
        "queue: GET /api/callbacks (first 50 open)",
        rounds,
        () -> RankingBenchmark.get(agent, base + "/api/callbacks?size=50"));
    RankingBenchmark.time(
        "queue: GET /api/callbacks?due=now",
        rounds,
        () -> RankingBenchmark.get(agent, base + "/api/callbacks?size=50&due=now"));
    RankingBenchmark.time(
        "queue: sub-centre's own (callback-city)",
        rounds,
        () -> RankingBenchmark.get(subCentre, base + "/api/callbacks?size=50"));
    RankingBenchmark.time(
        "queue: GET /api/callbacks?status=DONE (page 100)",
        rounds,
        () -> RankingBenchmark.get(agent, base + "/api/callbacks?size=50&status=DONE&page=100"));
    RankingBenchmark.time(
        "figures by unit: GET /api/callback-figures",
        rounds,
        () -> RankingBenchmark.get(leader, base + "/api/callback-figures?month=" + m));
    RankingBenchmark.time(
        "figures by sub-centre",
        rounds,
        () -> RankingBenchmark.get(leader, base + "/api/callback-figures?by=subCentre&month=" + m));
    RankingBenchmark.time(
        "figures by officer",
        rounds,
        () -> RankingBenchmark.get(leader, base + "/api/callback-figures?by=officer&month=" + m));
    RankingBenchmark.time(
        "tag counts: GET /api/problem-tags/counts",
        rounds,
        () -> RankingBenchmark.get(leader, base + "/api/problem-tags/counts?month=" + m));
    RankingBenchmark.time(
        "praise: GET /api/praise",
        rounds,
        () -> RankingBenchmark.get(leader, base + "/api/praise?month=" + m));
  }
}
