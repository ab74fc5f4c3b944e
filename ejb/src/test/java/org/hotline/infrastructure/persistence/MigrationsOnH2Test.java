package org.hotline.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The versioned migrations run on H2 as they do in the server (MariaDB is covered by the ITs). */
class MigrationsOnH2Test {

  @Test
  void migrationsCreateTheSchemaAndSeedThe2026Calendar() throws Exception {
    String url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";
    var result =
        Flyway.configure()
            .dataSource(url, "sa", "")
            .locations("classpath:db/migration")
            .placeholders(SqlDialectPlaceholders.forProduct("h2"))
            .javaMigrations(SchemaMigration.javaMigrations())
            .load()
            .migrate();
    assertThat(result.success).isTrue();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT working, note FROM calendar_day WHERE cal_date = DATE '2026-02-14'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBoolean(1)).isTrue();
      assertThat(rs.getString(2)).isEqualTo("春节调休上班");
    }
  }

  @Test
  void existingCallerNumbersAreNormalisedByTheMigration() throws Exception {
    String url = "jdbc:h2:mem:phones;DB_CLOSE_DELAY=-1";
    migrateTo(url, "9");
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement().execute("SET REFERENTIAL_INTEGRITY FALSE");
      String[] phones = {"139-1234-5678", "+86 139 1234 5678", "0531-8888 1234", "12345", null};
      for (int i = 0; i < phones.length; i++) {
        var insert =
            c.prepareStatement(
                "INSERT INTO ticket (number, channel, caller_phone, confidential, area_id,"
                    + " category_id, urgency, content, status, created_at, created_by, updated_at)"
                    + " VALUES (?, 'PHONE_12345', ?, FALSE, 1, 1, 'NORMAL', 'x', 'PENDING_TRIAGE', CURRENT_TIMESTAMP, 'op',"
                    + " CURRENT_TIMESTAMP)");
        insert.setString(1, "20261129-00000" + i);
        insert.setString(2, phones[i]);
        insert.executeUpdate();
      }
    }
    migrateTo(url, "9.1");
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT caller_phone_e164 FROM ticket ORDER BY number")) {
      java.util.List<String> normalised = new java.util.ArrayList<>();
      while (rs.next()) {
        normalised.add(rs.getString(1));
      }
      assertThat(normalised)
          .containsExactly("+8613912345678", "+8613912345678", "+8653188881234", null, null);
    }
  }

  /**
   * V22_1 sums the existing outcomes into the monthly summary; the summary equals a recount of the
   * same outcomes in plain SQL (month boundaries written as UTC instants), month by month.
   */
  @Test
  void theMonthlySummaryStartsEqualToARecountOfTheOutcomes() throws Exception {
    String url = "jdbc:h2:mem:tallies;DB_CLOSE_DELAY=-1";
    migrateTo(url, "22");
    java.util.Random random = new java.util.Random(22);
    // Shanghai month boundaries of August to November 2030, in UTC
    String[] bounds = {
      "2030-07-31 16:00:00", "2030-08-31 16:00:00", "2030-09-30 16:00:00", "2030-10-31 16:00:00"
    };
    String[] results = {"SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNREACHABLE", null};
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement().execute("SET REFERENTIAL_INTEGRITY FALSE");
      var insert =
          c.prepareStatement(
              "INSERT INTO ticket_outcome (ticket_id, unit_code, first_unit_code, direct_answer,"
                  + " merged, due_at, replied_at, closed_at, callback_at, callback_result, revisit_at,"
                  + " revisit_result) VALUES (?,?,?,FALSE,?,?,?,?,?,?,?,?)");
      java.time.LocalDateTime start = java.time.LocalDateTime.parse("2030-08-25T00:00:00");
      for (int i = 0; i < 3000; i++) {
        // instants within a few days of the month ends, so that boundaries are met often
        java.time.LocalDateTime due = start.plusSeconds(random.nextInt(60 * 86_400));
        String unit = "U" + random.nextInt(7);
        String result = results[random.nextInt(results.length)];
        insert.setLong(1, i + 1);
        insert.setString(2, unit);
        insert.setString(3, random.nextInt(10) == 0 ? "U" + random.nextInt(7) : unit);
        insert.setBoolean(4, random.nextInt(30) == 0);
        insert.setObject(5, random.nextInt(20) == 0 ? null : due);
        insert.setObject(6, random.nextBoolean() ? due.minusHours(3) : due.plusSeconds(1));
        insert.setObject(7, random.nextInt(4) == 0 ? null : due.plusHours(random.nextInt(200)));
        insert.setObject(8, result == null ? null : due.plusHours(random.nextInt(300)));
        insert.setString(9, result);
        boolean revisit = random.nextInt(5) == 0;
        insert.setObject(10, revisit ? due.plusHours(random.nextInt(400)) : null);
        insert.setString(11, revisit ? results[random.nextInt(3)] : null);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    migrateTo(url, "22.1");
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      for (int m = 0; m < 3; m++) {
        String month = "2030-" + String.format("%02d", 8 + m);
        for (String attribution : new String[] {"FINAL_UNIT", "FIRST_UNIT"}) {
          String unit = attribution.equals("FINAL_UNIT") ? "unit_code" : "first_unit_code";
          java.util.Map<String, java.util.List<Long>> recount = new java.util.TreeMap<>();
          String f = "TIMESTAMP '" + bounds[m] + "'";
          String t = "TIMESTAMP '" + bounds[m + 1] + "'";
          String[] recounts = {
            "SELECT "
                + unit
                + ", COUNT(*), SUM(CASE WHEN replied_at <= due_at THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN closed_at < "
                + t
                + " THEN 1 ELSE 0 END), 0, 0, 0, 0, 0, 0 FROM ticket_outcome WHERE NOT merged AND due_at >= "
                + f
                + " AND due_at < "
                + t
                + " GROUP BY "
                + unit,
            "SELECT "
                + unit
                + ", 0, 0, 0, SUM(CASE WHEN callback_result = 'SATISFIED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN callback_result = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN callback_result = 'DISSATISFIED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN callback_result = 'UNREACHABLE' THEN 1 ELSE 0 END), 0, 0"
                + " FROM ticket_outcome WHERE NOT merged AND callback_at >= "
                + f
                + " AND callback_at < "
                + t
                + " GROUP BY "
                + unit,
            "SELECT "
                + unit
                + ", 0, 0, 0, 0, 0, 0, 0, COUNT(*), SUM(CASE WHEN revisit_result IN ('SATISFIED',"
                + " 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END) FROM ticket_outcome WHERE NOT merged"
                + " AND revisit_at >= "
                + f
                + " AND revisit_at < "
                + t
                + " GROUP BY "
                + unit
          };
          for (String sql : recounts) {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
              while (rs.next()) {
                java.util.List<Long> row =
                    recount.computeIfAbsent(
                        rs.getString(1),
                        k ->
                            new java.util.ArrayList<>(
                                java.util.List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)));
                for (int k = 0; k < 9; k++) {
                  row.set(k, row.get(k) + rs.getLong(k + 2));
                }
              }
            }
          }
          java.util.Map<String, java.util.List<Long>> summary = new java.util.TreeMap<>();
          var q =
              c.prepareStatement(
                  "SELECT unit_code, due_count, replied_on_time, closed_count, satisfied,"
                      + " basically_satisfied, dissatisfied, unreachable, revisits, revisits_satisfied"
                      + " FROM ranking_tally WHERE ranking_month = ? AND attribution = ?");
          q.setString(1, month);
          q.setString(2, attribution);
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              java.util.List<Long> row = new java.util.ArrayList<>();
              for (int k = 0; k < 9; k++) {
                row.add(rs.getLong(k + 2));
              }
              summary.put(rs.getString(1), row);
            }
          }
          assertThat(summary).as(month + " " + attribution).isEqualTo(recount);
          assertThat(summary.values().stream().mapToLong(r -> r.get(0)).sum())
              .as("tickets due in " + month)
              .isGreaterThan(100);
        }
      }
    }
  }

  private static void migrateTo(String url, String version) {
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .placeholders(SqlDialectPlaceholders.forProduct("h2"))
        .javaMigrations(SchemaMigration.javaMigrations())
        .target(version)
        .load()
        .migrate();
  }

  @Test
  void mysqlPlaceholdersAskForInnoDbAndUtf8mb4() {
    assertThat(SqlDialectPlaceholders.forProduct("mariadb").get("table_options"))
        .contains("utf8mb4", "InnoDB");
    assertThat(SqlDialectPlaceholders.forProduct("mysql").get("timestamp"))
        .isEqualTo("DATETIME(6)");
  }
}
