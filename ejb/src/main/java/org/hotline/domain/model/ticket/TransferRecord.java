package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * 转办记录: the record kept on our side when a ticket crosses to or from another hotline — a non-police
 * matter diverted to the 12345 citizen hotline, or a 110 non-emergency transfer arriving as intake
 * — with the other side's reference number and the status it feeds back.
 */
@Entity
@Table(name = "transfer_record")
@NamedQuery(
    name = "TransferRecord.ofTicket",
    query =
        "SELECT r FROM TransferRecord r WHERE r.ticketId = :ticketId ORDER BY r.createdAt, r.id")
public class TransferRecord {

  /** Which way the ticket crossed. */
  public enum Direction {
    /** 分流转办至 12345 */
    TO_12345,
    /** 110 非警情转入 */
    FROM_110
  }

  /** What the other side reported last. */
  public enum ExternalStatus {
    /** 已转出 / 已转入 */
    SENT,
    /** 对方已受理 */
    ACCEPTED,
    /** 对方已办结 */
    RESOLVED,
    /** 对方退回 */
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false, length = 20, updatable = false)
  private Direction direction;

  /** The unit the ticket went to (diversions), or null. */
  @Column(name = "unit_code", length = 40, updatable = false)
  private String unitCode;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 60, updatable = false)
  private String createdBy;

  /** The other side's reference number (12345 工单号, 110 接警号). */
  @Column(name = "external_reference", length = 60)
  private String externalReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "external_status", nullable = false, length = 20)
  private ExternalStatus externalStatus;

  @Column(name = "external_note", length = 1000)
  private String externalNote;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected TransferRecord() {}

  public TransferRecord(
      Long ticketId,
      Direction direction,
      String unitCode,
      String externalReference,
      String createdBy,
      Instant now) {
    this.ticketId = ticketId;
    this.direction = direction;
    this.unitCode = unitCode;
    this.externalReference = externalReference;
    this.externalStatus = ExternalStatus.SENT;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** What the other side fed back; a null reference keeps the one already known. */
  public void feedback(String reference, ExternalStatus status, String note, Instant now) {
    if (reference != null) {
      this.externalReference = reference;
    }
    this.externalStatus = status;
    this.externalNote = note;
    this.updatedAt = now;
  }

  /**
   * Records on {@code ticket}'s history what the other hotline fed back last (转办反馈): its note and
   * the facts of {@link #feedbackDetail()}.
   */
  public TicketEvent noteOn(Ticket ticket, Actor actor, Instant now) {
    return ticket.note(TicketAction.TRANSFER_FEEDBACK, externalNote, feedbackDetail(), actor, now);
  }

  /**
   * The facts of the last feedback (转办反馈) for the ticket's history: direction, status, reference.
   */
  EventDetail feedbackDetail() {
    return EventDetail.of("transfer", direction)
        .and("status", externalStatus)
        .and("reference", externalReference);
  }

  public Long id() {
    return id;
  }

  public Long ticketId() {
    return ticketId;
  }

  public Direction direction() {
    return direction;
  }

  public String unitCode() {
    return unitCode;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public String externalReference() {
    return externalReference;
  }

  public ExternalStatus externalStatus() {
    return externalStatus;
  }

  public String externalNote() {
    return externalNote;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
