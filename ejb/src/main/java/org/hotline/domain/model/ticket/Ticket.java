package org.hotline.domain.model.ticket;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.unit.Unit;

/**
 * A hotline ticket (工单): one citizen's matter from intake to callback. It is logged ({@link
 * TicketIntake}), answered on the call or routed ({@link #routingSteps()}), handled by the owner
 * unit ({@link #handlingSteps()}) under its deadlines ({@link #deadlineMarks()}), maybe merged with
 * repeat calls ({@link #mergeSteps()}), called back ({@link #recordCallback}) and, after a
 * dissatisfied callback, rectified ({@link #rectificationSteps()}). Every change of state checks
 * its row of the {@link TicketLifecycle} and returns the history event that records it; the caller
 * persists that event in the same transaction. The state lives in value objects of the ticket's own
 * row.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = "Ticket.findByNumber", query = "SELECT t FROM Ticket t WHERE t.number = :number")
public class Ticket extends TicketIntake {

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private TicketStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_unit_id")
  private Unit ownerUnit;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /**
   * 不计入统计: the ticket was opened by a rating a supervisor excluded (剔除); it keeps its history but
   * no figure (analysis, rankings) counts it.
   */
  @Column(name = "figures_excluded", nullable = false)
  private boolean figuresExcluded;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** 直接答复, 签收, 回复: may be null when loaded (all its columns null), see {@link #handling()}. */
  @Embedded private HandlingRecord handling = HandlingRecord.none();

  /** 回访: attempts, final result and reasons. */
  @Embedded private CallbackState callback = CallbackState.none();

  /** 派单、退单、裁定: how the ticket was routed and the rules of returns. */
  @Embedded private RoutingState routing = RoutingState.none();

  /** 协办 parts of assisting units, beside the owner (主办); rules in {@link AssistingParts}. */
  @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<AssistingPart> assistingParts = new ArrayList<>();

  /** 重复件合并: the main ticket this call was merged into; null when none (all columns null). */
  @Embedded private MergeLink mergeLink = MergeLink.none();

  /** 办理时限状态: reply and sign deadlines, overdue, reminder, escalation, extensions. */
  @Embedded private HandlingDeadlines deadlines;

  /** 建议督办: dissatisfied again after rectification; the director decides on a supervision slip. */
  @Column(name = "slip_proposed", nullable = false)
  private boolean slipProposed;

  @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<Rectification> rectifications = new ArrayList<>();

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected Ticket() {}

  /** A newly logged ticket, waiting for triage. */
  public Ticket(
      String number, TicketDetails details, Instant replyDeadline, String createdBy, Instant now) {
    super(number, details, createdBy, now);
    this.deadlines = new HandlingDeadlines(now, replyDeadline);
    this.updatedAt = now;
    this.status = TicketStatus.PENDING_TRIAGE;
  }

  /** The first event of every ticket. */
  public TicketEvent logged(Actor actor) {
    EventDetail detail = EventDetail.of("channel", channel());
    return event(
        actor, TicketAction.LOGGED, null, TicketStatus.PENDING_TRIAGE, null, detail, createdAt());
  }

  /** 直接答复: a consultation answered on the call is closed at once, still due for callback. */
  public TicketEvent answerDirectly(String answer, Actor actor, Instant now) {
    TicketLifecycle.ANSWER_DIRECTLY.require(status);
    handling().answered(answer);
    this.closedAt = now;
    return moveTo(TicketStatus.CLOSED, TicketAction.ANSWERED_DIRECTLY, actor, now, answer, null);
  }

  /**
   * 扫码评警: a dissatisfied QR rating of {@code unit} is logged as a ticket that unit answers for,
   * closed at once with the rating as its answer; its callback then records the rater's verdict.
   */
  public TicketEvent answeredByRating(Unit unit, String summary, Actor actor, Instant now) {
    this.ownerUnit = unit;
    return answerDirectly(summary, actor, now);
  }

  /** 派单, 裁定, 退单, 改派: the routing steps and their rules. */
  public RoutingSteps routingSteps() {
    return new RoutingSteps(this);
  }

  /** 签收, 回复, 所长审核, 审核, 协办: the owner unit's handling and the reviews of its reply. */
  public HandlingSteps handlingSteps() {
    return new HandlingSteps(this);
  }

  /** 合并, 取消合并 of repeat calls. */
  public MergeSteps mergeSteps() {
    return new MergeSteps(this);
  }

  /** 催办, 超时未签收, 超期, 升级, 延期: the marks of the handling deadlines. */
  public DeadlineMarks deadlineMarks() {
    return new DeadlineMarks(this);
  }

  /** 整改, 复访, 建议督办: what follows a dissatisfied callback. */
  public RectificationSteps rectificationSteps() {
    return new RectificationSteps(this, rectifications);
  }

  /** Whether the citizen is still to be called back (回访): closed, or merged into a closed one. */
  public boolean callbackDue() {
    return TicketLifecycle.CALLBACK.possible(this, null);
  }

  /** Whether the owner unit still owes the reply (the reply deadline is running). */
  public boolean awaitingUnitReply() {
    return TicketStatusSet.OWED_BY_UNIT.contains(status);
  }

  /** 回访 attempt; the rules of attempts and the final result are {@link CallbackState}'s. */
  public TicketEvent recordCallback(
      CallbackResult result, List<String> reasons, String note, Actor actor, Instant now) {
    if (!callbackDue()) {
      boolean attempt = result == CallbackResult.UNREACHABLE;
      TicketAction action = attempt ? TicketAction.CALLBACK_ATTEMPTED : TicketAction.CALLED_BACK;
      throw new IllegalTicketTransitionException(action, status);
    }
    CallbackState.Attempt attempt = callback.record(result, reasons, now);
    TicketAction action =
        attempt.last() ? TicketAction.CALLED_BACK : TicketAction.CALLBACK_ATTEMPTED;
    return note(action, note, attempt.detail(result), actor, now);
  }

  /** Records what happened around the ticket, status unchanged; public for lazy references. */
  public TicketEvent note(
      TicketAction action, String note, EventDetail detail, Actor actor, Instant now) {
    this.updatedAt = now;
    return event(actor, action, status, status, note, detail, now);
  }

  /** The workflow instance that routes the ticket's tasks and runs its timers. */
  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** 协办: the assisting units' parts and their rules. */
  public AssistingParts assisting() {
    return new AssistingParts(assistingParts);
  }

  /** The link to the main ticket; never null (JPA leaves it null when its column is). */
  MergeLink mergeLink() {
    if (mergeLink == null) {
      mergeLink = MergeLink.none();
    }
    return mergeLink;
  }

  /** A new owner unit (派单, 退单: none). */
  void ownedBy(Unit unit) {
    this.ownerUnit = unit;
  }

  /** Closed at {@code now}; null reopens it (整改). */
  void closedAt(Instant now) {
    this.closedAt = now;
  }

  /**
   * Takes the ticket out of every figure (its history stays): the rating that opened it was
   * excluded. Idempotent.
   */
  public void excludeFromFigures() {
    this.figuresExcluded = true;
  }

  /** Whether no figure counts this ticket ({@link #excludeFromFigures}). */
  public boolean figuresExcluded() {
    return figuresExcluded;
  }

  /** 建议督办: the director is to decide on a supervision slip. */
  void proposeSlip() {
    this.slipProposed = true;
  }

  /** 撤回督办建议: the proposal no longer stands (its rating was excluded). */
  void withdrawSlipProposal() {
    this.slipProposed = false;
  }

  /** Moves to {@code to} and returns the event that records it. */
  TicketEvent moveTo(
      TicketStatus to,
      TicketAction action,
      Actor actor,
      Instant now,
      String note,
      EventDetail detail) {
    TicketStatus from = status;
    this.status = to;
    this.updatedAt = now;
    return event(actor, action, from, to, note, detail, now);
  }

  /** A system mark in the current status, when {@code due}; it leaves {@code updatedAt} as is. */
  Optional<TicketEvent> mark(
      boolean due, TicketAction action, EventDetail detail, Actor system, Instant now) {
    return due
        ? Optional.of(event(system, action, status, status, null, detail, now))
        : Optional.empty();
  }

  private TicketEvent event(
      Actor actor,
      TicketAction action,
      TicketStatus from,
      TicketStatus to,
      String note,
      EventDetail detail,
      Instant at) {
    if (id() == null) {
      throw new IllegalStateException("persist the ticket before recording its history");
    }
    return new TicketEvent(id(), at, actor, action, from, to, note, detail);
  }

  public TicketStatus status() {
    return status;
  }

  public Unit ownerUnit() {
    return ownerUnit;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  /** 直接答复, 签收, 回复. */
  public HandlingRecord handling() {
    if (handling == null) {
      handling = HandlingRecord.none();
    }
    return handling;
  }

  /** 派单、退单、裁定状态. */
  public RoutingState routing() {
    return routing;
  }

  /** 办理时限状态. */
  public HandlingDeadlines deadlines() {
    return deadlines;
  }

  /** 回访状态. */
  public CallbackState callback() {
    return callback;
  }

  /** The main ticket this call was merged into, or null. */
  public Ticket mergedInto() {
    return mergeLink().mainTicket();
  }

  public boolean slipProposed() {
    return slipProposed;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}
