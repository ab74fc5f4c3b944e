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
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.Urgency;

/**
 * 时限规则: how long a unit has to sign for and reply to a ticket, when it is reminded, when an overdue
 * ticket escalates and how far it may be extended. Blank category, urgency or channel match any;
 * {@link TimeLimitRules#pick} chooses the most specific rule that matches.
 */
@Entity
@Table(name = "time_limit_rule")
public class TimeLimitRule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** A category or a parent category (matches its children); null: any. */
  @Column(name = "category_code", length = 40)
  private String categoryCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "urgency", length = 20)
  private Urgency urgency;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 20)
  private Channel channel;

  /** 签收时限, in working hours after assignment. */
  @Column(name = "sign_hours", nullable = false)
  private int signHours;

  /** 办理时限, in working days after intake; null: the category's default; 0: the same day. */
  @Column(name = "reply_days")
  private Integer replyDays;

  /** 催办: working days before the reply deadline. */
  @Column(name = "remind_before_days", nullable = false)
  private int remindBeforeDays;

  /** 升级: working days after expiry before the next level up is told, and between levels. */
  @Column(name = "escalate_after_days", nullable = false)
  private int escalateAfterDays;

  /** 延期次数上限 */
  @Column(name = "max_extensions", nullable = false)
  private int maxExtensions;

  /** 延期最长工作日 */
  @Column(name = "max_extension_days", nullable = false)
  private int maxExtensionDays;

  /** Whether the centre approves an extension after the unit's chief. */
  @Column(name = "centre_approval", nullable = false)
  private boolean centreApproval;

  @Column(name = "note", length = 200)
  private String note;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  protected TimeLimitRule() {}

  public TimeLimitRule(
      String categoryCode,
      Urgency urgency,
      Channel channel,
      Limits limits,
      String updatedBy,
      Instant now) {
    this.categoryCode = categoryCode;
    this.urgency = urgency;
    this.channel = channel;
    change(limits, updatedBy, now);
  }

  /** The limits a rule sets, as one value (what an admin edits). */
  public record Limits(
      int signHours,
      Integer replyDays,
      int remindBeforeDays,
      int escalateAfterDays,
      int maxExtensions,
      int maxExtensionDays,
      boolean centreApproval,
      String note) {}

  public void change(Limits limits, String by, Instant now) {
    this.signHours = limits.signHours();
    this.replyDays = limits.replyDays();
    this.remindBeforeDays = limits.remindBeforeDays();
    this.escalateAfterDays = limits.escalateAfterDays();
    this.maxExtensions = limits.maxExtensions();
    this.maxExtensionDays = limits.maxExtensionDays();
    this.centreApproval = limits.centreApproval();
    this.note = limits.note();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /**
   * Whether the rule applies to a ticket of this category (or a child of it), urgency and channel.
   */
  public boolean matches(Category category, Urgency ticketUrgency, Channel ticketChannel) {
    return (urgency == null || urgency == ticketUrgency)
        && (channel == null || channel == ticketChannel)
        && (categoryCode == null || categoryDepth(category) >= 0);
  }

  /**
   * Higher is more specific: an exact category beats its parent, a category beats an urgency, which
   * beats a channel.
   */
  int specificity(Category category) {
    int score = 0;
    if (categoryCode != null) {
      score += 100 - 10 * categoryDepth(category);
    }
    if (urgency != null) {
      score += 5;
    }
    if (channel != null) {
      score += 2;
    }
    return score;
  }

  /** 0 when the category is the rule's, 1 for its child, …; -1 when it is not under it. */
  private int categoryDepth(Category category) {
    int depth = 0;
    for (Category c = category; c != null; c = c.parent(), depth++) {
      if (c.code().equals(categoryCode)) {
        return depth;
      }
    }
    return -1;
  }

  /** Reply working days for a ticket of this category and urgency. */
  public int replyDays(Category category, Urgency ticketUrgency) {
    return replyDays != null ? replyDays : ticketUrgency.replyWorkingDays(category.deadlineDays());
  }

  public Long id() {
    return id;
  }

  public String categoryCode() {
    return categoryCode;
  }

  public Urgency urgency() {
    return urgency;
  }

  public Channel channel() {
    return channel;
  }

  public Limits limits() {
    return new Limits(
        signHours,
        replyDays,
        remindBeforeDays,
        escalateAfterDays,
        maxExtensions,
        maxExtensionDays,
        centreApproval,
        note);
  }

  public int signHours() {
    return signHours;
  }

  public int remindBeforeDays() {
    return remindBeforeDays;
  }

  public int escalateAfterDays() {
    return escalateAfterDays;
  }

  public int maxExtensions() {
    return maxExtensions;
  }

  public int maxExtensionDays() {
    return maxExtensionDays;
  }

  public boolean centreApproval() {
    return centreApproval;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
