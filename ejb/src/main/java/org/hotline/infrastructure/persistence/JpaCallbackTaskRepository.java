package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.infrastructure.search.CallbackTaskFullTextSearch;

/**
 * JPA repository of callback tasks (回访任务); the queue reads the index (status, due_at), a search
 * with a text the full-text index of tasks.
 */
@ApplicationScoped
public class JpaCallbackTaskRepository implements CallbackTaskRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Inject private CallbackTaskFullTextSearch fullText;

  @Override
  public Optional<CallbackTask> find(Long id) {
    return Optional.ofNullable(em.find(CallbackTask.class, id));
  }

  /**
   * The task locked for update and read as committed after the lock: also when it was read before
   * in this transaction (the queue's next task; locking a stale copy with a version check would
   * fail as a concurrent update instead of showing the other agent's claim or outcome), and on H2,
   * whose {@code SELECT … FOR UPDATE} returns the row as it was before the wait.
   */
  @Override
  public Optional<CallbackTask> findForUpdate(Long id) {
    CallbackTask task = em.find(CallbackTask.class, id);
    if (task == null) {
      return Optional.empty();
    }
    em.refresh(task, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(task);
    return Optional.of(task);
  }

  @Override
  public void lockTicketOf(Long taskId) {
    em.createQuery("SELECT t.ticket.id FROM CallbackTask t WHERE t.id = :id", Long.class)
        .setParameter("id", taskId)
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .map(ticketId -> em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE))
        .ifPresent(em::refresh);
  }

  @Override
  public List<Long> openTicketIdsOf(String username) {
    return em.createQuery(
            "SELECT t.ticket.id FROM CallbackTask t"
                + " WHERE t.assignee = :me AND t.status = :open AND t.ticket IS NOT NULL",
            Long.class)
        .setParameter("me", username)
        .setParameter("open", CallbackTaskStatus.OPEN)
        .getResultList();
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
  public List<CallbackTask> ofTicket(Long ticketId) {
    return em.createQuery(
            "SELECT t FROM CallbackTask t WHERE t.ticket.id = :id ORDER BY t.id",
            CallbackTask.class)
        .setParameter("id", ticketId)
        .getResultList();
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
    if (fromIndex(query)) {
      return fullText.page(query, offset, limit);
    }
    // the tickets, records and units of a page load in batches (hibernate.default_batch_fetch_size)
    String order = query.latestDueFirst() ? " DESC" : "";
    String jpql =
        "SELECT t FROM CallbackTask t"
            + conditions(query)
            + " ORDER BY t.dueAt"
            + order
            + ", t.id"
            + order;
    return bindConditions(em.createQuery(jpql, CallbackTask.class), query)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(CallbackTaskQuery query) {
    if (fromIndex(query)) {
      return fullText.count(query);
    }
    return bindConditions(
            em.createQuery("SELECT COUNT(t) FROM CallbackTask t" + conditions(query), Long.class),
            query)
        .getSingleResult();
  }

  /**
   * Whether the task index answers the query: a search with a text, and every listing of all tasks
   * ({@code status=ALL}), which no database index serves in due order (H2 sorted and counted all
   * 400,000 tasks for it: 34 s). The open or finished tasks without a text stay on the index
   * (status, due_at) of the table.
   */
  private static boolean fromIndex(CallbackTaskQuery query) {
    return query.text() != null || query.status() == null;
  }

  /**
   * Joins and conditions of a queue page without a text (a text is searched in the index, {@link
   * CallbackTaskFullTextSearch}): the index (status, due_at) and the unit's code.
   */
  private static String conditions(CallbackTaskQuery query) {
    String joins = query.unitCodes() != null ? " LEFT JOIN t.unit u" : "";
    StringBuilder w =
        new StringBuilder(
            where(query.status(), query.dueBy(), query.unitCodes())
                .replace("t.unit.code", "u.code"));
    if (query.reasonCode() != null) {
      w.append(" AND t.reasonCode = :reason");
    }
    return joins + w;
  }

  private static <T> TypedQuery<T> bindConditions(TypedQuery<T> q, CallbackTaskQuery query) {
    bind(q, query.status(), query.dueBy(), query.unitCodes());
    if (query.reasonCode() != null) {
      q.setParameter("reason", query.reasonCode());
    }
    return q;
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

  @Override
  public List<CallbackTask> openClaimed(int limit) {
    return em.createQuery(
            "SELECT t FROM CallbackTask t WHERE t.assignee IS NOT NULL AND t.status = :open"
                + " ORDER BY t.id",
            CallbackTask.class)
        .setParameter("open", CallbackTaskStatus.OPEN)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void saveRelease(org.hotline.domain.model.callback.ClaimRelease release) {
    em.persist(release);
  }

  @Override
  public List<org.hotline.domain.model.callback.ClaimRelease> releasesOf(Long taskId) {
    return em.createQuery(
            "SELECT r FROM ClaimRelease r WHERE r.taskId = :id ORDER BY r.releasedAt, r.id",
            org.hotline.domain.model.callback.ClaimRelease.class)
        .setParameter("id", taskId)
        .getResultList();
  }
}
