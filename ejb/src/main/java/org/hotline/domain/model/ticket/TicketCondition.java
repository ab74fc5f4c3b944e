package org.hotline.domain.model.ticket;

import java.time.Instant;
import java.util.function.BiPredicate;

/**
 * A condition of the {@link TicketLifecycle} beyond the status (前提条件), checked on the ticket at an
 * instant: what the pages' buttons and the ticket's own rules both ask.
 */
public enum TicketCondition {

  /** No condition beyond status and party. */
  NONE("—", (t, now) -> true),

  /**
   * Fewer than {@link RoutingState#RETURNS_BEFORE_ARBITRATION} returns; else 409
   * ARBITRATION_REQUIRED.
   */
  BELOW_ARBITRATION_LIMIT(
      "fewer than "
          + RoutingState.RETURNS_BEFORE_ARBITRATION
          + " returns (else 409 ARBITRATION_REQUIRED)",
      (t, now) -> t.routing().belowArbitrationLimit()),

  /**
   * Not arbitrated and within the return window; else 409 ARBITRATED_NOT_RETURNABLE /
   * RETURN_WINDOW_CLOSED.
   */
  RETURN_WINDOW_OPEN(
      "not arbitrated (409 ARBITRATED_NOT_RETURNABLE) and until the return deadline"
          + " (409 RETURN_WINDOW_CLOSED)",
      (t, now) -> t.routing().returnable(now)),

  /** No final callback result yet; a merged call only once its main ticket is closed. */
  CALLBACK_PENDING(
      "no final callback result yet; a merged call once its main ticket is closed",
      (t, now) ->
          t.callback().result() == null
              && (t.status() != TicketStatus.MERGED
                  || t.mergedInto().status() == TicketStatus.CLOSED)),

  /** The reply deadline has not passed yet. */
  BEFORE_REPLY_DEADLINE(
      "before the reply deadline", (t, now) -> t.deadlines().beforeReplyDeadline(now)),

  /** The ticket has (or had, for a closed one) an owner unit. */
  HAS_OWNER_UNIT("the ticket has an owner unit", (t, now) -> t.ownerUnit() != null);

  private final String description;
  private final BiPredicate<Ticket, Instant> rule;

  TicketCondition(String description, BiPredicate<Ticket, Instant> rule) {
    this.description = description;
    this.rule = rule;
  }

  /** Whether the condition holds for {@code ticket} at {@code now}. */
  public boolean holds(Ticket ticket, Instant now) {
    return rule.test(ticket, now);
  }

  /** The condition in English, for the generated documentation. */
  public String description() {
    return description;
  }
}
