package org.hotline.domain.model.ticket;

import java.time.Instant;
import java.util.List;
import org.hotline.domain.model.unit.Unit;

/**
 * The handling steps of one ticket (办理): the owner unit signs (签收) and replies (回复), its chief may
 * review the reply first (所长审核), the centre approves it or sends it back (审核); assisting units (协办)
 * reply on their parts before the owner replies on the whole. The status rules are the {@link
 * TicketLifecycle}'s rows; what was done is kept in the {@link HandlingRecord}. Obtained from
 * {@link Ticket#handlingSteps()}; it keeps no state of its own.
 */
public final class HandlingSteps {

  private final Ticket ticket;

  HandlingSteps(Ticket ticket) {
    this.ticket = ticket;
  }

  /**
   * 签收 by the owner unit.
   *
   * @throws IllegalTicketTransitionException outside the {@code SIGN} row's statuses
   */
  public TicketEvent sign(Actor actor, Instant now) {
    TicketLifecycle.SIGN.require(ticket.status());
    ticket.handling().signed(now);
    return ticket.moveTo(TicketStatus.SIGNED, TicketAction.SIGNED, actor, now, null, null);
  }

  /**
   * 回复 the result, to the unit's chief first (所长审核) with {@code chiefReview}.
   *
   * @throws IllegalTicketTransitionException outside the {@code REPLY} row's statuses
   * @throws TicketRuleException ASSISTING_PARTS_PENDING while an assisting unit has not replied
   */
  public TicketEvent reply(String text, boolean chiefReview, Actor actor, Instant now) {
    TicketLifecycle.REPLY.require(ticket.status());
    if (ticket.assisting().anyPending()) {
      throw new TicketRuleException(TicketRuleException.ASSISTING_PARTS_PENDING);
    }
    ticket.handling().replied(text, chiefReview ? null : now);
    TicketStatus to = chiefReview ? TicketStatus.CHIEF_REVIEW : TicketStatus.REPLIED;
    EventDetail detail = chiefReview ? EventDetail.of("chiefReview", true) : null;
    return ticket.moveTo(to, TicketAction.REPLIED, actor, now, text, detail);
  }

  /**
   * 所长审核: the chief lets the reply go to the centre, or sends it back to be handled again.
   *
   * @throws IllegalTicketTransitionException outside the {@code CHIEF_REVIEW} row's statuses
   */
  public TicketEvent chiefReview(boolean approved, String comment, Actor actor, Instant now) {
    TicketAction action =
        approved ? TicketAction.REPLY_CHIEF_APPROVED : TicketAction.REPLY_CHIEF_SENT_BACK;
    TicketLifecycle.CHIEF_REVIEW.require(ticket.status(), action);
    if (approved) {
      ticket.handling().sentOn(now);
    }
    TicketStatus to = approved ? TicketStatus.REPLIED : TicketStatus.SIGNED;
    return ticket.moveTo(to, action, actor, now, comment, null);
  }

  /**
   * 审核: approve (办结, the ticket closes) or send back to the unit, which replies again.
   *
   * @throws IllegalTicketTransitionException outside the {@code REVIEW} row's statuses
   */
  public TicketEvent review(boolean approved, String comment, Actor actor, Instant now) {
    TicketAction action = approved ? TicketAction.REPLY_APPROVED : TicketAction.REPLY_SENT_BACK;
    TicketLifecycle.REVIEW.require(ticket.status(), action);
    if (approved) {
      ticket.closedAt(now);
    }
    TicketStatus to = approved ? TicketStatus.CLOSED : TicketStatus.SIGNED;
    return ticket.moveTo(to, action, actor, now, comment, null);
  }

  /** 协办: adds assisting units beside the owner, each with a part to reply on. */
  public TicketEvent addAssistingUnits(List<Unit> units, Actor actor, Instant now) {
    List<String> added = ticket.assisting().add(ticket, ticket.ownerUnit(), units, now);
    EventDetail detail = EventDetail.of("units", added);
    return ticket.note(TicketAction.ASSISTING_ADDED, null, detail, actor, now);
  }

  /**
   * The assisting unit replies on its part, before the owner replies on the whole.
   *
   * @throws IllegalTicketTransitionException when the unit has no pending part or outside the
   *     {@code ASSIST_REPLY} row's statuses
   */
  public TicketEvent replyOnPart(Unit unit, String text, Actor actor, Instant now) {
    AssistingPart part =
        ticket
            .assisting()
            .pendingOf(unit.code())
            .orElseThrow(
                () ->
                    new IllegalTicketTransitionException(
                        TicketAction.PART_REPLIED, ticket.status()));
    TicketLifecycle.ASSIST_REPLY.require(ticket.status());
    part.reply(text, actor.username(), now);
    EventDetail detail = EventDetail.of("unit", unit.code());
    return ticket.note(TicketAction.PART_REPLIED, text, detail, actor, now);
  }
}
