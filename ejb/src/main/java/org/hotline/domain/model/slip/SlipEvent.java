package org.hotline.domain.model.slip;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.domain.model.ticket.Actor;

/** One entry of a slip's append-only history: who, when, what, from which step to which, why. */
@Entity
@Table(name = "supervision_slip_event")
public class SlipEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "slip_id", nullable = false, updatable = false)
  private Long slipId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Embedded
  private Actor actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 30, updatable = false)
  private SlipAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private SlipStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20, updatable = false)
  private SlipStatus toStatus;

  @Column(name = "note", length = 4000, updatable = false)
  private String note;

  protected SlipEvent() {}

  SlipEvent(Long slipId, Instant at, Actor actor, SlipAction action, SlipStatus from, SlipStatus to, String note) {
    this.slipId = slipId;
    this.occurredAt = at;
    this.actor = actor;
    this.action = action;
    this.fromStatus = from;
    this.toStatus = to;
    this.note = note;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Actor actor() {
    return actor;
  }

  public SlipAction action() {
    return action;
  }

  public SlipStatus fromStatus() {
    return fromStatus;
  }

  public SlipStatus toStatus() {
    return toStatus;
  }

  public String note() {
    return note;
  }
}
