package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hotline.domain.model.unit.Unit;

/**
 * The deadline state of a ticket's handling (办理时限状态), in the ticket's own row: from when the reply
 * deadline counts, the sign deadline and whether it was missed (超时未签收), the reminder (催办), the
 * escalation up the unit hierarchy (升级) and the extensions granted (延期). It owns the "once" rules
 * of these marks; the reply deadline itself and the overdue mark (超期) stay on {@link Ticket}, where
 * the listing and the full-text index read them.
 */
@Embeddable
public class HandlingDeadlines {

  /**
   * From when the reply deadline counts: intake, or the last assignment after a return or re-route.
   */
  @Column(name = "deadline_start")
  private Instant start;

  /** 签收时限 of the current owner unit (working hours after assignment). */
  @Column(name = "sign_deadline")
  private Instant signDeadline;

  /** When the unit was reminded (催办) of the reply deadline in force. */
  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "sign_overdue", nullable = false)
  private boolean signOverdue;

  /** How many levels up the unit hierarchy the overdue ticket was reported (升级). */
  @Column(name = "escalation_level", nullable = false)
  private int escalationLevel;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "escalated_to_unit_id")
  private Unit escalatedTo;

  /** 延期次数 */
  @Column(name = "extension_count", nullable = false)
  private int extensionCount;

  protected HandlingDeadlines() {}

  /** The deadlines of a ticket logged at {@code start}. */
  HandlingDeadlines(Instant start) {
    this.start = start;
  }

  /** A new unit takes the ticket: its sign deadline, sign mark and escalation start afresh. */
  void newUnit() {
    this.signDeadline = null;
    this.signOverdue = false;
    this.escalationLevel = 0;
    this.escalatedTo = null;
    this.escalatedAt = null;
  }

  /**
   * The unit's sign deadline; {@code restartAt} (not null) restarts the count; the reminder comes
   * again.
   */
  void schedule(Instant signDeadline, Instant restartAt) {
    if (restartAt != null) {
      this.start = restartAt;
    }
    this.signDeadline = signDeadline;
    this.remindedAt = null;
  }

  /** 催办 once per reply deadline: false when the unit was reminded already. */
  boolean remind(Instant now) {
    if (remindedAt != null) {
      return false;
    }
    this.remindedAt = now;
    return true;
  }

  /** 超时未签收 once per assignment, once the sign deadline has passed; false otherwise. */
  boolean markSignOverdue(Instant now) {
    if (signOverdue || signDeadline == null || now.isBefore(signDeadline)) {
      return false;
    }
    this.signOverdue = true;
    return true;
  }

  /** 升级 one level up to {@code to}; returns the new level. */
  int escalateTo(Unit to, Instant now) {
    this.escalationLevel++;
    this.escalatedTo = to;
    this.escalatedAt = now;
    return escalationLevel;
  }

  /**
   * The unit to report to at the next escalation: the parent of the last one reported to, or of
   * {@code owner}.
   */
  Unit nextEscalationUnit(Unit owner) {
    Unit from = escalatedTo != null ? escalatedTo : owner;
    return from == null ? null : from.parent();
  }

  /**
   * 延期 granted: counts it; a fresh reminder will come before the new deadline. Returns the count.
   */
  int extended() {
    this.extensionCount++;
    this.remindedAt = null;
    return extensionCount;
  }

  /** The calendar moved the sign deadline (null: unchanged). */
  void moveSignDeadline(Instant sign) {
    this.signDeadline = sign == null ? signDeadline : sign;
  }

  public Instant start() {
    return start;
  }

  public Instant signDeadline() {
    return signDeadline;
  }

  public Instant remindedAt() {
    return remindedAt;
  }

  public boolean signOverdue() {
    return signOverdue;
  }

  public int escalationLevel() {
    return escalationLevel;
  }

  public Instant escalatedAt() {
    return escalatedAt;
  }

  public Unit escalatedTo() {
    return escalatedTo;
  }

  public int extensionCount() {
    return extensionCount;
  }
}
