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
  public List<CallbackTask> page(
      CallbackTaskStatus status, Instant dueBy, List<String> unitCodes, int offset, int limit) {
    // the tickets, records and units of a page load in batches (hibernate.default_batch_fetch_size)
    String jpql =
        "SELECT t FROM CallbackTask t LEFT JOIN t.unit u"
            + where(status, dueBy, unitCodes).replace("t.unit.code", "u.code")
            + " ORDER BY t.dueAt, t.id";
    return bind(em.createQuery(jpql, CallbackTask.class), status, dueBy, unitCodes)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(CallbackTaskStatus status, Instant dueBy, List<String> unitCodes) {
    String jpql =
        "SELECT COUNT(t) FROM CallbackTask t"
            + (unitCodes != null ? " LEFT JOIN t.unit u" : "")
            + where(status, dueBy, unitCodes).replace("t.unit.code", "u.code");
    return bind(em.createQuery(jpql, Long.class), status, dueBy, unitCodes).getSingleResult();
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
  public List<Object[]> tagCounts(Instant from, Instant to) {
    return em.createQuery(
            "SELECT tag, u.code, COUNT(t) FROM CallbackTask t JOIN t.tags tag LEFT JOIN t.unit u"
                + " WHERE t.finishedAt >= :from AND t.finishedAt < :to GROUP BY tag, u.code ORDER BY tag, u.code",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public void save(CallbackTask task) {
    em.persist(task);
  }
}
