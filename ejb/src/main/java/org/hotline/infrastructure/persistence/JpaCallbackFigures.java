package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hotline.domain.model.callback.CallbackFigures;

/** The callback figures as GROUP BY queries over callback_task (finished in [from, to)). */
@ApplicationScoped
public class JpaCallbackFigures implements CallbackFigures {

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
      " WHERE t.status = 'DONE' AND t.finished_at >= ?1 AND t.finished_at < ?2";

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public List<Row> byUnit(Instant from, Instant to) {
    return rows(
        "SELECT u.code, u.name, "
            + COUNTS
            + FINISHED
            + PERIOD
            + " GROUP BY u.code, u.name ORDER BY u.code",
        from,
        to);
  }

  @Override
  public List<Row> bySubCentre(Instant from, Instant to) {
    return rows(
        "SELECT sc.code, sc.name, "
            + COUNTS
            + FINISHED
            + " LEFT JOIN sub_centre_unit scu ON scu.unit_code = u.code LEFT JOIN sub_centre sc ON sc.code = scu.sub_centre_code"
            + PERIOD
            + " GROUP BY sc.code, sc.name ORDER BY sc.code",
        from,
        to);
  }

  @Override
  public List<Row> byOfficer(Instant from, Instant to) {
    // the officer a task is about: the serving officer of its service record, else the officer
    // praised
    return rows(
        "SELECT o.badge_number, o.name, "
            + COUNTS
            + FINISHED
            + " LEFT JOIN service_record sr ON sr.id = t.service_record_id"
            + " JOIN officer o ON o.id = COALESCE(sr.officer_id, t.praised_officer_id)"
            + PERIOD
            + " GROUP BY o.badge_number, o.name ORDER BY o.badge_number",
        from,
        to);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Praise> praise(Instant from, Instant to) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT t.id, t.finished_at, o.badge_number, o.name, ou.code, ou.name,"
                    + " tk.number, t.note FROM callback_task t JOIN officer o ON o.id = t.praised_officer_id"
                    + " JOIN org_unit ou ON ou.id = o.unit_id LEFT JOIN ticket tk ON tk.id = t.ticket_id"
                    + PERIOD
                    + " ORDER BY t.finished_at, t.id")
            .setParameter(1, from)
            .setParameter(2, to)
            .getResultList();
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

  @SuppressWarnings("unchecked")
  private List<Row> rows(String sql, Instant from, Instant to) {
    List<Object[]> rows =
        em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).getResultList();
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
                    n(r[6]),
                    n(r[7]),
                    n(r[8])))
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
