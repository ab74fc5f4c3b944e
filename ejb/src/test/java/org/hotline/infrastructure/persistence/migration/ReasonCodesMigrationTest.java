package org.hotline.infrastructure.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V15 on H2: callback and rectification reasons stored as labels (zh or en) become codes. */
class ReasonCodesMigrationTest {

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
  void labelsInEitherLanguageBecomeCodesAndOtherTextStays() throws Exception {
    String url = "jdbc:h2:mem:reasoncodes;DB_CLOSE_DELAY=-1";
    flyway(url, "13")
        .migrate(); // the last migration before V15 in this branch (V14 is another branch's)
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO org_unit (id, code, name, kind) VALUES (1, 'U', '单位', 'STATION')");
      s.execute("INSERT INTO area (id, code, name, level) VALUES (1, 'A', '社区', 'COMMUNITY')");
      s.execute(
          "INSERT INTO category (id, code, name, police, deadline_days, leaf) VALUES (1, 'C', '类', TRUE, 5, TRUE)");
      s.execute(
          "INSERT INTO ticket (id, number, channel, confidential, area_id, category_id, urgency, content, status,"
              + " created_at, created_by, updated_at, callback_result) VALUES (1, 'N1', 'PHONE_12345', FALSE,"
              + " 1, 1, 'NORMAL', '内容', 'CLOSED', CURRENT_TIMESTAMP, 'op', CURRENT_TIMESTAMP, 'DISSATISFIED')");
      String[] given = {"推诿扯皮", "Slow", "态度差", "Improper enforcement", "结果不满意", "处理太慢"};
      for (int i = 0; i < given.length; i++) {
        s.execute(
            "INSERT INTO ticket_callback_reason (ticket_id, sort_order, reason) VALUES (1, "
                + i
                + ", '"
                + given[i]
                + "')");
      }
      s.execute(
          "INSERT INTO rectification (id, ticket_id, unit_id, opened_at, due_at) VALUES"
              + " (1, 1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      s.execute(
          "INSERT INTO rectification_reason (rectification_id, sort_order, reason) VALUES (1, 0, 'Passing the buck')");
      s.execute(
          "INSERT INTO rectification_reason (rectification_id, sort_order, reason) VALUES (1, 1, '效率低')");

      flyway(url, "15").migrate();

      assertThat(
              column(
                  s,
                  "SELECT reason FROM ticket_callback_reason WHERE ticket_id = 1 ORDER BY sort_order"))
          .containsExactly(
              "PASSING_THE_BUCK", "SLOW", "ATTITUDE", "IMPROPER_ENFORCEMENT", "RESULT", "处理太慢");
      assertThat(
              column(
                  s,
                  "SELECT reason FROM rectification_reason WHERE rectification_id = 1 ORDER BY sort_order"))
          .containsExactly("PASSING_THE_BUCK", "SLOW");
    }
  }

  private static List<String> column(Statement s, String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
