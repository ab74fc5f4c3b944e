package org.hotline.domain.model.ticket;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The named sets of ticket statuses (状态集合), defined once: the lifecycle table ({@link
 * TicketLifecycle}), the ticket's own rules, the repository queries and the search index all read
 * them instead of listing statuses of their own.
 */
public enum TicketStatusSet {

  /** 中心待处理队列: waiting in a queue of the centre (triage or returned), owned by no unit. */
  IN_CENTRE_QUEUE("in the centre's queues", TicketStatus.PENDING_TRIAGE, TicketStatus.RETURNED),

  /** 单位办理中: with the owner unit, replied or not yet; may be returned, re-routed, assisted. */
  BEING_HANDLED("being handled by the owner unit", TicketStatus.ASSIGNED, TicketStatus.SIGNED),

  /** 单位应回复: the owner unit still owes the reply, so the reply deadline runs against it. */
  OWED_BY_UNIT(
      "owed by the unit (reply deadline running)",
      TicketStatus.ASSIGNED,
      TicketStatus.SIGNED,
      TicketStatus.CHIEF_REVIEW),

  /** 单位在办: every status in which the owner unit holds the ticket (its chief's desk lists them). */
  HELD_BY_UNIT(
      "held by the owner unit",
      TicketStatus.ASSIGNED,
      TicketStatus.SIGNED,
      TicketStatus.CHIEF_REVIEW,
      TicketStatus.REPLIED,
      TicketStatus.RECTIFYING,
      TicketStatus.REVISITING),

  /** 时限在途: open tickets whose deadlines may still move (recomputed when the calendar changes). */
  OPEN(
      "open (deadlines running)",
      TicketStatus.PENDING_TRIAGE,
      TicketStatus.RETURNED,
      TicketStatus.ASSIGNED,
      TicketStatus.SIGNED,
      TicketStatus.CHIEF_REVIEW,
      TicketStatus.REPLIED,
      TicketStatus.RECTIFYING),

  /**
   * 待回访: the statuses in which a ticket can be due for callback — closed, or a merged call whose
   * main ticket is closed — as long as no final callback result is recorded.
   */
  DUE_FOR_CALLBACK(
      "due for callback (closed, or merged into a closed ticket; not yet called back)",
      TicketStatus.CLOSED,
      TicketStatus.MERGED),

  /** Every status. */
  ANY("any status", TicketStatus.values());

  private final String description;
  private final Set<TicketStatus> statuses;

  TicketStatusSet(String description, TicketStatus... statuses) {
    this.description = description;
    EnumSet<TicketStatus> set = EnumSet.noneOf(TicketStatus.class);
    Collections.addAll(set, statuses);
    this.statuses = Collections.unmodifiableSet(set);
  }

  /** Whether {@code status} belongs to this set. */
  public boolean contains(TicketStatus status) {
    return statuses.contains(status);
  }

  /** The statuses, in the order of {@link TicketStatus}; unmodifiable. */
  public Set<TicketStatus> statuses() {
    return statuses;
  }

  /**
   * The statuses as a list (for a query's {@code IN} parameter), in the order of {@link
   * TicketStatus}.
   */
  public java.util.List<TicketStatus> asList() {
    return java.util.List.copyOf(statuses);
  }

  /** What the set means, in English, for the generated documentation. */
  public String description() {
    return description;
  }
}
