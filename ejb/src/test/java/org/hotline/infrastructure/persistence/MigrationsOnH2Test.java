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
    var result = Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .placeholders(SqlDialectPlaceholders.forProduct("h2"))
        .load()
        .migrate();
    assertThat(result.success).isTrue();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT working, note FROM calendar_day WHERE cal_date = DATE '2026-02-14'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBoolean(1)).isTrue();
      assertThat(rs.getString(2)).isEqualTo("春节调休上班");
    }
  }

  @Test
  void mysqlPlaceholdersAskForInnoDbAndUtf8mb4() {
    assertThat(SqlDialectPlaceholders.forProduct("mariadb").get("table_options")).contains("utf8mb4", "InnoDB");
    assertThat(SqlDialectPlaceholders.forProduct("mysql").get("timestamp")).isEqualTo("DATETIME(6)");
  }
}
