package org.hotline.bench;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The callback queue's search ({@code GET /api/callbacks?q=}, issue 14) old and new, side by side:
 * "old" runs over JDBC the SQL the queue ran before the task index (the {@code LIKE '%…%'} over
 * ticket, service record and unit, one page of 50 and one COUNT, exactly as the JPQL became), "new"
 * asks the running server the same through the API (the task index; HTTP and JSON included). Every
 * search and filter combination of the queue page: a word of the matter over the open queue and
 * over all tasks, a piece of an external id, the last four digits of a number, a unit's name, a
 * word with the sub-centre, due and order filters, a word found nowhere, and the queue without a
 * text.
 *
 * <p>Usage: {@code java … org.hotline.bench.CallbackSearchBenchmark baseUrl jdbcUrl user password
 * [rounds] [old|new|both]} over a database filled by {@code CallbackBenchmark … load} (the server
 * must run on it for "new"; "old" needs no server).
 */
public final class CallbackSearchBenchmark {

  private CallbackSearchBenchmark() {}

  /** One search of the queue page: its label and its query parameters. */
  record Case(String label, Map<String, String> params) {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    String mode = args.length > 5 ? args[5] : "both";
    // an optional 7th argument keeps only the cases whose label contains it (e.g. "no q")
    String only = args.length > 6 ? args[6] : "";
    try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
      List<Case> cases = cases(db).stream().filter(c -> c.label().contains(only)).toList();
      System.out.printf(
          "%d rounds each after one warm-up; milliseconds (first, median, p95); load %s",
          rounds, java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")));
      if (!mode.equals("new")) {
        System.out.println("-- old: LIKE over JDBC (page of 50 + COUNT)");
        for (Case c : cases) {
          RankingBenchmark.time(c.label(), rounds, () -> old(db, c.params()));
        }
      }
      if (!mode.equals("old")) {
        System.out.println("-- new: GET /api/callbacks through the server (task index)");
        HttpClient agent = Sessions.login(base, "callback", "demo");
        HttpClient city = Sessions.login(base, "callback-city", "demo");
        for (Case c : cases) {
          HttpClient who = c.params().containsKey("agent") ? city : agent;
          RankingBenchmark.time(c.label(), rounds, () -> RankingBenchmark.get(who, url(base, c)));
        }
      }
    }
  }

