package org.hotline.domain.model.ticket;

import java.time.Instant;
import org.hotline.domain.model.catalogue.CatalogueItemVersion;
import org.hotline.domain.model.unit.Unit;

/**
 * The routing steps of one ticket (派单、裁定、退单、改派): who owns it next, and the history event that
 * records it. The status rules are the {@link TicketLifecycle}'s rows; the rules of returns and
 * arbitration are {@link RoutingState}'s; a new owner starts unsigned, without assisting parts and
 * with fresh sign and escalation marks ({@link HandlingDeadlines#newUnit}). Obtained from {@link
 * Ticket#routingSteps()}; it keeps no state of its own.
 */
public final class RoutingSteps {

  private final Ticket ticket;

  RoutingSteps(Ticket ticket) {
    this.ticket = ticket;
  }

  /**
   * 派单 from the triage or returned queue to {@code unit}, relying on a catalogue version (may be
   * null), returnable until {@code returnDeadline} (null: no limit).
   *
   * @throws IllegalTicketTransitionException outside the {@code ASSIGN} row's statuses
   * @throws TicketRuleException ARBITRATION_REQUIRED after too many returns
   */
  public TicketEvent assignTo(
      Unit unit,
      String note,
      CatalogueItemVersion reliedOn,
      Instant returnDeadline,
      Actor actor,
      Instant now) {
    TicketLifecycle.ASSIGN.require(ticket.status());
    ticket.routing().requireAssignable();
    return route(unit, reliedOn, returnDeadline, now, TicketAction.ASSIGNED, note, actor, null);
  }

  /**
   * 裁定: a binding decision on the responsible unit, which can no longer return the ticket.
   *
   * @throws IllegalTicketTransitionException outside the {@code ARBITRATE} row's statuses
   */
  public TicketEvent arbitrate(
      Unit unit, String reason, CatalogueItemVersion reliedOn, Actor actor, Instant now) {
    TicketLifecycle.ARBITRATE.require(ticket.status());
    ticket.routing().arbitrated();
    return route(unit, reliedOn, null, now, TicketAction.ARBITRATED, reason, actor, null);
  }

  /**
   * 退单: the owner unit says the ticket is not its duty; the ticket goes back to the centre.
   *
   * @throws IllegalTicketTransitionException outside the {@code RETURN} row's statuses
   * @throws TicketRuleException ARBITRATED_NOT_RETURNABLE, RETURN_WINDOW_CLOSED
   */
  public TicketEvent returnToCentre(
      String reason, CatalogueItemVersion reliedOn, Actor actor, Instant now) {
    TicketLifecycle.RETURN.require(ticket.status());
    ticket.routing().requireReturnable(now);
    EventDetail detail = reliedOn(EventDetail.of("unit", ticket.ownerUnit().code()), reliedOn);
    leaveOwner();
    ticket.ownedBy(null);
    ticket.routing().returned(reason);
    return ticket.moveTo(TicketStatus.RETURNED, TicketAction.RETURNED, actor, now, reason, detail);
  }

  /**
   * 改派: the dispatcher moves a ticket not yet replied to {@code unit}.
   *
   * @throws IllegalTicketTransitionException outside the {@code REROUTE} row's statuses
   */
  public TicketEvent reroute(
      Unit unit,
      String reason,
      CatalogueItemVersion reliedOn,
      Instant returnDeadline,
      Actor actor,
      Instant now) {
    TicketLifecycle.REROUTE.require(ticket.status());
    leaveOwner();
    String from = ticket.ownerUnit().code();
    return route(unit, reliedOn, returnDeadline, now, TicketAction.REROUTED, reason, actor, from);
  }

  /** Whether the owner unit may still return the ticket at {@code now}. */
  public boolean returnable(Instant now) {
    return TicketLifecycle.RETURN.possible(ticket, now);
  }

  /** Whether a new assignment restarts the reply deadline (after a return or a re-route). */
  public boolean routedBefore() {
    return ticket.routing().returnCount() > 0
        || !ticket.deadlines().start().equals(ticket.createdAt());
  }

  /** The owner leaves: its assisting parts end and its signature no longer holds. */
  private void leaveOwner() {
    ticket.assisting().cancelAll();
    ticket.handling().unsigned();
  }

  /** Routes to {@code unit}; {@code from} (may be null) is the unit it leaves. */
  private TicketEvent route(
      Unit unit,
      CatalogueItemVersion reliedOn,
      Instant returnDeadline,
      Instant now,
      TicketAction action,
      String note,
      Actor actor,
      String from) {
    ticket.ownedBy(unit);
    ticket.routing().routed(now, returnDeadline, reliedOn);
    ticket.deadlines().newUnit();
    EventDetail detail = reliedOn(EventDetail.of("from", from).and("unit", unit.code()), reliedOn);
    return ticket.moveTo(TicketStatus.ASSIGNED, action, actor, now, note, detail);
  }

  /** The catalogue item a routing relied on (职责条目 and its version), when one did. */
  private static EventDetail reliedOn(EventDetail detail, CatalogueItemVersion reliedOn) {
    return reliedOn == null
        ? detail
        : detail.and("catalogue", reliedOn.item().code()).and("version", reliedOn.number());
  }
}
