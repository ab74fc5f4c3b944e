package org.hotline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Full-text search at scale: loads N generated tickets straight into MySQL/MariaDB (bypassing the
 * server, as a migration would), has the server rebuild its index (POST /api/search-index/rebuild)
 * and times it, then runs typical searches through the API and prints p50/p95/p99.
 *
 * <p>Usage: {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.hotline.bench.SearchBenchmark
 * -Dexec.args="baseUrl jdbcUrl user password [tickets] [rounds]"}; the server must run on that
 * database with the demo data. Loopback only.
 */
public final class SearchBenchmark {

  private static final String[] PLACES = {
    "小区", "楼下", "菜市场", "学校门口", "路口", "广场", "工地", "商场", "公园", "村口", "出租屋", "地下车库", "楼道", "医院附近",
    "公交站"
  };
  private static final String[] PROBLEMS = {
    "烧烤摊噪音扰民", "车辆违停堵路", "停电", "停水", "垃圾没人清运", "占道经营", "狗不拴绳", "夜间施工噪音", "物业乱收费", "拖欠工资", "食品过期",
    "污水直排", "燃气泄漏", "路灯损坏", "电动车被盗", "邻里纠纷", "消防通道被占", "广场舞音响太吵", "井盖缺失", "油烟扰民"
  };
  private static final String[] DETAILS = {
    "已经持续一周",
    "多次反映无果",
    "影响老人休息",
    "孩子上学不安全",
    "晚上十点以后更严重",
    "希望尽快处理",
    "周末尤其明显",
    "已经拍了照片",
    "邻居们意见很大",
    "存在安全隐患"
  };
  private static final String[] QUERIES = {
    "噪音", "停电", "物业", "违停", "垃圾清运", "油烟", "工资", "消防通道", "燃气", "路灯"
  };

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbc = args[1];
    int tickets = args.length > 4 ? Integer.parseInt(args[4]) : 1_000_000;
    int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 20;
    try (Connection db = DriverManager.getConnection(jdbc, args[2], args[3])) {
      load(db, tickets);
    }
    HttpClient admin = Sessions.login(base, "admin", "demo");
    ObjectMapper json = new ObjectMapper();
    long start = System.nanoTime();
    HttpResponse<String> started =
        admin.send(
            HttpRequest.newBuilder(URI.create(base + "/api/search-index/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    System.out.println("rebuild: HTTP " + started.statusCode() + " " + started.body());
    JsonNode status;
    do {
      Thread.sleep(5000);
      status =
          json.readTree(
              admin
                  .send(
                      HttpRequest.newBuilder(URI.create(base + "/api/search-index")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
    } while (status.get("rebuilding").asBoolean());
    System.out.printf(
        "index rebuilt: %d of %d tickets in %.0f s%n",
        status.get("indexed").asLong(),
        status.get("tickets").asLong(),
        (System.nanoTime() - start) / 1e9);

    Map<String, HttpClient> users =
        Map.of(
            "dispatcher",
            Sessions.login(base, "dispatcher", "demo"),
            "officer",
            Sessions.login(base, "officer", "demo"));
    for (var user : users.entrySet()) {
      List<Double> ms = new ArrayList<>();
      long hits = 0;
      for (int r = 0; r < rounds; r++) {
        for (String q : QUERIES) {
          String filter =
              switch (r % 3) {
                case 0 -> "";
                case 1 -> "&status=CLOSED";
                default -> "&area=CG-CG-01";
              };
          URI uri =
              URI.create(
                  base
                      + "/api/tickets?size=20&q="
                      + URLEncoder.encode(q, StandardCharsets.UTF_8)
                      + filter);
          long t0 = System.nanoTime();
          HttpResponse<String> response =
              user.getValue()
                  .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
          ms.add((System.nanoTime() - t0) / 1e6);
          if (response.statusCode() != 200) {
            throw new IllegalStateException(response.body());
          }
          hits += json.readTree(response.body()).get("total").asLong();
        }
      }
      double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(
          "%s: %d searches, mean hits %d, latency ms p50 %.1f p95 %.1f p99 %.1f max %.1f%n",
          user.getKey(),
          sorted.length,
          hits / sorted.length,
          pct(sorted, 50),
          pct(sorted, 95),
          pct(sorted, 99),
          sorted[sorted.length - 1]);
    }
    phoneLookups(base, Sessions.login(base, "operator", "demo"), json, rounds);
  }

  /**
   * The operator's lookup while typing: {@code ?phone=} with the first 7 digits of a generated
   * number (a prefix of the normalised numbers, index range scan), then 11 digits; prints
   * p50/p95/p99.
   */
  static void phoneLookups(String base, HttpClient operator, ObjectMapper json, int rounds)
      throws Exception {
    Random random = new Random(7);
    for (int digits : new int[] {7, 11}) {
      List<Double> ms = new ArrayList<>();
      long hits = 0;
      for (int i = 0; i < rounds * 10; i++) {
        String number = "139" + String.format("%08d", random.nextInt(100_000_000));
        URI uri = URI.create(base + "/api/tickets?size=10&phone=" + number.substring(0, digits));
        long t0 = System.nanoTime();
        HttpResponse<String> response =
            operator.send(
                HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        ms.add((System.nanoTime() - t0) / 1e6);
        if (response.statusCode() != 200) {
          throw new IllegalStateException(response.body());
        }
        hits += json.readTree(response.body()).get("total").asLong();
      }
      double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(
          "operator ?phone= (%d digits): %d lookups, mean hits %.1f, latency ms p50 %.1f p95 %.1f"
              + " p99 %.1f%n",
          digits,
          sorted.length,
          (double) hits / sorted.length,
          pct(sorted, 50),
          pct(sorted, 95),
          pct(sorted, 99));
    }
  }

  private static double pct(double[] sorted, double p) {
    return sorted[(int) Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)];
  }

  private static long[] ids(Connection db, String sql) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (ResultSet rs = db.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids.stream().mapToLong(Long::longValue).toArray();
  }

  private static void load(Connection db, int tickets) throws Exception {
    long[] areas = ids(db, "SELECT id FROM area WHERE level = 'COMMUNITY'");
    long[] categories = ids(db, "SELECT id FROM category WHERE leaf = TRUE");
    long[] units =
        ids(db, "SELECT id FROM org_unit WHERE kind IN ('STATION', 'BRIGADE', 'AGENCY')");
    System.out.printf(
        "loading %d tickets (%d areas, %d categories, %d units) ...%n",
        tickets, areas.length, categories.length, units.length);
    Random random = new Random(42);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    long t0 = System.nanoTime();
    db.setAutoCommit(false);
    String sql =
        "INSERT INTO ticket (number, channel, caller_name, caller_phone, confidential, address, area_id,"
            + " category_id, urgency, content, status, owner_unit_id, reply_deadline, created_at, created_by, updated_at,"
            + " caller_phone_e164, callback_attempts, version, return_count, arbitrated)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,0,FALSE)";
    try (PreparedStatement insert = db.prepareStatement(sql)) {
      for (int i = 0; i < tickets; i++) {
        Instant created = now.minus(random.nextInt(730 * 24 * 60), ChronoUnit.MINUTES);
        String content =
            PLACES[random.nextInt(PLACES.length)]
                + PROBLEMS[random.nextInt(PROBLEMS.length)]
                + "，"
                + DETAILS[random.nextInt(DETAILS.length)]
                + "。";
        int kind = random.nextInt(10);
        String status = kind < 8 ? "CLOSED" : kind == 8 ? "ASSIGNED" : "PENDING_TRIAGE";
        insert.setString(1, "BENCH-" + String.format("%07d", i));
        insert.setString(2, "PHONE_12345");
        insert.setString(3, "压测" + (i % 1000));
        String mobile = "139" + String.format("%08d", random.nextInt(100_000_000));
        insert.setString(4, mobile);
        insert.setString(
            17, "+86" + mobile); // its E.164 form, as intake stores it (docs/phone-numbers.md)
        insert.setBoolean(5, false);
        insert.setString(6, "人民路" + random.nextInt(500) + "号");
        insert.setLong(7, areas[random.nextInt(areas.length)]);
        insert.setLong(8, categories[random.nextInt(categories.length)]);
        insert.setString(9, "NORMAL");
        insert.setString(10, content);
        insert.setString(11, status);
        if ("PENDING_TRIAGE".equals(status)) {
          insert.setNull(12, java.sql.Types.BIGINT);
        } else {
          insert.setLong(12, units[random.nextInt(units.length)]);
        }
        insert.setTimestamp(13, Timestamp.from(created.plus(5, ChronoUnit.DAYS)));
        insert.setTimestamp(14, Timestamp.from(created));
        insert.setString(15, "bench");
        insert.setTimestamp(16, Timestamp.from(created));
        insert.addBatch();
        if (i % 2000 == 1999) {
          insert.executeBatch();
          db.commit();
        }
      }
      insert.executeBatch();
      db.commit();
    }
    System.out.printf("loaded %d tickets in %.0f s%n", tickets, (System.nanoTime() - t0) / 1e9);
  }
}
