package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a ticket's append-only history (工单流转记录): who, in which role and unit, when,
 * what, from which status to which, and why. Never updated, never deleted.
 */
@Entity
@Table(name = "ticket_event")
@NamedQuery(
    name = "TicketEvent.ofTicket",
    query = "SELECT e FROM TicketEvent e WHERE e.ticketId = :ticketId ORDER BY e.occurredAt, e.id")
public class TicketEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Embedded
  private Actor actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 30, updatable = false)
  private TicketAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private TicketStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20, updatable = false)
  private TicketStatus toStatus;

  /** The reason or text of the action (reply text, review comment, callback note …). */
  @Column(name = "note", length = 4000, updatable = false)
  private String note;

  /** Structured facts of the action, e.g. the unit assigned or the callback result. */
  @Column(name = "detail", length = 1000, updatable = false)
  private String detail;

  protected TicketEvent() {}

  TicketEvent(Long ticketId, Instant occurredAt, Actor actor, TicketAction action,
      TicketStatus fromStatus, TicketStatus toStatus, String note, String detail) {
    this.ticketId = ticketId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.note = note;
    this.detail = detail;
  }

  public Long id() {
    return id;
  }

  public Long ticketId() {
    return ticketId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Actor actor() {
    return actor;
  }

  public TicketAction action() {
    return action;
  }

  public TicketStatus fromStatus() {
    return fromStatus;
  }

  public TicketStatus toStatus() {
    return toStatus;
  }

  public String note() {
    return note;
  }

  public String detail() {
    return detail;
  }
}
