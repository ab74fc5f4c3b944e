package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Optional;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.unit.Unit;

/**
 * The deadline state of a ticket's handling (办理时限状态), in the ticket's own row: the reply deadline
 * (答复时限) and from when it counts, the overdue mark (超期), the sign deadline and whether it was
 * missed (超时未签收), the reminder (催办), the escalation up the unit hierarchy (升级) and the extensions
 * granted (延期). It owns the "once" rules of these marks; the listing orders by {@code
 * deadlines.replyDeadline} and the full-text index holds {@code deadlines.replyDeadline} and {@code
 * deadlines.overdueAt}.
 */
@Embeddable
public class HandlingDeadlines {

  /** 答复时限 of the owner unit (null: answered on the call). */
  @Column(name = "reply_deadline")
  private Instant replyDeadline;

  /** When the reply deadline passed without a reply (超期); kept for the rankings. */
  @Column(name = "overdue_at")
  private Instant overdueAt;

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

  /**
   * The deadlines of a ticket logged at {@code start}, due for a reply by {@code replyDeadline}.
   */
  HandlingDeadlines(Instant start, Instant replyDeadline) {
    this.start = start;
    this.replyDeadline = replyDeadline;
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
   * The deadlines of the unit just assigned; {@code restartAt} (not null) restarts the count of the
   * reply deadline. Reminder and overdue marks start afresh. The deadlines come from the time-limit
   * rules and the calendar, which the application reads.
   */
  public void schedule(Instant replyDeadline, Instant signDeadline, Instant restartAt) {
    if (restartAt != null) {
      this.start = restartAt;
    }
    this.replyDeadline = replyDeadline;
    this.signDeadline = signDeadline;
    this.remindedAt = null;
    this.overdueAt = null;
  }

  /** Whether the reply deadline is set and has not passed at {@code now}. */
  boolean beforeReplyDeadline(Instant now) {
    return replyDeadline != null && now.isBefore(replyDeadline);
  }

  /** 超期 once, when the reply deadline has passed at {@code now}; false otherwise. */
  boolean markOverdue(Instant now) {
    if (overdueAt != null || replyDeadline == null || now.isBefore(replyDeadline)) {
      return false;
    }
    this.overdueAt = now;
    return true;
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
   * 延期 granted: the new reply deadline, counted; a fresh reminder will come before it. Returns the
   * event detail (from, to, count).
   */
  EventDetail extend(Instant newDeadline) {
    this.extensionCount++;
    this.remindedAt = null;
    EventDetail detail =
        EventDetail.of("from", BusinessTime.text(replyDeadline))
            .and("to", BusinessTime.text(newDeadline))
            .and("count", extensionCount);
    this.replyDeadline = newDeadline;
    return detail;
  }

  /**
   * The calendar changed: the reply and sign deadlines move to {@code reply} and {@code sign}
   * (null: unchanged). Returns the event detail of the move, empty when neither moved.
   */
  Optional<EventDetail> recompute(Instant reply, Instant sign) {
    boolean replyMoved = reply != null && !reply.equals(replyDeadline);
    boolean signMoved = sign != null && !sign.equals(signDeadline);
    if (!replyMoved && !signMoved) {
      return Optional.empty();
    }
    EventDetail detail =
        EventDetail.of("reply", moved(replyDeadline, reply))
            .and("sign", moved(signDeadline, sign))
            .and("cause", "CALENDAR_CHANGED");
    this.replyDeadline = reply == null ? replyDeadline : reply;
    this.signDeadline = sign == null ? signDeadline : sign;
    return Optional.of(detail);
  }

  private static String moved(Instant from, Instant to) {
    return BusinessTime.text(from) + "->" + BusinessTime.text(to);
  }

  /** 答复时限, or null. */
  public Instant replyDeadline() {
    return replyDeadline;
  }

  /** When the ticket became overdue (超期), or null. */
  public Instant overdueAt() {
    return overdueAt;
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
