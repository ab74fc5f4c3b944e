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
import org.hotline.domain.model.catalogue.CatalogueItemVersion;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.unit.Unit;

/**
 * A hotline ticket (工单): one citizen's matter from intake to callback. Every change of state goes
 * through a method here that checks the current status and returns the history event that records
 * it; the caller persists that event in the same transaction.
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

  /** 派单 from the triage or returned queue, relying on a catalogue version (may be null). */
  public TicketEvent assignTo(
      Unit unit,
      String note,
      CatalogueItemVersion reliedOn,
      Instant returnDeadline,
      Actor actor,
      Instant now) {
    TicketLifecycle.ASSIGN.require(status);
    routing.requireAssignable();
    return route(unit, reliedOn, returnDeadline, now, TicketAction.ASSIGNED, note, actor, null);
  }

  /** 裁定: a binding decision on the responsible unit, which can no longer return the ticket. */
  public TicketEvent arbitrate(
      Unit unit, String reason, CatalogueItemVersion reliedOn, Actor actor, Instant now) {
    TicketLifecycle.ARBITRATE.require(status);
    routing.arbitrated();
    return route(unit, reliedOn, null, now, TicketAction.ARBITRATED, reason, actor, null);
  }

  /** 退单: the owner unit says the ticket is not its duty (rules in {@link RoutingState}). */
  public TicketEvent returnToCentre(
      String reason, CatalogueItemVersion reliedOn, Actor actor, Instant now) {
    TicketLifecycle.RETURN.require(status);
    routing.requireReturnable(now);
    EventDetail detail = reliedOn(EventDetail.of("unit", ownerUnit.code()), reliedOn);
    this.ownerUnit = null;
    parts().cancelAll();
    routing.returned(reason);
    handling().unsigned();
    return moveTo(TicketStatus.RETURNED, TicketAction.RETURNED, actor, now, reason, detail);
  }

  /** 改派: the dispatcher moves a ticket not yet replied to another unit. */
  public TicketEvent reroute(
      Unit unit,
      String reason,
      CatalogueItemVersion reliedOn,
      Instant returnDeadline,
      Actor actor,
      Instant now) {
    TicketLifecycle.REROUTE.require(status);
    parts().cancelAll();
    handling().unsigned();
    String from = ownerUnit.code();
    return route(unit, reliedOn, returnDeadline, now, TicketAction.REROUTED, reason, actor, from);
  }

  /** Whether the owner unit may still return the ticket at {@code now}. */
  public boolean returnable(Instant now) {
    return TicketLifecycle.RETURN.possible(this, now);
  }

  /** Routes to {@code unit}; {@code from} (may be null) is the unit it leaves. */
  private TicketEvent route(
      Unit unit,
      CatalogueItemVersion reliedOn,
      Instant returnDeadline,
      Instant now,
      TicketAction action,
      String note,
      Actor actor,
      String from) {
    this.ownerUnit = unit;
    routing.routed(now, returnDeadline, reliedOn);
    deadlines.newUnit();
    EventDetail detail = reliedOn(EventDetail.of("from", from).and("unit", unit.code()), reliedOn);
    return moveTo(TicketStatus.ASSIGNED, action, actor, now, note, detail);
  }

  /** The link to the main ticket; never null (JPA leaves it null when its column is). */
  private MergeLink mergeLink() {
    if (mergeLink == null) {
      mergeLink = MergeLink.none();
    }
    return mergeLink;
  }

  /** The catalogue item a routing relied on (职责条目 and its version), when one did. */
  private static EventDetail reliedOn(EventDetail detail, CatalogueItemVersion reliedOn) {
    return reliedOn == null
        ? detail
        : detail.and("catalogue", reliedOn.item().code()).and("version", reliedOn.number());
  }

  /** 签收 by the owner unit. */
  public TicketEvent sign(Actor actor, Instant now) {
    TicketLifecycle.SIGN.require(status);
    handling().signed(now);
    return moveTo(TicketStatus.SIGNED, TicketAction.SIGNED, actor, now, null, null);
  }

  /** 回复 the result, to the unit's chief first (所长审核) with {@code chiefReview}. */
  public TicketEvent reply(String text, boolean chiefReview, Actor actor, Instant now) {
    TicketLifecycle.REPLY.require(status);
    if (parts().anyPending()) {
      throw new TicketRuleException(TicketRuleException.ASSISTING_PARTS_PENDING);
    }
    handling().replied(text, chiefReview ? null : now);
    TicketStatus to = chiefReview ? TicketStatus.CHIEF_REVIEW : TicketStatus.REPLIED;
    EventDetail detail = chiefReview ? EventDetail.of("chiefReview", true) : null;
    return moveTo(to, TicketAction.REPLIED, actor, now, text, detail);
  }

  /** 所长审核: the chief lets the reply go to the centre, or sends it back to be handled again. */
  public TicketEvent chiefReview(boolean approved, String comment, Actor actor, Instant now) {
    TicketAction action =
        approved ? TicketAction.REPLY_CHIEF_APPROVED : TicketAction.REPLY_CHIEF_SENT_BACK;
    TicketLifecycle.CHIEF_REVIEW.require(status, action);
    if (approved) {
      handling().sentOn(now);
    }
    return moveTo(
        approved ? TicketStatus.REPLIED : TicketStatus.SIGNED, action, actor, now, comment, null);
  }

  /** 审核: approve (办结) or send back to the unit, which replies again. */
  public TicketEvent review(boolean approved, String comment, Actor actor, Instant now) {
    TicketAction action = approved ? TicketAction.REPLY_APPROVED : TicketAction.REPLY_SENT_BACK;
    TicketLifecycle.REVIEW.require(status, action);
    if (approved) {
      this.closedAt = now;
    }
    return moveTo(
        approved ? TicketStatus.CLOSED : TicketStatus.SIGNED, action, actor, now, comment, null);
  }

  /** Whether the citizen is still to be called back (回访): closed, or merged into a closed one. */
  public boolean callbackDue() {
    return TicketLifecycle.CALLBACK.possible(this, null);
  }

  /**
   * 合并: this repeat call joins {@code main} (rules in {@link MergeLink}); {@code followers}, the
   * calls merged into this one, follow it to {@code main}. The caller holds row locks on all.
   */
  public List<TicketEvent> mergeInto(
      Ticket main, List<Ticket> followers, String reason, Actor actor, Instant now) {
    TicketLifecycle.MERGE.require(status);
    MergeLink.requireMergeable(this, main);
    List<TicketEvent> events = new ArrayList<>(joined(main, null, reason, actor, now));
    for (Ticket follower : followers) {
      events.addAll(follower.follow(this, main, reason, actor, now));
    }
    return events;
  }

  /** This call's main ticket {@code via} joined {@code main}; public for lazy references. */
  public List<TicketEvent> follow(
      Ticket via, Ticket main, String reason, Actor actor, Instant now) {
    if (status != TicketStatus.MERGED || !mergeLink().hangsOff(via)) {
      throw new IllegalTicketTransitionException(TicketAction.MERGED, status);
    }
    return joined(main, via.number(), reason, actor, now);
  }

  /** Points this call at {@code main}: its own event and the one on {@code main}. */
  private List<TicketEvent> joined(
      Ticket main, String via, String reason, Actor actor, Instant now) {
    mergeLink().join(main);
    EventDetail detail = EventDetail.of("main", main.number()).and("via", via);
    return List.of(
        moveTo(TicketStatus.MERGED, TicketAction.MERGED, actor, now, reason, detail),
        main.noteCall(TicketAction.CALL_MERGED, number(), via, reason, actor, now));
  }

  /** 取消合并: the call becomes a ticket of its own again, back in the triage queue. */
  public List<TicketEvent> unmerge(String reason, Actor actor, Instant now) {
    TicketLifecycle.UNMERGE.require(status);
    Ticket main = mergeLink().leave();
    EventDetail detail = EventDetail.of("main", main.number());
    return List.of(
        moveTo(TicketStatus.PENDING_TRIAGE, TicketAction.UNMERGED, actor, now, reason, detail),
        main.noteCall(TicketAction.CALL_UNMERGED, number(), null, reason, actor, now));
  }

  /** Records on this main ticket a call merged in (maybe {@code via} another) or taken out. */
  private TicketEvent noteCall(
      TicketAction action, String callNumber, String via, String reason, Actor actor, Instant now) {
    return note(action, reason, EventDetail.of("call", callNumber).and("via", via), actor, now);
  }

  /** 协办: adds assisting units beside the owner, each with a part to reply on. */
  public TicketEvent addAssistingUnits(List<Unit> units, Actor actor, Instant now) {
    List<String> added = parts().add(this, ownerUnit, units, now);
    return note(TicketAction.ASSISTING_ADDED, null, EventDetail.of("units", added), actor, now);
  }

  /** The assisting unit replies on its part, before the owner replies on the whole. */
  public TicketEvent replyOnPart(Unit unit, String text, Actor actor, Instant now) {
    AssistingPart part =
        parts()
            .pendingOf(unit.code())
            .orElseThrow(
                () -> new IllegalTicketTransitionException(TicketAction.PART_REPLIED, status));
    TicketLifecycle.ASSIST_REPLY.require(status);
    part.reply(text, actor.username(), now);
    return note(TicketAction.PART_REPLIED, text, EventDetail.of("unit", unit.code()), actor, now);
  }

  /** The active assisting parts (pending or replied). */
  public List<AssistingPart> assistingParts() {
    return parts().active();
  }

  /** Whether the unit assists on this ticket (sees it, replies on its part). */
  public boolean assistedBy(String unitCode) {
    return parts().assistedBy(unitCode);
  }

  private AssistingParts parts() {
    return new AssistingParts(assistingParts);
  }

  /** Records what the other hotline fed back on a transfer (转办反馈). */
  public TicketEvent noteTransferFeedback(TransferRecord transfer, Actor actor, Instant now) {
    String note = transfer.externalNote();
    return note(TicketAction.TRANSFER_FEEDBACK, note, transfer.feedbackDetail(), actor, now);
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
    // the reasons are codes: the history carries them too, for the sentence people read
    EventDetail detail =
        EventDetail.of("result", result)
            .and("attempt", attempt.number())
            .and("reasons", attempt.reasons().isEmpty() ? null : attempt.reasons());
    TicketAction action =
        attempt.last() ? TicketAction.CALLED_BACK : TicketAction.CALLBACK_ATTEMPTED;
    return note(action, note, detail, actor, now);
  }

  /** Whether the owner unit still owes the reply (the reply deadline is running). */
  public boolean awaitingUnitReply() {
    return TicketStatusSet.OWED_BY_UNIT.contains(status);
  }

  /** Whether a new assignment restarts the reply deadline (after a return or a re-route). */
  public boolean routedBefore() {
    return routing.returnCount() > 0 || !deadlines.start().equals(createdAt());
  }

  /** The deadlines of the unit just assigned (see {@link HandlingDeadlines}). */
  public void scheduleHandling(Instant replyDeadline, Instant signDeadline, Instant restartAt) {
    deadlines.schedule(replyDeadline, signDeadline, restartAt);
  }

  /** 催办 the unit, once per deadline; empty when the unit has replied or was reminded already. */
  public Optional<TicketEvent> remind(Actor system, Instant now) {
    boolean due = TicketLifecycle.REMIND.allowedIn(status) && deadlines.remind(now);
    EventDetail detail = due ? unitDeadline(deadlines.replyDeadline()) : null;
    return mark(due, TicketAction.REMINDED, detail, system, now);
  }

  /** 超时未签收, once per assignment. */
  public Optional<TicketEvent> markSignOverdue(Actor system, Instant now) {
    boolean due =
        TicketLifecycle.MARK_SIGN_OVERDUE.allowedIn(status) && deadlines.markSignOverdue(now);
    EventDetail detail = due ? unitDeadline(deadlines.signDeadline()) : null;
    return mark(due, TicketAction.SIGN_OVERDUE, detail, system, now);
  }

  /** 超期: the reply deadline passed while the unit had not replied; once. */
  public Optional<TicketEvent> markOverdue(Actor system, Instant now) {
    boolean due = TicketLifecycle.MARK_OVERDUE.allowedIn(status) && deadlines.markOverdue(now);
    EventDetail detail = due ? unitDeadline(deadlines.replyDeadline()) : null;
    return Optional.ofNullable(due ? note(TicketAction.OVERDUE, null, detail, system, now) : null);
  }

  /** 升级: reports the still-overdue ticket to {@code to}, one level above the last. */
  public Optional<TicketEvent> escalate(Unit to, Actor system, Instant now) {
    boolean due =
        TicketLifecycle.ESCALATE.allowedIn(status) && deadlines.overdueAt() != null && to != null;
    EventDetail detail =
        due ? EventDetail.of("level", deadlines.escalateTo(to, now)).and("to", to.code()) : null;
    return mark(due, TicketAction.ESCALATED, detail, system, now);
  }

  /** The unit to report to at the next escalation: the parent of the owner, then its parent … */
  public Unit nextEscalationUnit() {
    return deadlines.nextEscalationUnit(ownerUnit);
  }

  /** 延期 approved: the new reply deadline; a fresh reminder will come before it. */
  public TicketEvent extendDeadline(Instant newDeadline, String note, Actor actor, Instant now) {
    TicketLifecycle.EXTEND_DEADLINE.require(status);
    return note(TicketAction.EXTENSION_APPROVED, note, deadlines.extend(newDeadline), actor, now);
  }

  /** The calendar changed: the deadlines move; empty when none did. */
  public Optional<TicketEvent> recomputeDeadlines(
      Instant reply, Instant sign, Actor system, Instant now) {
    return deadlines
        .recompute(reply, sign)
        .map(detail -> note(TicketAction.DEADLINES_RECOMPUTED, null, detail, system, now));
  }

  /** The owner unit and one of its deadlines, as the detail of a deadline event. */
  private EventDetail unitDeadline(Instant deadline) {
    return EventDetail.of("unit", ownerUnit.code()).and("deadline", BusinessTime.text(deadline));
  }

  /** Records what happened around the ticket, status unchanged; public for lazy references. */
  public TicketEvent note(
      TicketAction action, String note, EventDetail detail, Actor actor, Instant now) {
    this.updatedAt = now;
    return event(actor, action, status, status, note, detail, now);
  }

  /** 整改 after a dissatisfied callback of a ticket a unit handled, due at {@code dueAt}. */
  public Optional<TicketEvent> openRectification(Instant dueAt, Actor actor, Instant now) {
    if (!TicketLifecycle.OPEN_RECTIFICATION.possible(this, now) || !rectifications().called()) {
      return Optional.empty();
    }
    EventDetail detail = rectifications().open(this, ownerUnit, dueAt, callback.reasons(), now);
    this.closedAt = null;
    TicketAction action = TicketAction.RECTIFICATION_OPENED;
    return Optional.of(moveTo(TicketStatus.RECTIFYING, action, actor, now, null, detail));
  }

  /** The latest rectification, or null (the list is loaded only after a dissatisfied callback). */
  public Rectification currentRectification() {
    return rectifications().current();
  }

  /** 整改超期, once. */
  public Optional<TicketEvent> markRectificationOverdue(Actor system, Instant now) {
    boolean allowed = TicketLifecycle.MARK_RECTIFICATION_OVERDUE.allowedIn(status);
    EventDetail detail = allowed ? rectifications().markOverdue(ownerUnit, now).orElse(null) : null;
    return mark(detail != null, TicketAction.RECTIFICATION_OVERDUE, detail, system, now);
  }

  /** The head reports what was verified and rectified; the centre re-visits next. */
  public TicketEvent reportRectification(String report, Actor actor, Instant now) {
    TicketLifecycle.RECTIFICATION_REPORT.require(status);
    EventDetail detail = rectifications().report(report, actor.username(), now);
    TicketAction action = TicketAction.RECTIFICATION_REPORTED;
    return moveTo(TicketStatus.REVISITING, action, actor, now, report, detail);
  }

  /**
   * 整改撤回: the rectification of a rating's ticket is withdrawn because the rating was excluded from
   * the statistics; the ticket closes with the reason in its history (no re-visit, no slip).
   *
   * @throws IllegalStateException (through the lifecycle table) unless rectifying or re-visiting
   */
  public TicketEvent withdrawRectification(String reason, Actor actor, Instant now) {
    TicketLifecycle.WITHDRAW_RECTIFICATION.require(status);
    this.closedAt = now;
    return moveTo(
        TicketStatus.CLOSED,
        TicketAction.RECTIFICATION_WITHDRAWN,
        actor,
        now,
        reason,
        EventDetail.none());
  }

  /** 复访: closes the ticket again; a second dissatisfaction also proposes a slip (建议督办). */
  public List<TicketEvent> recordRevisit(
      CallbackResult result, String note, Actor actor, Instant now) {
    TicketLifecycle.REVISIT.require(status);
    boolean slip = rectifications().revisit(result, note, actor.username(), now);
    this.closedAt = now;
    EventDetail detail = EventDetail.of("result", result);
    TicketEvent revisited =
        moveTo(TicketStatus.CLOSED, TicketAction.REVISITED, actor, now, note, detail);
    this.slipProposed |= slip;
    return slip
        ? List.of(revisited, note(TicketAction.SLIP_PROPOSED, note, EventDetail.none(), actor, now))
        : List.of(revisited);
  }

  /**
   * 复访未接通: a re-visit call that did not reach the citizen. Recorded in the history; the ticket
   * keeps waiting for its re-visit (status unchanged), so the agent calls again later.
   *
   * @throws IllegalTicketTransitionException when the ticket is not waiting for a re-visit
   */
  public TicketEvent recordRevisitAttempt(String note, Actor actor, Instant now) {
    TicketLifecycle.REVISIT.require(status);
    return note(
        TicketAction.REVISIT_ATTEMPTED,
        note,
        EventDetail.of("result", CallbackResult.UNREACHABLE),
        actor,
        now);
  }

  private Rectifications rectifications() {
    return new Rectifications(rectifications, callback.result());
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  private TicketEvent moveTo(
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
  private Optional<TicketEvent> mark(
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
