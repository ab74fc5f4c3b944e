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
  /**
   * Locks the row of the task's ticket, if it has one, before anything of the task is read, and
   * reads the ticket as committed after the wait (a transaction that waited for another's outcome
   * then sees that outcome, on H2 too, whose {@code SELECT … FOR UPDATE} returns the row as it was
   * before the wait). The order of locks of every action on a ticket: the ticket, then its task.
   */
  void lockTicketOf(Long taskId);

  Optional<CallbackTask> findForUpdate(Long id);

  /** The open task about a ticket, if any. */
  Optional<CallbackTask> openForTicket(Long ticketId);

  /** The ids of the tickets whose open tasks {@code username} works (assignee), none when none. */
  List<Long> openTicketIdsOf(String username);

  /** Every task about a ticket (open, done or cancelled), oldest first. */
  List<CallbackTask> ofTicket(Long ticketId);

  /** The open task about a service record, if any. */
  Optional<CallbackTask> openForServiceRecord(Long serviceRecordId);

  /** A page of the tasks {@code query} asks for, by due time (then id). */
  List<CallbackTask> page(CallbackTaskQuery query, int offset, int limit);

  /** How many tasks {@code query} finds. */
  long count(CallbackTaskQuery query);

  /**
   * The earliest-due open task not taken by another agent than {@code username}: a task never tried
   * may be worked ahead of its due time; a task waiting for its next try (after an unreachable try)
   * only once that try is due at {@code now}.
   */
  Optional<CallbackTask> nextFor(String username, Instant now, List<String> unitCodes);

  /**
   * Per problem tag and serving unit code (null for the centre), how many tasks finished in {@code
   * [from, to)} carry the tag: rows of {tag code, unit code, count}. {@code [from, to)} is one
   * business month (read from its monthly summary).
   */
  List<Object[]> tagCounts(Instant from, Instant to);

  void save(CallbackTask task);

  /** The open tasks somebody works (assignee set), at most {@code limit}, by id. */
  List<CallbackTask> openClaimed(int limit);

  /** Records a claim taken back from an agent. */
  void saveRelease(ClaimRelease release);

  /** The claims taken back on a task, oldest first. */
  List<ClaimRelease> releasesOf(Long taskId);
}
