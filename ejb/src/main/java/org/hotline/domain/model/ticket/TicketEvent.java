package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a ticket's append-only history (工单流转记录): who, in which role and unit, when, what,
 * from which status to which, and why. Never updated, never deleted.
 */
@Entity
@Table(name = "ticket_event")
@NamedQuery(
    name = "TicketEvent.ofTicket",
    query = "SELECT e FROM TicketEvent e WHERE e.ticketId = :ticketId ORDER BY e.occurredAt, e.id")
public class TicketEvent extends HistoryEntry {

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 30, updatable = false)
  private TicketAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private TicketStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20, updatable = false)
  private TicketStatus toStatus;

  /**
   * Structured facts of the action as a JSON object with codes, e.g. {@code
   * {"unit":"PS-CHENGGUAN"}} or {@code {"result":"DISSATISFIED","attempt":1}}; rows written before
   * issue 9 hold {@code key=value;…} text (both are read by {@link EventDetail#parse}).
   */
  @Column(name = "detail", length = 1000, updatable = false)
  private String detail;

  protected TicketEvent() {}

  TicketEvent(
      Long ticketId,
      Instant occurredAt,
      Actor actor,
      TicketAction action,
      TicketStatus fromStatus,
      TicketStatus toStatus,
      String note,
      EventDetail detail) {
    super(occurredAt, actor, note);
    this.ticketId = ticketId;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.detail = detail == null ? null : detail.json();
  }

  public Long ticketId() {
    return ticketId;
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

  /** The structured facts of the action (none when it has no facts). */
  public EventDetail details() {
    return EventDetail.parse(detail);
  }

  /**
   * The facts in the {@code key=value;key=value} form the API served before JSON (kept as the
   * history's {@code detail} field); null when there are none.
   */
  public String detail() {
    return details().legacyText();
  }
}
