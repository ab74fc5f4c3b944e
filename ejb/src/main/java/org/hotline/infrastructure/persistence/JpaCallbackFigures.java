package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hotline.domain.model.callback.CallbackFigures;
import org.hotline.domain.model.callback.CallbackTally;
import org.hotline.domain.model.shared.MonthKey;
import org.hotline.domain.model.ticket.CallbackResult;

/**
 * The callback figures read from the monthly summaries {@code callback_month} / {@code
 * callback_tag_month} (migration V20: a few hundred rows a month), kept up to date by {@link
 * #record} in the transaction that finishes a task; "dissatisfied handled" depends on the ticket's
 * status now, so it is counted at read time over the month's dissatisfied tasks (index {@code
 * ix_callback_task_result}). {@code from}/{@code to} bound one business month.
 */
@ApplicationScoped
public class JpaCallbackFigures implements CallbackFigures {

  private static final String SUMS =
      "SUM(m.done), SUM(m.satisfied), SUM(m.basically_satisfied), SUM(m.dissatisfied),"
          + " SUM(m.unreachable), SUM(m.praised)";

  private static final List<String> KEY = List.of("month_key", "unit_id", "officer_id");

  private static final List<String> COUNTS =
      List.of("done", "satisfied", "basically_satisfied", "dissatisfied", "unreachable", "praised");

  /** Dissatisfied ticket tasks of the month whose rectification was reported. */
  private static final String HANDLED =
      " FROM callback_task t JOIN ticket tk ON tk.id = t.ticket_id"
          + " LEFT JOIN org_unit u ON u.id = t.unit_id"
          + " WHERE t.result = 'DISSATISFIED' AND t.finished_at >= ?1 AND t.finished_at < ?2"
          + " AND t.status = 'DONE' AND tk.status IN ('REVISITING', 'CLOSED')";

  private static final String PERIOD =
      " WHERE t.status = 'DONE' AND t.finished_at >= ?1 AND t.finished_at < ?2";

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Inject private SummaryRows summary;

  @Override
  public void record(CallbackTally before, CallbackTally after) {
    if (java.util.Objects.equals(before, after)) {
      return;
    }
    if (before != null) {
      add(before, -1);
    }
    if (after != null) {
      add(after, 1);
    }
  }

  private void add(CallbackTally t, long sign) {
    summary.add(
        "callback_month",
        KEY,
        List.of(t.monthKey(), t.unitId(), t.officerId()),
        COUNTS,
        List.of(
            sign,
            t.result() == CallbackResult.SATISFIED ? sign : 0,
            t.result() == CallbackResult.BASICALLY_SATISFIED ? sign : 0,
            t.result() == CallbackResult.DISSATISFIED ? sign : 0,
            t.result() == CallbackResult.UNREACHABLE ? sign : 0,
            t.praised() ? sign : 0));
    for (String tag : t.tags()) {
      summary.add(
          "callback_tag_month",
          List.of("month_key", "tag_code", "unit_id"),
          List.of(t.monthKey(), tag, t.unitId()),
          List.of("task_count"),
          List.of(sign));
    }
  }

  @Override
  public List<Row> byUnit(Instant from, Instant to, List<String> units) {
    return rows(
        "SELECT u.code, u.name, "
            + SUMS
            + " FROM callback_month m LEFT JOIN org_unit u ON u.id = m.unit_id"
            + " WHERE m.month_key = ?1"
            + scope(units, 2)
            + " GROUP BY u.code, u.name HAVING SUM(m.done) > 0 ORDER BY u.code",
        "SELECT u.code, COUNT(*)" + HANDLED + scope(units, 3) + " GROUP BY u.code",
        from,
        to,
        units);
  }

  @Override
  public List<Row> bySubCentre(Instant from, Instant to, List<String> units) {
    String centre =
        " LEFT JOIN sub_centre_unit scu ON scu.unit_code = u.code"
            + " LEFT JOIN sub_centre sc ON sc.code = scu.sub_centre_code";
    return rows(
        "SELECT sc.code, sc.name, "
            + SUMS
            + " FROM callback_month m LEFT JOIN org_unit u ON u.id = m.unit_id"
            + centre
            + " WHERE m.month_key = ?1"
            + scope(units, 2)
            + " GROUP BY sc.code, sc.name HAVING SUM(m.done) > 0"
            + " ORDER BY sc.code",
        "SELECT sc.code, COUNT(*)"
            + HANDLED.replace(" WHERE", centre + " WHERE")
            + scope(units, 3)
            + " GROUP BY sc.code",
        from,
        to,
        units);
  }

