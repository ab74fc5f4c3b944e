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
