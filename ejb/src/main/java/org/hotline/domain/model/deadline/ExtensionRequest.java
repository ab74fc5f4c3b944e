package org.hotline.domain.model.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.domain.model.ticket.TicketRuleException;

/**
 * 延期申请: the unit asks for a later reply deadline with a reason; its chief decides, then the centre
 * when the rule asks for it ({@link #centreApproval}).
 */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

  /** Where a request stands. */
  public enum Status {
    /** 待所长审批 */
    PENDING,
    /** 所长同意, 待中心审批 */
    CHIEF_APPROVED,
    /** 已批准 */
    APPROVED,
    /** 不予批准 */
    REFUSED,
    /**
     * 已撤销: closed without a decision because the need ended (the ticket was replied, closed,
     * merged, returned or re-routed while the request waited).
     */
    WITHDRAWN;

    public boolean open() {
      return this == PENDING || this == CHIEF_APPROVED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @Column(name = "reason", nullable = false, length = 1000, updatable = false)
  private String reason;

  @Column(name = "previous_deadline", nullable = false, updatable = false)
  private Instant previousDeadline;

  @Column(name = "requested_deadline", nullable = false, updatable = false)
  private Instant requestedDeadline;

  @Column(name = "centre_approval", nullable = false, updatable = false)
  private boolean centreApproval;

  @Column(name = "requested_by", nullable = false, length = 60, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "chief_decided_by", length = 60)
  private String chiefDecidedBy;

  @Column(name = "chief_decided_at")
  private Instant chiefDecidedAt;

  @Column(name = "centre_decided_by", length = 60)
  private String centreDecidedBy;

  @Column(name = "centre_decided_at")
  private Instant centreDecidedAt;

  @Column(name = "decision_note", length = 1000)
  private String decisionNote;

  protected ExtensionRequest() {}

  public ExtensionRequest(
      Long ticketId,
      String reason,
      Instant previousDeadline,
      Instant requestedDeadline,
      boolean centreApproval,
      String requestedBy,
      Instant now) {
    this.ticketId = ticketId;
    this.reason = reason;
    this.previousDeadline = previousDeadline;
    this.requestedDeadline = requestedDeadline;
    this.centreApproval = centreApproval;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
    this.status = Status.PENDING;
  }

  /** Whose decision is awaited: the unit's chief, or the centre after the chief agreed. */
  public boolean awaitsChief() {
    return status == Status.PENDING;
  }

  public boolean awaitsCentre() {
    return status == Status.CHIEF_APPROVED;
  }

  /**
   * Records a decision at the step awaited. The centre may decide at the chief's step only for a
   * unit without a chief (e.g. an agency): a step of the approval is never skipped.
   *
   * @param unitHasChief whether the owner unit has a chief (所长), whose step then comes first
   * @return the new status
   * @throws TicketRuleException {@code EXTENSION_NOT_OPEN} once decided, {@code
   *     EARLIER_STEP_PENDING} when the centre would decide before the unit's chief
   */
  public Status decide(
      boolean approve,
      boolean byCentre,
      boolean unitHasChief,
      String note,
      String by,
      Instant now) {
    if (!status.open()) {
      throw new TicketRuleException(TicketRuleException.EXTENSION_NOT_OPEN);
    }
    if (status == Status.PENDING && byCentre && unitHasChief) {
      throw new TicketRuleException(TicketRuleException.EARLIER_STEP_PENDING);
    }
    this.decisionNote = note;
    if (status == Status.PENDING && !byCentre) {
      this.chiefDecidedBy = by;
      this.chiefDecidedAt = now;
      status = !approve ? Status.REFUSED : centreApproval ? Status.CHIEF_APPROVED : Status.APPROVED;
    } else {
      this.centreDecidedBy = by;
      this.centreDecidedAt = now;
      status = approve ? Status.APPROVED : Status.REFUSED;
    }
    return status;
  }

  /**
   * Closes an open request without a decision (已撤销): the ticket no longer owes this unit a reply by
   * the old deadline. The time is recorded as the step's decision time, by {@code "system"}.
   *
   * @return whether the request was open (a decided request is left as it is)
   */
  public boolean withdraw(Instant now) {
    if (!status.open()) {
      return false;
    }
    if (status == Status.PENDING) {
      this.chiefDecidedBy = "system";
      this.chiefDecidedAt = now;
    } else {
      this.centreDecidedBy = "system";
      this.centreDecidedAt = now;
    }
    status = Status.WITHDRAWN;
    return true;
  }

  public Long id() {
    return id;
  }

  public Long ticketId() {
    return ticketId;
  }

  public Status status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  public Instant previousDeadline() {
    return previousDeadline;
  }

  public Instant requestedDeadline() {
    return requestedDeadline;
  }

  public boolean centreApproval() {
    return centreApproval;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String chiefDecidedBy() {
    return chiefDecidedBy;
  }

  public Instant chiefDecidedAt() {
    return chiefDecidedAt;
  }

  public String centreDecidedBy() {
    return centreDecidedBy;
  }

  public Instant centreDecidedAt() {
    return centreDecidedAt;
  }

  public String decisionNote() {
    return decisionNote;
  }
}
