package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.callback.CallbackTaskQuery;
import org.hotline.domain.model.callback.CallbackTaskRepository;
import org.hotline.domain.model.callback.CallbackTaskStatus;

/** JPA repository of callback tasks (回访任务); the queue reads the index (status, due_at). */
@ApplicationScoped
public class JpaCallbackTaskRepository implements CallbackTaskRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public Optional<CallbackTask> find(Long id) {
    return Optional.ofNullable(em.find(CallbackTask.class, id));
  }

  @Override
  public Optional<CallbackTask> findForUpdate(Long id) {
    return Optional.ofNullable(em.find(CallbackTask.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<CallbackTask> openForTicket(Long ticketId) {
    return em.createQuery(
            "SELECT t FROM CallbackTask t WHERE t.ticket.id = :id AND t.status = :open",
            CallbackTask.class)
        .setParameter("id", ticketId)
        .setParameter("open", CallbackTaskStatus.OPEN)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CallbackTask> openForServiceRecord(Long serviceRecordId) {
    return em.createQuery(
            "SELECT t FROM CallbackTask t WHERE t.serviceRecord.id = :id AND t.status = :open",
            CallbackTask.class)
        .setParameter("id", serviceRecordId)
        .setParameter("open", CallbackTaskStatus.OPEN)
        .getResultStream()
        .findFirst();
  }

  private static String where(CallbackTaskStatus status, Instant dueBy, List<String> unitCodes) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    if (status != null) {
      w.append(" AND t.status = :status");
    }
    if (dueBy != null) {
      w.append(" AND t.dueAt <= :dueBy");
    }
    if (unitCodes != null) {
      w.append(unitCodes.isEmpty() ? " AND 1 = 0" : " AND t.unit.code IN :units");
    }
    return w.toString();
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> q, CallbackTaskStatus status, Instant dueBy, List<String> unitCodes) {
    if (status != null) {
      q.setParameter("status", status);
    }
    if (dueBy != null) {
      q.setParameter("dueBy", dueBy);
    }
    if (unitCodes != null && !unitCodes.isEmpty()) {
      q.setParameter("units", unitCodes);
    }
    return q;
  }

  @Override
  public List<CallbackTask> page(CallbackTaskQuery query, int offset, int limit) {
    // the tickets, records and units of a page load in batches (hibernate.default_batch_fetch_size)
    String order = query.latestDueFirst() ? " DESC" : "";
    String jpql =
        "SELECT t FROM CallbackTask t"
            + search(query)
            + " ORDER BY t.dueAt"
            + order
            + ", t.id"
            + order;
    return bindSearch(em.createQuery(jpql, CallbackTask.class), query)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(CallbackTaskQuery query) {
    return bindSearch(
            em.createQuery("SELECT COUNT(t) FROM CallbackTask t" + search(query), Long.class),
            query)
        .getSingleResult();
  }

  /** Joins and conditions of a queue page (the joins only when a condition needs them). */
  private static String search(CallbackTaskQuery query) {
    boolean text = query.text() != null;
    String joins =
        (query.unitCodes() != null || text ? " LEFT JOIN t.unit u" : "")
            + (text ? " LEFT JOIN t.ticket tk LEFT JOIN t.serviceRecord sr" : "");
    StringBuilder w =
        new StringBuilder(
            where(query.status(), query.dueBy(), query.unitCodes())
                .replace("t.unit.code", "u.code"));
    if (query.reasonCode() != null) {
      w.append(" AND t.reasonCode = :reason");
    }
    if (text) {
      w.append(
          " AND (tk.number LIKE :text ESCAPE '!' OR tk.content LIKE :text ESCAPE '!'"
              + " OR sr.summary LIKE :text ESCAPE '!' OR sr.externalId LIKE :text ESCAPE '!'"
              + " OR u.name LIKE :text ESCAPE '!'");
      if (phoneDigits(query.text()) != null) {
        w.append(" OR tk.caller.phoneE164 LIKE :phone OR sr.citizenPhoneE164 LIKE :phone");
      }
      w.append(")");
    }
    return joins + w;
  }

  private static <T> TypedQuery<T> bindSearch(TypedQuery<T> q, CallbackTaskQuery query) {
    bind(q, query.status(), query.dueBy(), query.unitCodes());
    if (query.reasonCode() != null) {
      q.setParameter("reason", query.reasonCode());
    }
    if (query.text() != null) {
      String escaped = query.text().replace("!", "!!").replace("%", "!%").replace("_", "!_");
      q.setParameter("text", "%" + escaped + "%");
      String digits = phoneDigits(query.text());
      if (digits != null) {
        q.setParameter("phone", "%" + digits + "%");
      }
    }
    return q;
  }

  /**
   * The words as a piece of a phone number (4 to 20 digits, blanks and dashes ignored), or null.
   */
  private static String phoneDigits(String text) {
    String digits = text.replaceAll("[\\s-]", "");
    return digits.matches("\\d{4,20}") ? digits : null;
  }

  @Override
  public Optional<CallbackTask> nextFor(String username, Instant now, List<String> unitCodes) {
    String jpql =
        "SELECT t FROM CallbackTask t"
            + (unitCodes != null ? " LEFT JOIN t.unit u" : "")
            + where(CallbackTaskStatus.OPEN, null, unitCodes).replace("t.unit.code", "u.code")
            + " AND (t.assignee IS NULL OR t.assignee = :me) AND (t.attempts = 0 OR t.dueAt <= :now)"
            + " ORDER BY t.dueAt, t.id";
    return bind(em.createQuery(jpql, CallbackTask.class), CallbackTaskStatus.OPEN, null, unitCodes)
        .setParameter("me", username)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Object[]> tagCounts(Instant from, Instant to) {
    // the monthly summary callback_tag_month (V20), kept by JpaCallbackFigures.record
    return em.createNativeQuery(
            "SELECT m.tag_code, u.code, SUM(m.task_count) FROM callback_tag_month m"
                + " LEFT JOIN org_unit u ON u.id = m.unit_id WHERE m.month_key = ?1"
                + " GROUP BY m.tag_code, u.code HAVING SUM(m.task_count) > 0 ORDER BY m.tag_code, u.code")
        .setParameter(1, org.hotline.domain.model.shared.MonthKey.of(from))
        .getResultList();
  }

  @Override
  public void save(CallbackTask task) {
    em.persist(task);
  }
}
