package org.hotline.domain.model.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What follows a dissatisfied callback of one ticket (整改、复访、建议督办): the ticket reopens for the owner
 * unit to rectify, its head reports (late or not), the centre re-visits the citizen and closes the
 * ticket again; a second dissatisfaction proposes a supervision slip. The status rules are the
 * {@link TicketLifecycle}'s rows; the rules over the list are {@link Rectifications}'. Obtained
 * from {@link Ticket#rectificationSteps()}; it keeps no state of its own.
 */
public final class RectificationSteps {

  private final Ticket ticket;
  private final Rectifications rectifications;

  RectificationSteps(Ticket ticket, List<Rectification> list) {
    this.ticket = ticket;
    this.rectifications = new Rectifications(list, ticket.callback().result());
  }

  /**
   * 整改 after a dissatisfied callback of a ticket a unit handled, due at {@code dueAt}; empty (and
   * nothing changed) when the callback was not dissatisfied or the table's row does not allow it.
   */
  public Optional<TicketEvent> open(Instant dueAt, Actor actor, Instant now) {
    if (!TicketLifecycle.OPEN_RECTIFICATION.possible(ticket, now) || !rectifications.called()) {
      return Optional.empty();
    }
    List<String> reasons = ticket.callback().reasons();
    EventDetail detail = rectifications.open(ticket, ticket.ownerUnit(), dueAt, reasons, now);
    ticket.closedAt(null);
    TicketAction action = TicketAction.RECTIFICATION_OPENED;
    return Optional.of(ticket.moveTo(TicketStatus.RECTIFYING, action, actor, now, null, detail));
  }

  /** The latest rectification, or null (the list is loaded only after a dissatisfied callback). */
  public Rectification current() {
    return rectifications.current();
  }

  /** 整改超期, once. */
  public Optional<TicketEvent> markOverdue(Actor system, Instant now) {
    boolean allowed = TicketLifecycle.MARK_RECTIFICATION_OVERDUE.allowedIn(ticket.status());
    EventDetail detail =
        allowed ? rectifications.markOverdue(ticket.ownerUnit(), now).orElse(null) : null;
    return ticket.mark(detail != null, TicketAction.RECTIFICATION_OVERDUE, detail, system, now);
  }

  /**
   * The head reports what was verified and rectified; the centre re-visits next.
   *
   * @throws IllegalTicketTransitionException outside the {@code RECTIFICATION_REPORT} row's
   *     statuses
   */
  public TicketEvent report(String report, Actor actor, Instant now) {
    TicketLifecycle.RECTIFICATION_REPORT.require(ticket.status());
    EventDetail detail = rectifications.report(report, actor.username(), now);
    TicketAction action = TicketAction.RECTIFICATION_REPORTED;
    return ticket.moveTo(TicketStatus.REVISITING, action, actor, now, report, detail);
  }

  /**
   * 复访: closes the ticket again; a second dissatisfaction also proposes a slip (建议督办).
   *
   * @return the re-visit's event, then the proposal's when there is one
   * @throws IllegalTicketTransitionException outside the {@code REVISIT} row's statuses
   */
  public List<TicketEvent> revisit(CallbackResult result, String note, Actor actor, Instant now) {
    TicketLifecycle.REVISIT.require(ticket.status());
    boolean slip = rectifications.revisit(result, note, actor.username(), now);
    ticket.closedAt(now);
    EventDetail detail = EventDetail.of("result", result);
    TicketEvent revisited =
        ticket.moveTo(TicketStatus.CLOSED, TicketAction.REVISITED, actor, now, note, detail);
    if (!slip) {
      return List.of(revisited);
    }
    ticket.proposeSlip();
    TicketAction proposed = TicketAction.SLIP_PROPOSED;
    return List.of(revisited, ticket.note(proposed, note, EventDetail.none(), actor, now));
  }

  /**
   * 复访未接通: a re-visit call that did not reach the citizen. Recorded in the history; the ticket
   * keeps waiting for its re-visit (status unchanged), so the agent calls again later.
   *
   * @throws IllegalTicketTransitionException when the ticket is not waiting for a re-visit
   */
  public TicketEvent revisitAttempt(String note, Actor actor, Instant now) {
    TicketLifecycle.REVISIT.require(ticket.status());
    EventDetail detail = EventDetail.of("result", CallbackResult.UNREACHABLE);
    return ticket.note(TicketAction.REVISIT_ATTEMPTED, note, detail, actor, now);
  }

  /**
   * 整改撤回: the rectification of a rating's ticket is withdrawn because the rating was excluded from
   * the statistics; the ticket closes with the reason in its history (no re-visit, no slip).
   *
   * @throws IllegalTicketTransitionException unless rectifying or re-visiting (the table's row)
   */
  public TicketEvent withdraw(String reason, Actor actor, Instant now) {
    TicketLifecycle.WITHDRAW_RECTIFICATION.require(ticket.status());
    ticket.closedAt(now);
    TicketAction action = TicketAction.RECTIFICATION_WITHDRAWN;
    return ticket.moveTo(TicketStatus.CLOSED, action, actor, now, reason, EventDetail.none());
  }

  /**
   * 撤回督办建议: a slip proposed for this ticket no longer stands because the rating behind it was
   * excluded (剔除); the mark is cleared and the history says why. Nothing when none is proposed.
   *
   * @return the withdrawal's event, empty when no slip was proposed
   */
  public java.util.Optional<TicketEvent> withdrawSlipProposal(
      String reason, Actor actor, Instant now) {
    if (!ticket.slipProposed()) {
      return java.util.Optional.empty();
    }
    ticket.withdrawSlipProposal();
    TicketAction action = TicketAction.SLIP_PROPOSAL_WITHDRAWN;
    return java.util.Optional.of(ticket.note(action, reason, EventDetail.none(), actor, now));
  }
}
