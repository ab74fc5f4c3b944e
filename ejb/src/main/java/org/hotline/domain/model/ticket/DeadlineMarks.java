package org.hotline.domain.model.ticket;

import java.time.Instant;
import java.util.Optional;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.unit.Unit;

/**
 * The marks of one ticket's handling deadlines (办理时限): the reminder (催办), the missed sign deadline
 * (超时未签收), the overdue reply (超期), the escalation up the unit hierarchy (升级), an extension granted
 * (延期) and a move of the deadlines after a calendar change. Each mark is made once where {@link
 * HandlingDeadlines} says so and only in the statuses of its {@link TicketLifecycle} row; a mark
 * not due returns empty and changes nothing. System marks leave the ticket's {@code updatedAt} as
 * it is. Obtained from {@link Ticket#deadlineMarks()}; it keeps no state of its own.
 */
public final class DeadlineMarks {

  private final Ticket ticket;

  DeadlineMarks(Ticket ticket) {
    this.ticket = ticket;
  }

  /** 催办 the unit, once per deadline; empty when the unit has replied or was reminded already. */
  public Optional<TicketEvent> remind(Actor system, Instant now) {
    boolean due = allowed(TicketLifecycle.REMIND) && deadlines().remind(now);
    EventDetail detail = due ? unitDeadline(deadlines().replyDeadline()) : null;
    return ticket.mark(due, TicketAction.REMINDED, detail, system, now);
  }

  /** 超时未签收, once per assignment. */
  public Optional<TicketEvent> markSignOverdue(Actor system, Instant now) {
    boolean due = allowed(TicketLifecycle.MARK_SIGN_OVERDUE) && deadlines().markSignOverdue(now);
    EventDetail detail = due ? unitDeadline(deadlines().signDeadline()) : null;
    return ticket.mark(due, TicketAction.SIGN_OVERDUE, detail, system, now);
  }

  /** 超期: the reply deadline passed while the unit had not replied; once. */
  public Optional<TicketEvent> markOverdue(Actor system, Instant now) {
    boolean due = allowed(TicketLifecycle.MARK_OVERDUE) && deadlines().markOverdue(now);
    EventDetail detail = due ? unitDeadline(deadlines().replyDeadline()) : null;
    return Optional.ofNullable(
        due ? ticket.note(TicketAction.OVERDUE, null, detail, system, now) : null);
  }

  /** 升级: reports the still-overdue ticket to {@code to}, one level above the last. */
  public Optional<TicketEvent> escalate(Unit to, Actor system, Instant now) {
    boolean due =
        allowed(TicketLifecycle.ESCALATE) && deadlines().overdueAt() != null && to != null;
    EventDetail detail =
        due ? EventDetail.of("level", deadlines().escalateTo(to, now)).and("to", to.code()) : null;
    return ticket.mark(due, TicketAction.ESCALATED, detail, system, now);
  }

  /** The unit to report to at the next escalation: the parent of the owner, then its parent … */
  public Unit nextEscalationUnit() {
    return deadlines().nextEscalationUnit(ticket.ownerUnit());
  }

  /**
   * 延期 approved: the new reply deadline; a fresh reminder will come before it.
   *
   * @throws IllegalTicketTransitionException outside the {@code EXTEND_DEADLINE} row's statuses
   */
  public TicketEvent extend(Instant newDeadline, String note, Actor actor, Instant now) {
    TicketLifecycle.EXTEND_DEADLINE.require(ticket.status());
    EventDetail detail = deadlines().extend(newDeadline);
    return ticket.note(TicketAction.EXTENSION_APPROVED, note, detail, actor, now);
  }

  /**
   * The calendar changed: the deadlines move to {@code reply}, {@code sign}; empty when none did.
   */
  public Optional<TicketEvent> recompute(Instant reply, Instant sign, Actor system, Instant now) {
    return deadlines()
        .recompute(reply, sign)
        .map(detail -> ticket.note(TicketAction.DEADLINES_RECOMPUTED, null, detail, system, now));
  }

  private boolean allowed(TicketLifecycle row) {
    return row.allowedIn(ticket.status());
  }

  private HandlingDeadlines deadlines() {
    return ticket.deadlines();
  }

  /** The owner unit and one of its deadlines, as the detail of a deadline event. */
  private EventDetail unitDeadline(Instant deadline) {
    String unit = ticket.ownerUnit().code();
    return EventDetail.of("unit", unit).and("deadline", BusinessTime.text(deadline));
  }
}
