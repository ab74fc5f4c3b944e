package org.hotline.infrastructure.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V10 / V10_1 on H2: the values joined with commas so far become one row per element. */
class MoveJoinedListsTest {

  private static Flyway flyway(String url, String target) {
    return Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .placeholders(Map.of("table_options", "", "timestamp", "TIMESTAMP(6)", "long_text", "CLOB"))
        .javaMigrations(new V10_1__MoveJoinedLists())
        .target(target)
        .load();
  }

  @Test
  void joinedCallbackReasonsBecomeRowsAndTheJoinedColumnGoes() throws Exception {
    String url = "jdbc:h2:mem:lists;DB_CLOSE_DELAY=-1";
    flyway(url, "8").migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO org_unit (id, code, name, kind) VALUES (1, 'U', '单位', 'STATION')");
      s.execute("INSERT INTO area (id, code, name, level) VALUES (1, 'A', '社区', 'COMMUNITY')");
      s.execute(
          "INSERT INTO category (id, code, name, police, deadline_days, leaf) VALUES (1, 'C', '类', TRUE, 5, TRUE)");
      s.execute(
          "INSERT INTO ticket (id, number, channel, confidential, area_id, category_id, urgency, content, status,"
              + " created_at, created_by, updated_at, callback_result, callback_reasons) VALUES (1, 'N1', 'PHONE_12345', FALSE,"
              + " 1, 1, 'NORMAL', '内容', 'CLOSED', CURRENT_TIMESTAMP, 'op', CURRENT_TIMESTAMP, 'DISSATISFIED', '推诿扯皮, 效率低')");

      flyway(url, "10.1").migrate();

      List<String> reasons = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT reason FROM ticket_callback_reason WHERE ticket_id = 1 ORDER BY sort_order")) {
        while (rs.next()) {
          reasons.add(rs.getString(1));
        }
      }
      assertThat(reasons).containsExactly("推诿扯皮", "效率低");
      assertThatThrownBy(() -> s.executeQuery("SELECT callback_reasons FROM ticket"))
          .hasMessageContaining("CALLBACK_REASONS");
    }
  }
}
