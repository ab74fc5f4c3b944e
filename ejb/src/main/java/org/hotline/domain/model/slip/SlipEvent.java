package org.hotline.domain.model.slip;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.domain.model.ticket.Actor;
import org.hotline.domain.model.ticket.HistoryEntry;

/**
 * One entry of a slip's append-only history: what, from which step to which (who, when and why:
 * {@link HistoryEntry}).
 */
@Entity
@Table(name = "supervision_slip_event")
public class SlipEvent extends HistoryEntry {

  @Column(name = "slip_id", nullable = false, updatable = false)
  private Long slipId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 30, updatable = false)
  private SlipAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private SlipStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20, updatable = false)
  private SlipStatus toStatus;

  protected SlipEvent() {}

  SlipEvent(
      Long slipId,
      Instant at,
      Actor actor,
      SlipAction action,
      SlipStatus from,
      SlipStatus to,
      String note) {
    super(at, actor, note);
    this.slipId = slipId;
    this.action = action;
    this.fromStatus = from;
    this.toStatus = to;
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
}