  private static String url(String base, Case c) {
    StringBuilder u = new StringBuilder(base + "/api/callbacks?size=50");
    c.params().entrySet().stream()
        .filter(e -> !e.getKey().equals("agent") && !e.getKey().equals("units"))
        .forEach(
            e ->
                u.append('&')
                    .append(e.getKey())
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)));
    return u.toString();
  }

  private static List<Case> cases(Connection db) throws Exception {
    String externalId;
    String phone;
    try (PreparedStatement s =
            db.prepareStatement(
                "SELECT external_id, citizen_phone_e164 FROM service_record"
                    + " WHERE source_system LIKE 'BENCH-%' ORDER BY id DESC LIMIT 1 OFFSET 1000");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("no bench records: run CallbackBenchmark … load first");
      }
      externalId = rs.getString(1);
      phone = rs.getString(2);
    }
    String cityUnits;
    try (PreparedStatement s =
            db.prepareStatement(
                "SELECT unit_code FROM sub_centre_unit WHERE sub_centre_code = 'SC-CITY'");
        ResultSet rs = s.executeQuery()) {
      List<String> codes = new ArrayList<>();
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
      cityUnits = String.join(",", codes);
    }
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("q=噪音 (matter word), open queue", params("q", "噪音")));
    cases.add(new Case("q=噪音, status=ALL", params("q", "噪音", "status", "ALL")));
    cases.add(new Case("q=邻里纠纷调解, status=ALL", params("q", "邻里纠纷调解", "status", "ALL")));
    cases.add(new Case("q=<external id>, status=ALL", params("q", externalId, "status", "ALL")));
    cases.add(
        new Case(
            "q=<last 4 digits of a number>, status=ALL",
            params("q", phone.substring(phone.length() - 4), "status", "ALL")));
    cases.add(
        new Case(
            "q=<whole number 139…>, status=ALL", params("q", phone.substring(3), "status", "ALL")));
    cases.add(new Case("q=城关 (unit name), status=ALL", params("q", "城关", "status", "ALL")));
    cases.add(
        new Case(
            "q=噪音 sub-centre agent, due=now, sort=-due",
            params(
                "q",
                "噪音",
                "status",
                "ALL",
                "due",
                "now",
                "sort",
                "-due",
                "agent",
                "callback-city",
                "units",
                cityUnits)));
    cases.add(
        new Case(
            "q=噪音 reason=SMS_DISSATISFIED page 10",
            params("q", "噪音", "status", "ALL", "reason", "SMS_DISSATISFIED", "page", "10")));
    cases.add(new Case("q=无此内容xyz (found nowhere), ALL", params("q", "无此内容xyz", "status", "ALL")));
    cases.add(new Case("no q, status=ALL, sort=-due", params("status", "ALL", "sort", "-due")));
    cases.add(new Case("no q, status=ALL", params("status", "ALL")));
    cases.add(new Case("no q, status=ALL, page=100", params("status", "ALL", "page", "100")));
    cases.add(
        new Case(
            "no q, status=ALL, reason=SMS_DISSATISFIED",
            params("status", "ALL", "reason", "SMS_DISSATISFIED")));
    cases.add(
        new Case(
            "no q, status=ALL, sub-centre agent",
            params("status", "ALL", "agent", "callback-city", "units", cityUnits)));
    return cases;
  }

  private static Map<String, String> params(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** The page and the count the queue ran before the task index; returns the rows read. */
  static int old(Connection db, Map<String, String> p) throws Exception {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    String status = p.getOrDefault("status", "OPEN");
    if (!status.equals("ALL")) {
      where.append(" AND t.status = ?");
      args.add(status);
    }
    if ("now".equals(p.get("due"))) {
      where.append(" AND t.due_at <= ?");
      args.add(Timestamp.from(Instant.now()));
    }
    if (p.containsKey("units")) {
      String[] units = p.get("units").split(",");
      where.append(" AND u.code IN (").append("?,".repeat(units.length - 1)).append("?)");
      args.addAll(List.of(units));
    }
    if (p.containsKey("reason")) {
      where.append(" AND t.reason_code = ?");
      args.add(p.get("reason"));
    }
    String q = p.get("q");
    if (q != null) {
      String like = "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
      where.append(
          " AND (tk.number LIKE ? ESCAPE '!' OR tk.content LIKE ? ESCAPE '!'"
              + " OR sr.summary LIKE ? ESCAPE '!' OR sr.external_id LIKE ? ESCAPE '!'"
              + " OR u.name LIKE ? ESCAPE '!'");
      for (int i = 0; i < 5; i++) {
        args.add(like);
      }
      String digits = q.replaceAll("[\\s-]", "");
      if (digits.matches("\\d{4,20}")) {
        where.append(" OR tk.caller_phone_e164 LIKE ? OR sr.citizen_phone_e164 LIKE ?");
        args.add("%" + digits + "%");
        args.add("%" + digits + "%");
      }
      where.append(")");
    }
    // without a text the queue's JPQL read the task row only (joined to its unit for a sub-centre)
    String from =
        q == null
            ? " FROM callback_task t"
                + (p.containsKey("units") ? " LEFT JOIN org_unit u ON u.id = t.unit_id" : "")
            : " FROM callback_task t LEFT JOIN org_unit u ON u.id = t.unit_id"
                + " LEFT JOIN ticket tk ON tk.id = t.ticket_id"
                + " LEFT JOIN service_record sr ON sr.id = t.service_record_id";
    String order = "-due".equals(p.get("sort")) ? " DESC" : "";
    int offset = Integer.parseInt(p.getOrDefault("page", "0")) * 50;
    int rows =
        rows(
            db,
            (q == null ? "SELECT t.*" : "SELECT t.id")
                + from
                + where
                + " ORDER BY t.due_at"
                + order
                + ", t.id"
                + order
                + " LIMIT 50 OFFSET "
                + offset,
            args);
    return rows + rows(db, "SELECT COUNT(*)" + from + where, args);
  }

  private static int rows(Connection db, String sql, List<Object> args) throws Exception {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      int n = 0;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          n++;
        }
      }
      return n;
    }
  }
}