  @Override
  public List<Row> byOfficer(Instant from, Instant to, List<String> units) {
    // the officer a task is about: the serving officer of its service record, else the officer
    // praised (officer_id of the summary; 0 = none, left out as the raw JOIN leaves it out)
    return rows(
        "SELECT o.badge_number, o.name, "
            + SUMS
            + " FROM callback_month m JOIN officer o ON o.id = m.officer_id"
            + " LEFT JOIN org_unit u ON u.id = m.unit_id"
            + " WHERE m.month_key = ?1"
            + scope(units, 2)
            + " GROUP BY o.badge_number, o.name HAVING SUM(m.done) > 0"
            + " ORDER BY o.badge_number",
        "SELECT o.badge_number, COUNT(*)"
            + HANDLED.replace(
                " WHERE",
                " LEFT JOIN service_record sr ON sr.id = t.service_record_id"
                    + " JOIN officer o ON o.id = COALESCE(sr.officer_id, t.praised_officer_id) WHERE")
            + scope(units, 3)
            + " GROUP BY o.badge_number",
        from,
        to,
        units);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Praise> praise(Instant from, Instant to, List<String> units) {
    if (units != null && units.isEmpty()) {
      return List.of();
    }
    jakarta.persistence.Query q =
        em.createNativeQuery(
                "SELECT t.id, t.finished_at, o.badge_number, o.name, ou.code, ou.name,"
                    + " tk.number, t.note FROM callback_task t JOIN officer o ON o.id = t.praised_officer_id"
                    + " JOIN org_unit ou ON ou.id = o.unit_id LEFT JOIN ticket tk ON tk.id = t.ticket_id"
                    + " LEFT JOIN org_unit u ON u.id = t.unit_id"
                    + PERIOD
                    + scope(units, 3)
                    + " ORDER BY t.finished_at, t.id")
            .setParameter(1, from)
            .setParameter(2, to);
    if (units != null) {
      q.setParameter(3, units);
    }
    List<Object[]> rows = q.getResultList();
    return rows.stream()
        .map(
            r ->
                new Praise(
                    ((Number) r[0]).longValue(),
                    instant(r[1]),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7]))
        .toList();
  }

  /**
   * The condition limiting a query to the serving units {@code units} (alias {@code u} of the
   * serving unit, as ordinal parameter {@code ordinal}: 2 in the summary queries that have one
   * parameter, 3 in those bounded by two instants), empty for all.
   */
  private static String scope(List<String> units, int ordinal) {
    return units == null ? "" : " AND u.code IN (?" + ordinal + ")";
  }

  @SuppressWarnings("unchecked")
  private List<Row> rows(
      String summarySql, String handledSql, Instant from, Instant to, List<String> units) {
    if (units != null && units.isEmpty()) {
      return List.of();
    }
    jakarta.persistence.Query hq =
        em.createNativeQuery(handledSql).setParameter(1, from).setParameter(2, to);
    jakarta.persistence.Query sq =
        em.createNativeQuery(summarySql).setParameter(1, MonthKey.of(from));
    if (units != null) {
      hq.setParameter(3, units);
      sq.setParameter(2, units);
    }
    List<Object[]> handledRows = hq.getResultList();
    java.util.Map<String, Long> handled = new java.util.HashMap<>();
    for (Object[] r : handledRows) {
      handled.put((String) r[0], n(r[1]));
    }
    List<Object[]> rows = sq.getResultList();
    return rows.stream()
        .map(
            r ->
                new Row(
                    (String) r[0],
                    (String) r[1],
                    n(r[2]),
                    n(r[3]),
                    n(r[4]),
                    n(r[5]),
                    handled.getOrDefault((String) r[0], 0L),
                    n(r[6]),
                    n(r[7])))
        .toList();
  }

  private static long n(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static Instant instant(Object o) {
    if (o instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (o instanceof java.time.LocalDateTime ldt) {
      return ldt.toInstant(java.time.ZoneOffset.UTC);
    }
    if (o instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    return (Instant) o;
  }
}
