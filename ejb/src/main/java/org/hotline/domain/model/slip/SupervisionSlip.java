package org.hotline.domain.model.slip;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.ticket.Actor;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketRuleException;
import org.hotline.domain.model.unit.Unit;

/**
 * 局长督办单: the office director leads, a deputy director supervises, and the head of the responsible
 * unit personally acknowledges, handles, calls the citizen back and reports; the director accepts
 * the report or sends it back. Numbered per year: 督〔2026〕79号.
 */
@Entity
@Table(name = "supervision_slip")
public class SupervisionSlip {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "slip_year", nullable = false, updatable = false)
  private int year;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Column(name = "title", nullable = false, length = 200, updatable = false)
  private String title;

  @Column(name = "requirements", nullable = false, length = 2000, updatable = false)
  private String requirements;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private SlipStatus status;

  @Column(name = "deadline", nullable = false, updatable = false)
  private Instant deadline;

  /** 牵头: the office director who issued it. */
  @Column(name = "lead_username", nullable = false, length = 60, updatable = false)
  private String leadUsername;

  /** 督导: the deputy director in charge of the branch. */
  @Column(name = "supervisor_username", nullable = false, length = 60, updatable = false)
  private String supervisorUsername;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false, updatable = false)
  private Unit unit;

  /** 责任人: the head of the responsible unit, who handles it in person. */
  @Column(name = "head_username", nullable = false, length = 60, updatable = false)
  private String headUsername;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "supervision_slip_ticket",
      joinColumns = @JoinColumn(name = "slip_id"),
      inverseJoinColumns = @JoinColumn(name = "ticket_id"))
  @OrderBy("id")
  private List<Ticket> tickets = new ArrayList<>();

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "handled_at")
  private Instant handledAt;

  @Column(name = "handling_note", length = 2000)
  private String handlingNote;

  @Column(name = "called_back_at")
  private Instant calledBackAt;

  @Column(name = "callback_note", length = 2000)
  private String callbackNote;

  @Column(name = "reported_at")
  private Instant reportedAt;

  @Column(name = "report", length = 2000)
  private String report;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "review_note", length = 1000)
  private String reviewNote;

  @Column(name = "send_back_count", nullable = false)
  private int sendBackCount;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "overdue_at")
  private Instant overdueAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected SupervisionSlip() {}

  /** The facts a director fills in when issuing a slip. */
  public record Issue(
      String title,
      String requirements,
      Instant deadline,
      String supervisorUsername,
      Unit unit,
      String headUsername,
      List<Ticket> tickets) {}

  public SupervisionSlip(int year, int seq, Issue issue, String leadUsername, Instant now) {
    this.year = year;
    this.seq = seq;
    this.title = issue.title();
    this.requirements = issue.requirements();
    this.deadline = issue.deadline();
    this.supervisorUsername = issue.supervisorUsername();
    this.unit = issue.unit();
    this.headUsername = issue.headUsername();
    this.tickets = new ArrayList<>(issue.tickets());
    this.leadUsername = leadUsername;
    this.issuedAt = now;
    this.status = SlipStatus.ISSUED;
  }

  /** 督〔2026〕79号 */
  public String number() {
    return "督〔" + year + "〕" + seq + "号";
  }

  public SlipEvent issued(Actor actor) {
    return new SlipEvent(
        id, issuedAt, actor, SlipAction.ISSUED, null, SlipStatus.ISSUED, requirements);
  }

  public SlipEvent acknowledge(Actor actor, Instant now) {
    acknowledgedAt = now;
    return move(
        SlipStatus.ISSUED, SlipStatus.ACKNOWLEDGED, SlipAction.ACKNOWLEDGED, actor, now, null);
  }

  public SlipEvent handle(String note, Actor actor, Instant now) {
    handledAt = now;
    handlingNote = note;
    return move(SlipStatus.ACKNOWLEDGED, SlipStatus.HANDLED, SlipAction.HANDLED, actor, now, note);
  }

  public SlipEvent callBack(String note, Actor actor, Instant now) {
    calledBackAt = now;
    callbackNote = note;
    return move(
        SlipStatus.HANDLED, SlipStatus.CALLED_BACK, SlipAction.CALLED_BACK, actor, now, note);
  }

  public SlipEvent report(String text, Actor actor, Instant now) {
    reportedAt = now;
    report = text;
    return move(SlipStatus.CALLED_BACK, SlipStatus.REPORTED, SlipAction.REPORTED, actor, now, text);
  }

  /** The director accepts the report (办结) or sends it back to be handled again. */
  public SlipEvent review(boolean accepted, String note, Actor actor, Instant now) {
    reviewNote = note;
    if (accepted) {
      resolvedAt = now;
      return move(SlipStatus.REPORTED, SlipStatus.RESOLVED, SlipAction.RESOLVED, actor, now, note);
    }
    sendBackCount++;
    return move(
        SlipStatus.REPORTED, SlipStatus.ACKNOWLEDGED, SlipAction.SENT_BACK, actor, now, note);
  }

  /** 催办, once, while the unit still works on it. */
  public Optional<SlipEvent> remind(Actor system, Instant now) {
    if (!status.withUnit() || remindedAt != null) {
      return Optional.empty();
    }
    remindedAt = now;
    return Optional.of(new SlipEvent(id, now, system, SlipAction.REMINDED, status, status, null));
  }

  /** 超期, once, when the deadline passed with the unit still at work. */
  public Optional<SlipEvent> markOverdue(Actor system, Instant now) {
    if (!status.withUnit() || overdueAt != null || now.isBefore(deadline)) {
      return Optional.empty();
    }
    overdueAt = now;
    return Optional.of(new SlipEvent(id, now, system, SlipAction.OVERDUE, status, status, null));
  }

  private SlipEvent move(
      SlipStatus expected,
      SlipStatus to,
      SlipAction action,
      Actor actor,
      Instant now,
      String note) {
    if (status != expected) {
      throw new TicketRuleException(TicketRuleException.SLIP_STEP_NOT_ALLOWED);
    }
    SlipStatus from = status;
    status = to;
    return new SlipEvent(id, now, actor, action, from, to, note);
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long id() {
    return id;
  }

  public int year() {
    return year;
  }

  public int seq() {
    return seq;
  }

  public String title() {
    return title;
  }

  public String requirements() {
    return requirements;
  }

  public SlipStatus status() {
    return status;
  }

  public Instant deadline() {
    return deadline;
  }

  public String leadUsername() {
    return leadUsername;
  }

  public String supervisorUsername() {
    return supervisorUsername;
  }

  public Unit unit() {
    return unit;
  }

  public String headUsername() {
    return headUsername;
  }

  public List<Ticket> tickets() {
    return List.copyOf(tickets);
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant handledAt() {
    return handledAt;
  }

  public String handlingNote() {
    return handlingNote;
  }

  public Instant calledBackAt() {
    return calledBackAt;
  }

  public String callbackNote() {
    return callbackNote;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public String report() {
    return report;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public String reviewNote() {
    return reviewNote;
  }

  public int sendBackCount() {
    return sendBackCount;
  }

  public Instant remindedAt() {
    return remindedAt;
  }

  public Instant overdueAt() {
    return overdueAt;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}
