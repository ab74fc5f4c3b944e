package org.hotline.domain.model.callback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Callback tasks (回访任务). */
public interface CallbackTaskRepository {

  Optional<CallbackTask> find(Long id);

  /**
   * The task, its row locked until the transaction ends (two agents never finish one task twice).
   */
  Optional<CallbackTask> findForUpdate(Long id);

  /** The open task about a ticket, if any. */
  Optional<CallbackTask> openForTicket(Long ticketId);

  /** The open task about a service record, if any. */
  Optional<CallbackTask> openForServiceRecord(Long serviceRecordId);

  /**
   * A page of tasks, earliest due first.
   *
   * @param status OPEN, DONE or null for both
   * @param dueBy only tasks due at or before this instant, or null
   * @param unitCodes only tasks of these serving units, or null for all
   */
  List<CallbackTask> page(
      CallbackTaskStatus status, Instant dueBy, List<String> unitCodes, int offset, int limit);

  long count(CallbackTaskStatus status, Instant dueBy, List<String> unitCodes);

  /**
   * The earliest-due open task not taken by another agent than {@code username}: a task never tried
   * may be worked ahead of its due time; a task waiting for its next try (after an unreachable try)
   * only once that try is due at {@code now}.
   */
  Optional<CallbackTask> nextFor(String username, Instant now, List<String> unitCodes);

  /**
   * Per problem tag and serving unit code (null for the centre), how many tasks finished in {@code
   * [from, to)} carry the tag: rows of {tag code, unit code, count}.
   */
  List<Object[]> tagCounts(Instant from, Instant to);

  void save(CallbackTask task);
}
