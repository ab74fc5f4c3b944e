package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hotline.domain.model.catalogue.CatalogueItemVersion;

/**
 * How a ticket was routed (派单、退单、裁定状态), in the ticket's own row: when it was last assigned, the
 * catalogue version relied on, how often units returned it, until when the owner may return it, and
 * whether an arbitration fixed the owner. It owns the rules of returns: a unit may return until the
 * return deadline and never after an arbitration; after {@link #RETURNS_BEFORE_ARBITRATION} returns
 * only an arbitration may route the ticket.
 */
@Embeddable
public class RoutingState {

  /** Working days after assignment in which the unit may return the ticket (退单时限). */
  public static final int RETURN_WINDOW_WORKING_DAYS = 2;

  /** Returns after which only an arbitration may route the ticket. */
  public static final int RETURNS_BEFORE_ARBITRATION = 2;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  /** 退单次数 */
  @Column(name = "return_count", nullable = false)
  private int returnCount;

  /** 已裁定: the owner was fixed by arbitration and may not return the ticket. */
  @Column(name = "arbitrated", nullable = false)
  private boolean arbitrated;

  /** Until when the owner unit may return the ticket (2 working days after assignment). */
  @Column(name = "return_deadline")
  private Instant returnDeadline;

  @Column(name = "last_return_reason", length = 1000)
  private String lastReturnReason;

  /** The catalogue version the current routing relied on, if any. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "routing_catalogue_version_id")
  private CatalogueItemVersion reliedOn;

  protected RoutingState() {}

  /** The routing of a ticket not routed yet. */
  static RoutingState none() {
    return new RoutingState();
  }

  /**
   * Refuses a plain assignment after too many returns.
   *
   * @throws TicketRuleException ARBITRATION_REQUIRED after {@link #RETURNS_BEFORE_ARBITRATION}
   *     returns
   */
  void requireAssignable() {
    if (returnCount >= RETURNS_BEFORE_ARBITRATION) {
      throw new TicketRuleException(TicketRuleException.ARBITRATION_REQUIRED);
    }
  }

  /**
   * Refuses a return the owner may no longer make.
   *
   * @throws TicketRuleException ARBITRATED_NOT_RETURNABLE after an arbitration,
   *     RETURN_WINDOW_CLOSED after the deadline
   */
  void requireReturnable(Instant now) {
    if (arbitrated) {
      throw new TicketRuleException(TicketRuleException.ARBITRATED_NOT_RETURNABLE);
    }
    if (!withinReturnWindow(now)) {
      throw new TicketRuleException(TicketRuleException.RETURN_WINDOW_CLOSED);
    }
  }

  /** Whether a plain assignment is still allowed (fewer returns than the arbitration limit). */
  boolean belowArbitrationLimit() {
    return returnCount < RETURNS_BEFORE_ARBITRATION;
  }

  /** Not arbitrated and within the return window at {@code now}. */
  boolean returnable(Instant now) {
    return !arbitrated && withinReturnWindow(now);
  }

  private boolean withinReturnWindow(Instant now) {
    return returnDeadline == null || !now.isAfter(returnDeadline);
  }

  /**
   * Routed to a new owner at {@code now}, returnable until {@code returnDeadline} (null: no limit).
   */
  void routed(Instant now, Instant returnDeadline, CatalogueItemVersion reliedOn) {
    this.assignedAt = now;
    this.returnDeadline = returnDeadline;
    this.reliedOn = reliedOn;
  }

  /** 裁定: binding, the owner can no longer return the ticket. */
  void arbitrated() {
    this.arbitrated = true;
  }

  /** 退单: counted, with its reason; the routing it relied on no longer holds. */
  void returned(String reason) {
    this.returnCount++;
    this.lastReturnReason = reason;
    this.returnDeadline = null;
    this.reliedOn = null;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  public int returnCount() {
    return returnCount;
  }

  public boolean isArbitrated() {
    return arbitrated;
  }

  public Instant returnDeadline() {
    return returnDeadline;
  }

  public String lastReturnReason() {
    return lastReturnReason;
  }

  public CatalogueItemVersion reliedOn() {
    return reliedOn;
  }
}
