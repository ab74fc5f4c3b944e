package org.hotline.domain.model.ranking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.ticket.Rectification;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketEvent;
import org.hotline.domain.model.ticket.TicketStatus;

/**
 * 考核口径: what one ticket counts for in the monthly rankings, kept up to date from its history events
 * as they are appended ({@link #follow}). One row per ticket a unit answers for (from its first
 * assignment) or the centre answered on the call; a merged call is flagged and counts only as its
 * main ticket.
 *
 * <p>Instants are UTC. {@code repliedAt} is the first time the reply of the unit now answering for
 * the ticket left that unit (after the chief's approval where there is one); a re-route or a
 * re-assignment after a return clears it, the new unit replies afresh. {@code closedAt} is the
 * first closure (a later rectification does not undo it). {@code callbackAt/Result} are the first
 * final callback; {@code revisitAt/Result} the latest re-visit after rectification. Rules:
 * docs/rankings.md.
 */
@Entity
@Table(name = "ticket_outcome")
public class TicketOutcome {

  @Id
  @Column(name = "ticket_id")
  private Long ticketId;

  /** The unit that answers for the ticket now (the last one it was routed to). */
  @Column(name = "unit_code", nullable = false, length = 40)
  private String unitCode;

  /** The unit it was first sent to (attribution {@link Attribution#FIRST_UNIT}). */
  @Column(name = "first_unit_code", nullable = false, length = 40)
  private String firstUnitCode;

  @Column(name = "direct_answer", nullable = false)
  private boolean directAnswer;

  @Column(name = "merged", nullable = false)
  private boolean merged;

  /** The ticket of an excluded rating (剔除): counts for nothing, like a merged call. */
  @Column(name = "excluded", nullable = false)
  private boolean excluded;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "callback_at")
  private Instant callbackAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "callback_result", length = 30)
  private CallbackResult callbackResult;

  @Column(name = "revisit_at")
  private Instant revisitAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "revisit_result", length = 30)
  private CallbackResult revisitResult;

  protected TicketOutcome() {}

  private TicketOutcome(Long ticketId, String unitCode) {
    this.ticketId = ticketId;
    this.unitCode = unitCode;
    this.firstUnitCode = unitCode;
  }

  /**
   * Whether an event of this action can change what a ticket counts for (others are skipped
   * cheaply).
   */
  public static boolean concerns(TicketEvent event) {
    return switch (event.action()) {
      case ANSWERED_DIRECTLY,
          ASSIGNED,
          REROUTED,
          ARBITRATED,
          RETURNED,
          EXTENSION_APPROVED,
          DEADLINES_RECOMPUTED,
          REPLIED,
          REPLY_CHIEF_APPROVED,
          REPLY_APPROVED,
          MERGED,
          UNMERGED,
          CALLED_BACK,
          REVISITED,
          RECTIFICATION_WITHDRAWN ->
          true;
      default -> false;
    };
  }

  /**
   * Applies one appended event of {@code ticket} (already in its new state) to its outcome.
   *
   * @param current the ticket's outcome so far, or null when it has none yet
   * @return the outcome to keep: {@code current} changed in place, a new one (the ticket now counts
   *     for a unit or the centre), or null (the ticket does not count for anyone yet)
   */
  public static TicketOutcome follow(TicketOutcome current, Ticket ticket, TicketEvent event) {
    Instant at = event.occurredAt();
    switch (event.action()) {
      case ANSWERED_DIRECTLY -> {
        TicketOutcome o =
            current != null ? current : new TicketOutcome(ticket.id(), event.actor().unitCode());
        o.directAnswer = true;
        o.dueAt = at;
        o.repliedAt = at;
        o.closedAt = at;
        return o;
      }
      case ASSIGNED, REROUTED, ARBITRATED -> {
        if (ticket.ownerUnit() == null) {
          return current;
        }
        String unit = ticket.ownerUnit().code();
        TicketOutcome o = current != null ? current : new TicketOutcome(ticket.id(), unit);
        if (!unit.equals(o.unitCode)) {
          o.unitCode = unit;
          o.repliedAt = null;
        }
        o.dueAt = ticket.deadlines().replyDeadline();
        return o;
      }
      default -> {
        if (current != null) {
          current.apply(ticket, event, at);
        }
        return current;
      }
    }
  }

  private void apply(Ticket ticket, TicketEvent event, Instant at) {
    switch (event.action()) {
      // a returned ticket waits in the centre's queue: due for nobody until it is routed again
      case RETURNED -> dueAt = null;
      case EXTENSION_APPROVED, DEADLINES_RECOMPUTED -> {
        if (!directAnswer
            && ticket.deadlines().replyDeadline() != null
            && ticket.ownerUnit() != null) {
          dueAt = ticket.deadlines().replyDeadline();
        }
      }
      case REPLIED, REPLY_CHIEF_APPROVED -> {
        if (repliedAt == null && event.toStatus() == TicketStatus.REPLIED) {
          repliedAt = at;
        }
      }
      case REPLY_APPROVED -> {
        if (closedAt == null) {
          closedAt = at;
        }
      }
      case MERGED -> merged = true;
      case UNMERGED -> merged = false;
      case CALLED_BACK -> {
        if (callbackResult == null && ticket.callback().result() != null) {
          callbackResult = ticket.callback().result();
          callbackAt = at;
        }
      }
      case RECTIFICATION_WITHDRAWN -> {
        // the excluded rating's verdict (its ticket's callback) and any re-visit count nowhere
        callbackResult = null;
        callbackAt = null;
        revisitResult = null;
        revisitAt = null;
      }
      case REVISITED -> {
        Rectification r = ticket.rectificationSteps().current();
        if (r != null && r.revisitResult() != null) {
          revisitResult = r.revisitResult();
          revisitAt = at;
        }
      }
      default -> {
        // nothing else changes what the ticket counts for
      }
    }
  }

  /** The facts the monthly tallies count ({@link MonthlyTallies}), copied. */
  public MonthlyTallies.Facts facts() {
    return new MonthlyTallies.Facts(
        unitCode,
        firstUnitCode,
        merged || excluded,
        dueAt,
        repliedAt,
        closedAt,
        callbackAt,
        callbackResult,
        revisitAt,
        revisitResult);
  }

  public Long ticketId() {
    return ticketId;
  }

  public String unitCode() {
    return unitCode;
  }

  public String firstUnitCode() {
    return firstUnitCode;
  }

  public boolean directAnswer() {
    return directAnswer;
  }

  public boolean merged() {
    return merged;
  }

  /**
   * Takes the ticket out of every tally (its rating was excluded); the caller applies the change.
   */
  public void exclude() {
    excluded = true;
  }

  /** Whether the ticket's rating was excluded ({@link #exclude}). */
  public boolean excluded() {
    return excluded;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant repliedAt() {
    return repliedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Instant callbackAt() {
    return callbackAt;
  }

  public CallbackResult callbackResult() {
    return callbackResult;
  }

  public Instant revisitAt() {
    return revisitAt;
  }

  public CallbackResult revisitResult() {
    return revisitResult;
  }
}
