package org.hotline.infrastructure.testing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.infrastructure.persistence.HotlineDataSource;

/**
 * The monthly figures computed straight from the raw rows (every task and survey of the month) with
 * plain JDBC — the independent route against which tests check the monthly summaries (issue 14).
 * The SQL is the statistics' SQL before the summaries existed. Tests only ({@code
 * -Dhotline.testing=true}; 404 otherwise; admin).
 */
@Stateless
@RolesAllowed(org.hotline.domain.model.user.Role.ADMIN_ROLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RawFigures {

  /** SMS statistics per unit: unit, surveys, sent, answered, satisfied, dissatisfied, … */
  static final String SMS =
      "SELECT s.unit_code, SUM(CASE WHEN s.status <> 'SKIPPED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN s.status IN ('SUBMITTED', 'DELIVERED', 'UNDELIVERED') THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN s.answer IS NOT NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN s.answer IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN s.answer = 'DISSATISFIED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN s.answer = 'UNPARSEABLE' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN s.status IN ('FAILED', 'UNDELIVERED', 'SEND_UNCERTAIN') THEN 1 ELSE 0 END)"
          + " FROM sms_survey s WHERE s.queued_at >= ? AND s.queued_at < ?"
          + " GROUP BY s.unit_code ORDER BY s.unit_code";

  private static final String COUNTS =
      "COUNT(*),"
          + " SUM(CASE WHEN t.result = 'SATISFIED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN t.result = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN t.result = 'DISSATISFIED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN t.result = 'DISSATISFIED' AND tk.status IN ('REVISITING', 'CLOSED') THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN t.result = 'UNREACHABLE' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN t.praised_officer_id IS NOT NULL THEN 1 ELSE 0 END)";

  private static final String FINISHED =
      " FROM callback_task t LEFT JOIN ticket tk ON tk.id = t.ticket_id"
          + " LEFT JOIN org_unit u ON u.id = t.unit_id";

  private static final String PERIOD =
      " WHERE t.status = 'DONE' AND t.finished_at >= ? AND t.finished_at < ?"
          // a done task of a ticket excluded from the figures (its rating 剔除) counts nowhere
          + " AND (tk.id IS NULL OR tk.figures_excluded = FALSE)";

  /** Callback figures by unit, sub-centre and officer; tag counts. */
  static final Map<String, String> CALLBACKS =
      Map.of(
          "unit",
          "SELECT u.code, " + COUNTS + FINISHED + PERIOD + " GROUP BY u.code ORDER BY u.code",
          "subCentre",
          "SELECT sc.code, "
              + COUNTS
              + FINISHED
              + " LEFT JOIN sub_centre_unit scu ON scu.unit_code = u.code"
              + " LEFT JOIN sub_centre sc ON sc.code = scu.sub_centre_code"
              + PERIOD
              + " GROUP BY sc.code ORDER BY sc.code",
          "officer",
          "SELECT o.badge_number, "
              + COUNTS
              + FINISHED
              + " LEFT JOIN service_record sr ON sr.id = t.service_record_id"
              + " JOIN officer o ON o.id = COALESCE(sr.officer_id, t.praised_officer_id)"
              + PERIOD
              + " GROUP BY o.badge_number ORDER BY o.badge_number");

  static final String TAGS =
      "SELECT g.tag_code, u.code, COUNT(*) FROM callback_task t"
          + " JOIN callback_task_tag g ON g.task_id = t.id LEFT JOIN org_unit u ON u.id = t.unit_id"
          + " LEFT JOIN ticket tk ON tk.id = t.ticket_id"
          + " WHERE t.finished_at >= ? AND t.finished_at < ?"
          + " AND (tk.id IS NULL OR tk.figures_excluded = FALSE) GROUP BY g.tag_code, u.code"
          + " ORDER BY g.tag_code, u.code";

  @Resource(lookup = HotlineDataSource.JNDI_NAME)
  private DataSource dataSource;

  /**
   * The raw figures of {@code month} ({@code yyyy-MM}, Asia/Shanghai): {@code sms} [unit, surveys,
   * sent, answered, satisfied, dissatisfied, unparseable, failed], {@code unit} / {@code subCentre}
   * / {@code officer} [key, done, satisfied, basicallySatisfied, dissatisfied, dissatisfiedHandled,
   * unreachable, praised], {@code tags} [tag, unit, count].
   */
  public Map<String, List<List<Object>>> of(String month) throws SQLException {
    if (!Boolean.getBoolean(TestClock.ENABLED)) {
      throw new HotlineException(ErrorCode.NOT_FOUND, "testing");
    }
    YearMonth m = YearMonth.parse(month);
    Instant from = m.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    Instant to = m.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    Map<String, List<List<Object>>> out = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      out.put("sms", rows(c, SMS, from, to));
      for (String by : List.of("unit", "subCentre", "officer")) {
        out.put(by, rows(c, CALLBACKS.get(by), from, to));
      }
      out.put("tags", rows(c, TAGS, from, to));
    }
    return out;
  }

  private static List<List<Object>> rows(Connection c, String sql, Instant from, Instant to)
      throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(sql)) {
      // stored in UTC (hibernate.jdbc.time_zone), whatever the JVM's zone
      java.util.Calendar utc =
          java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
      q.setTimestamp(1, Timestamp.from(from), utc);
      q.setTimestamp(2, Timestamp.from(to), utc);
      try (ResultSet rs = q.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            Object v = rs.getObject(i);
            row.add(v instanceof Number num ? (Object) num.longValue() : v);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
