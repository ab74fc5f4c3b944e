package org.hotline.domain.model.ticket;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.catalogue.CatalogueItemVersion;
import org.hotline.domain.model.category.Category;
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
public class Ticket {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "number", nullable = false, unique = true, length = 20, updatable = false)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 20)
  private Channel channel;

  @Column(name = "caller_name", length = 60)
  private String callerName;

  /** The number as the caller gave it, for display. */
  @Column(name = "caller_phone", length = 30)
  private String callerPhone;

  /**
   * The same number normalised to E.164 by {@link CallerPhones}: what lookups and repeat calls
   * compare.
   */
  @Column(name = "caller_phone_e164", length = 20)
  private String callerPhoneE164;

  /** 保密: the caller's identity is hidden from the handling unit. */
  @Column(name = "confidential", nullable = false)
  private boolean confidential;

  @Column(name = "address", length = 300)
  private String address;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "area_id", nullable = false)
  private Area area;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(name = "urgency", nullable = false, length = 20)
  private Urgency urgency;

  @Column(name = "content", nullable = false, length = 4000)
  private String content;

  @Column(name = "direct_answer", length = 4000)
  private String directAnswer;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private TicketStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_unit_id")
  private Unit ownerUnit;

  @Column(name = "reply_deadline")
  private Instant replyDeadline;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 60, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "reply_text", length = 4000)
  private String replyText;

  @Enumerated(EnumType.STRING)
  @Column(name = "callback_result", length = 30)
  private CallbackResult callbackResult;

  /**
   * The reasons of the final callback (回访原因), in the order given; one row each in {@code
   * ticket_callback_reason}, never joined into one text.
   */
  @ElementCollection
  @CollectionTable(name = "ticket_callback_reason", joinColumns = @JoinColumn(name = "ticket_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "reason", nullable = false, length = CallbackResult.MAX_REASON_LENGTH)
  private List<String> callbackReasons = new ArrayList<>();

  @Column(name = "callback_attempts", nullable = false)
  private int callbackAttempts;

  @Column(name = "called_back_at")
  private Instant calledBackAt;

  /** 派单、退单、裁定: how the ticket was routed and the rules of returns. */
  @Embedded private RoutingState routing = RoutingState.none();

  /** 协办 parts of assisting units, beside the owner (主办). */
  @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<AssistingPart> assistingParts = new ArrayList<>();

  /** The main ticket this repeat call was merged into (重复件合并), while merged. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "main_ticket_id")
  private Ticket mergedInto;

  /** When the reply deadline passed without a reply (超期); kept for the rankings. */
  @Column(name = "overdue_at")
  private Instant overdueAt;

  /** 办理时限状态: sign deadline, reminder, escalation, extensions. */
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
    this.number = number;
    this.channel = details.channel();
    this.callerName = details.callerName();
    this.callerPhone = details.callerPhone();
    this.callerPhoneE164 = CallerPhones.e164(details.callerPhone()).orElse(null);
    this.confidential = details.confidential();
    this.address = details.address();
    this.area = details.area();
    this.category = details.category();
    this.urgency = details.urgency();
    this.content = details.content();
    this.replyDeadline = replyDeadline;
    this.deadlines = new HandlingDeadlines(now);
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
    this.status = TicketStatus.PENDING_TRIAGE;
  }

  /** The first event of every ticket. */
  public TicketEvent logged(Actor actor) {
    return event(
        actor,
        TicketAction.LOGGED,
        null,
        TicketStatus.PENDING_TRIAGE,
        null,
        EventDetail.of("channel", channel),
        createdAt);
  }

  /** 直接答复: a consultation answered on the call is closed at once, still due for callback. */
  public TicketEvent answerDirectly(String answer, Actor actor, Instant now) {
    TicketLifecycle.ANSWER_DIRECTLY.require(status);
    this.directAnswer = answer;
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

  /** Working days after assignment in which the unit may return the ticket (退单时限). */
  public static final int RETURN_WINDOW_WORKING_DAYS = 2;

  /** Returns after which only an arbitration may route the ticket. */
  public static final int RETURNS_BEFORE_ARBITRATION = 2;

  /**
   * 派单 to a handling unit, from the triage queue or the returned queue; {@code reliedOn} is the
   * catalogue version the routing is based on (may be null); {@code returnDeadline} ends the unit's
   * right to return it.
   */
  public TicketEvent assignTo(
      Unit unit,
      String note,
      CatalogueItemVersion reliedOn,
      Instant returnDeadline,
      Actor actor,
      Instant now) {
    TicketLifecycle.ASSIGN.require(status);
    routing.requireAssignable();
    return route(unit, reliedOn, returnDeadline, now, TicketAction.ASSIGNED, note, actor);
  }

  /** 裁定: a binding decision on the responsible unit, which can no longer return the ticket. */
  public TicketEvent arbitrate(
      Unit unit, String reason, CatalogueItemVersion reliedOn, Actor actor, Instant now) {
    TicketLifecycle.ARBITRATE.require(status);
    routing.arbitrated();
    return route(unit, reliedOn, null, now, TicketAction.ARBITRATED, reason, actor);
  }

  /**
   * 退单: the owner unit says the ticket is not its duty, relying on a catalogue item; allowed before
   * signing or while handling, until the return deadline, never after an arbitration.
   */
  public TicketEvent returnToCentre(
      String reason, CatalogueItemVersion reliedOn, Actor actor, Instant now) {
    TicketLifecycle.RETURN.require(status);
    routing.requireReturnable(now);
    EventDetail detail = reliedOn(EventDetail.of("unit", ownerUnit.code()), reliedOn);
    this.ownerUnit = null;
    assistingParts.forEach(AssistingPart::cancel);
    routing.returned(reason);
    this.signedAt = null;
    return moveTo(TicketStatus.RETURNED, TicketAction.RETURNED, actor, now, reason, detail);
  }

  /**
   * 改派: the dispatcher moves a ticket still being handled (not yet replied) to another unit — the
   * way to correct a routing once the unit's return window has passed.
   */
  public TicketEvent reroute(
      Unit unit,
      String reason,
      CatalogueItemVersion reliedOn,
      Instant returnDeadline,
      Actor actor,
      Instant now) {
    TicketLifecycle.REROUTE.require(status);
    assistingParts.forEach(AssistingPart::cancel);
    this.signedAt = null;
    return route(
        unit,
        reliedOn,
        returnDeadline,
        now,
        TicketAction.REROUTED,
        reason,
        actor,
        EventDetail.of("from", ownerUnit.code()));
  }

  /** Whether the owner unit may still return the ticket at {@code now}. */
  public boolean returnable(Instant now) {
    return TicketLifecycle.RETURN.possible(this, now);
  }

  private TicketEvent route(
      Unit unit,
      CatalogueItemVersion reliedOn,
      Instant returnDeadline,
      Instant now,
      TicketAction action,
      String note,
      Actor actor) {
    return route(unit, reliedOn, returnDeadline, now, action, note, actor, EventDetail.none());
  }

  private TicketEvent route(
      Unit unit,
      CatalogueItemVersion reliedOn,
      Instant returnDeadline,
      Instant now,
      TicketAction action,
      String note,
      Actor actor,
      EventDetail detailPrefix) {
    this.ownerUnit = unit;
    routing.routed(now, returnDeadline, reliedOn);
    deadlines.newUnit();
    EventDetail detail = reliedOn(detailPrefix.and("unit", unit.code()), reliedOn);
    return moveTo(TicketStatus.ASSIGNED, action, actor, now, note, detail);
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
    this.signedAt = now;
    return moveTo(TicketStatus.SIGNED, TicketAction.SIGNED, actor, now, null, null);
  }

  /**
   * 回复 the result. With {@code chiefReview} it waits for the unit's chief (所长审核) and leaves the
   * unit only when approved; otherwise the centre reviews it next.
   */
  public TicketEvent reply(String text, boolean chiefReview, Actor actor, Instant now) {
    TicketLifecycle.REPLY.require(status);
    if (assistingParts.stream().anyMatch(AssistingPart::pending)) {
      throw new TicketRuleException(TicketRuleException.ASSISTING_PARTS_PENDING);
    }
    this.replyText = text;
    if (chiefReview) {
      return moveTo(
          TicketStatus.CHIEF_REVIEW,
          TicketAction.REPLIED,
          actor,
          now,
          text,
          EventDetail.of("chiefReview", true));
    }
    this.repliedAt = now;
    return moveTo(TicketStatus.REPLIED, TicketAction.REPLIED, actor, now, text, null);
  }

  /** 所长审核: the chief lets the reply go to the centre, or sends it back to be handled again. */
  public TicketEvent chiefReview(boolean approved, String comment, Actor actor, Instant now) {
    TicketAction action =
        approved ? TicketAction.REPLY_CHIEF_APPROVED : TicketAction.REPLY_CHIEF_SENT_BACK;
    TicketLifecycle.CHIEF_REVIEW.require(status, action);
    if (approved) {
      this.repliedAt = now;
      return moveTo(TicketStatus.REPLIED, action, actor, now, comment, null);
    }
    return moveTo(TicketStatus.SIGNED, action, actor, now, comment, null);
  }

  /** 审核: approve (办结) or send back to the unit, which replies again. */
  public TicketEvent review(boolean approved, String comment, Actor actor, Instant now) {
    TicketAction action = approved ? TicketAction.REPLY_APPROVED : TicketAction.REPLY_SENT_BACK;
    TicketLifecycle.REVIEW.require(status, action);
    if (approved) {
      this.closedAt = now;
      return moveTo(TicketStatus.CLOSED, action, actor, now, comment, null);
    }
    return moveTo(TicketStatus.SIGNED, action, actor, now, comment, null);
  }

  /**
   * Whether the callback centre still has to reach the citizen: after closure, and for a merged
   * call once its main ticket is closed (the caller of every call is called back).
   */
  public boolean callbackDue() {
    return TicketLifecycle.CALLBACK.possible(this, null);
  }

  /**
   * 合并: this repeat call joins {@code main}, which carries on; allowed while this ticket waits in a
   * queue of the centre, never into a ticket that is itself merged (no chains, no cycles). {@code
   * followers} are the calls merged into this ticket so far: they follow it to {@code main}
   * (re-pointed, recorded in their history and in the main ticket's), so that every call of the
   * matter hangs directly off the one ticket that will be closed and called back. The caller holds
   * row locks on this ticket, {@code main} and the followers. Returns the events to append.
   */
  public List<TicketEvent> mergeInto(
      Ticket main, List<Ticket> followers, String reason, Actor actor, Instant now) {
    TicketLifecycle.MERGE.require(status);
    if (main.id().equals(id) || main.status() == TicketStatus.MERGED) {
      throw new TicketRuleException(TicketRuleException.NOT_MERGEABLE);
    }
    List<TicketEvent> events = new ArrayList<>();
    this.mergedInto = main;
    events.add(
        moveTo(
            TicketStatus.MERGED,
            TicketAction.MERGED,
            actor,
            now,
            reason,
            EventDetail.of("main", main.number())));
    events.add(main.noteCall(TicketAction.CALL_MERGED, number, reason, actor, now));
    for (Ticket follower : followers) {
      events.addAll(follower.follow(this, main, reason, actor, now));
    }
    return events;
  }

  /**
   * This merged call's main ticket {@code via} was itself merged into {@code main}: the call now
   * belongs to {@code main}. Public, so that it runs on the entity behind a lazy reference.
   */
  public List<TicketEvent> follow(
      Ticket via, Ticket main, String reason, Actor actor, Instant now) {
    if (status != TicketStatus.MERGED || mergedInto == null || !mergedInto.id().equals(via.id())) {
      throw new IllegalTicketTransitionException(TicketAction.MERGED, status);
    }
    this.mergedInto = main;
    TicketEvent own =
        moveTo(
            TicketStatus.MERGED,
            TicketAction.MERGED,
            actor,
            now,
            reason,
            EventDetail.of("main", main.number()).and("via", via.number()));
    return List.of(
        own, main.noteCall(TicketAction.CALL_MERGED, number, via.number(), reason, actor, now));
  }

  /** 取消合并: the call becomes a ticket of its own again, back in the triage queue. */
  public List<TicketEvent> unmerge(String reason, Actor actor, Instant now) {
    TicketLifecycle.UNMERGE.require(status);
    Ticket main = mergedInto;
    this.mergedInto = null;
    TicketEvent own =
        moveTo(
            TicketStatus.PENDING_TRIAGE,
            TicketAction.UNMERGED,
            actor,
            now,
            reason,
            EventDetail.of("main", main.number()));
    return List.of(own, main.noteCall(TicketAction.CALL_UNMERGED, number, reason, actor, now));
  }

  /**
   * Records on this (main) ticket that a call was merged into it or taken out again. Public, so
   * that it runs on the entity even when called through a lazy reference.
   */
  public TicketEvent noteCall(
      TicketAction action, String callNumber, String reason, Actor actor, Instant now) {
    return noteCall(action, callNumber, null, reason, actor, now);
  }

  /**
   * As {@link #noteCall(TicketAction, String, String, Actor, Instant)}, for a call that came {@code
   * via} another ticket.
   */
  public TicketEvent noteCall(
      TicketAction action, String callNumber, String via, String reason, Actor actor, Instant now) {
    this.updatedAt = now;
    return event(
        actor,
        action,
        status,
        status,
        reason,
        EventDetail.of("call", callNumber).and("via", via),
        now);
  }

  /**
   * 协办: adds assisting units beside the owner; each gets a part to reply on. Units already
   * assisting, and the owner itself, are skipped.
   */
  public TicketEvent addAssistingUnits(List<Unit> units, Actor actor, Instant now) {
    List<String> added = new ArrayList<>();
    for (Unit unit : units) {
      boolean known =
          unit.code().equals(ownerUnit.code())
              || assistingParts.stream()
                  .anyMatch(p -> p.active() && p.unit().code().equals(unit.code()));
      if (!known) {
        assistingParts.add(new AssistingPart(this, unit, now));
        added.add(unit.code());
      }
    }
    this.updatedAt = now;
    return event(
        actor,
        TicketAction.ASSISTING_ADDED,
        status,
        status,
        null,
        EventDetail.of("units", added),
        now);
  }

  /** The assisting unit replies on its part, while the owner has not replied on the whole yet. */
  public TicketEvent replyOnPart(Unit unit, String text, Actor actor, Instant now) {
    AssistingPart part =
        assistingParts.stream()
            .filter(p -> p.pending() && p.unit().code().equals(unit.code()))
            .findFirst()
            .orElseThrow(
                () -> new IllegalTicketTransitionException(TicketAction.PART_REPLIED, status));
    TicketLifecycle.ASSIST_REPLY.require(status);
    part.reply(text, actor.username(), now);
    this.updatedAt = now;
    return event(
        actor,
        TicketAction.PART_REPLIED,
        status,
        status,
        text,
        EventDetail.of("unit", unit.code()),
        now);
  }

  /** The active assisting parts (pending or replied). */
  public List<AssistingPart> assistingParts() {
    return assistingParts.stream().filter(AssistingPart::active).toList();
  }

  /** Whether the unit assists on this ticket (sees it, replies on its part). */
  public boolean assistedBy(String unitCode) {
    return assistingParts.stream().anyMatch(p -> p.active() && p.unit().code().equals(unitCode));
  }

  /** Records what the other hotline fed back on a transfer (转办反馈). */
  public TicketEvent noteTransferFeedback(TransferRecord transfer, Actor actor, Instant now) {
    this.updatedAt = now;
    EventDetail detail =
        EventDetail.of("transfer", transfer.direction())
            .and("status", transfer.externalStatus())
            .and("reference", transfer.externalReference());
    return event(
        actor,
        TicketAction.TRANSFER_FEEDBACK,
        status,
        status,
        transfer.externalNote(),
        detail,
        now);
  }

  public Ticket mergedInto() {
    return mergedInto;
  }

  /**
   * 回访. An unreachable citizen is tried again until the third attempt, which is recorded as the
   * final result. Returns the event; {@link #callbackDue()} tells whether the callback is finished.
   */
  public TicketEvent recordCallback(
      CallbackResult result, List<String> reasons, String note, Actor actor, Instant now) {
    TicketAction action =
        result == CallbackResult.UNREACHABLE
            ? TicketAction.CALLBACK_ATTEMPTED
            : TicketAction.CALLED_BACK;
    if (!callbackDue()) {
      throw new IllegalTicketTransitionException(action, status);
    }
    callbackAttempts++;
    List<String> given = reasons == null ? List.of() : List.copyOf(reasons);
    boolean finalResult =
        result != CallbackResult.UNREACHABLE
            || callbackAttempts >= CallbackResult.MAX_UNREACHABLE_ATTEMPTS;
    if (finalResult) {
      this.callbackResult = result;
      this.callbackReasons.clear();
      this.callbackReasons.addAll(given);
      this.calledBackAt = now;
      action = TicketAction.CALLED_BACK;
    }
    this.updatedAt = now;
    // the reasons are codes: the history carries them too, for the sentence people read
    EventDetail detail =
        EventDetail.of("result", result)
            .and("attempt", callbackAttempts)
            .and("reasons", given.isEmpty() ? null : given);
    return event(actor, action, status, status, note, detail, now);
  }

  // ---- deadlines (时限) ------------------------------------------------------------------------

  /**
   * Whether the owner unit still has to reply (the reply deadline is running; a reply with the
   * chief has not left the unit).
   */
  public boolean awaitingUnitReply() {
    return TicketStatusSet.OWED_BY_UNIT.contains(status);
  }

  /**
   * Whether a new assignment restarts the reply deadline: after a return or a re-route the new unit
   * gets its full time; the first assignment keeps the deadline counted from intake.
   */
  public boolean routedBefore() {
    return routing.returnCount() > 0 || !deadlines.start().equals(createdAt);
  }

  /**
   * The deadlines of the unit just assigned; {@code restartAt} (not null) restarts the reply
   * deadline from that instant. Reminder and overdue marks start afresh for the new unit.
   */
  public void scheduleHandling(Instant replyDeadline, Instant signDeadline, Instant restartAt) {
    deadlines.schedule(signDeadline, restartAt);
    this.replyDeadline = replyDeadline;
    this.overdueAt = null;
  }

  /** 催办 the unit, once per deadline; empty when the unit has replied or was reminded already. */
  public java.util.Optional<TicketEvent> remind(Actor system, Instant now) {
    if (!TicketLifecycle.REMIND.allowedIn(status) || !deadlines.remind(now)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        event(
            system,
            TicketAction.REMINDED,
            status,
            status,
            null,
            EventDetail.of("unit", ownerUnit.code())
                .and("deadline", BusinessTime.text(replyDeadline)),
            now));
  }

  /** 超时未签收, once per assignment. */
  public java.util.Optional<TicketEvent> markSignOverdue(Actor system, Instant now) {
    if (!TicketLifecycle.MARK_SIGN_OVERDUE.allowedIn(status) || !deadlines.markSignOverdue(now)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        event(
            system,
            TicketAction.SIGN_OVERDUE,
            status,
            status,
            null,
            EventDetail.of("unit", ownerUnit.code())
                .and("deadline", BusinessTime.text(deadlines.signDeadline())),
            now));
  }

  /** 超期: the reply deadline passed while the unit had not replied; once. */
  public java.util.Optional<TicketEvent> markOverdue(Actor system, Instant now) {
    if (!TicketLifecycle.MARK_OVERDUE.allowedIn(status)
        || overdueAt != null
        || replyDeadline == null
        || now.isBefore(replyDeadline)) {
      return java.util.Optional.empty();
    }
    this.overdueAt = now;
    this.updatedAt = now;
    return java.util.Optional.of(
        event(
            system,
            TicketAction.OVERDUE,
            status,
            status,
            null,
            EventDetail.of("unit", ownerUnit.code())
                .and("deadline", BusinessTime.text(replyDeadline)),
            now));
  }

  /** 升级: reports the still-overdue ticket to {@code to}, one level above the last. */
  public java.util.Optional<TicketEvent> escalate(Unit to, Actor system, Instant now) {
    if (!TicketLifecycle.ESCALATE.allowedIn(status) || overdueAt == null || to == null) {
      return java.util.Optional.empty();
    }
    int level = deadlines.escalateTo(to, now);
    return java.util.Optional.of(
        event(
            system,
            TicketAction.ESCALATED,
            status,
            status,
            null,
            EventDetail.of("level", level).and("to", to.code()),
            now));
  }

  /** The unit to report to at the next escalation: the parent of the owner, then its parent … */
  public Unit nextEscalationUnit() {
    return deadlines.nextEscalationUnit(ownerUnit);
  }

  /** 延期 approved: the new reply deadline; a fresh reminder will come before it. */
  public TicketEvent extendDeadline(Instant newDeadline, String note, Actor actor, Instant now) {
    TicketLifecycle.EXTEND_DEADLINE.require(status);
    Instant previous = replyDeadline;
    this.replyDeadline = newDeadline;
    int count = deadlines.extended();
    this.updatedAt = now;
    return event(
        actor,
        TicketAction.EXTENSION_APPROVED,
        status,
        status,
        note,
        EventDetail.of("from", BusinessTime.text(previous))
            .and("to", BusinessTime.text(newDeadline))
            .and("count", count),
        now);
  }

  /** The calendar changed: the deadlines move; empty when none did. */
  public java.util.Optional<TicketEvent> recomputeDeadlines(
      Instant reply, Instant sign, Actor system, Instant now) {
    boolean replyMoved = reply != null && !reply.equals(replyDeadline);
    boolean signMoved = sign != null && !sign.equals(deadlines.signDeadline());
    if (!replyMoved && !signMoved) {
      return java.util.Optional.empty();
    }
    EventDetail detail =
        EventDetail.of("reply", BusinessTime.text(replyDeadline) + "->" + BusinessTime.text(reply))
            .and(
                "sign",
                BusinessTime.text(deadlines.signDeadline()) + "->" + BusinessTime.text(sign));
    this.replyDeadline = reply == null ? replyDeadline : reply;
    deadlines.moveSignDeadline(sign);
    this.updatedAt = now;
    return java.util.Optional.of(
        event(
            system,
            TicketAction.DEADLINES_RECOMPUTED,
            status,
            status,
            null,
            detail.and("cause", "CALENDAR_CHANGED"),
            now));
  }

  /**
   * Records on the ticket what happened around it without changing its status (an extension request
   * or refusal, a supervision slip); public so that it runs on lazy references too.
   */
  public TicketEvent note(
      TicketAction action, String note, EventDetail detail, Actor actor, Instant now) {
    this.updatedAt = now;
    return event(actor, action, status, status, note, detail, now);
  }

  /**
   * As {@link #note(TicketAction, String, EventDetail, Actor, Instant)} with the detail written as
   * {@code key=value;key=value} (read by {@link EventDetail#parse}); prefer {@link EventDetail}.
   */
  public TicketEvent note(
      TicketAction action, String note, String detail, Actor actor, Instant now) {
    return note(action, note, EventDetail.parse(detail), actor, now);
  }

  // ---- rectification (整改) and re-visit (复访) ---------------------------------------------------

  /**
   * A dissatisfied callback of a ticket a unit handled: its head must rectify and report back by
   * {@code dueAt}. Tickets answered on the call (no unit) and merged calls are left closed.
   */
  public java.util.Optional<TicketEvent> openRectification(
      Instant dueAt, Actor actor, Instant now) {
    if (!TicketLifecycle.OPEN_RECTIFICATION.possible(this, now)
        || callbackResult != CallbackResult.DISSATISFIED) {
      return java.util.Optional.empty();
    }
    rectifications.add(new Rectification(this, ownerUnit, dueAt, callbackReasons, now));
    this.closedAt = null;
    return java.util.Optional.of(
        moveTo(
            TicketStatus.RECTIFYING,
            TicketAction.RECTIFICATION_OPENED,
            actor,
            now,
            null,
            EventDetail.of("unit", ownerUnit.code())
                .and("due", BusinessTime.text(dueAt))
                .and("reasons", List.copyOf(callbackReasons))));
  }

  /**
   * The latest rectification, or null. Only a dissatisfied callback opens one, so the collection is
   * not loaded for any other ticket (lists show many tickets).
   */
  public Rectification currentRectification() {
    if (callbackResult != CallbackResult.DISSATISFIED || rectifications.isEmpty()) {
      return null;
    }
    return rectifications.get(rectifications.size() - 1);
  }

  /** 整改超期, once. */
  public java.util.Optional<TicketEvent> markRectificationOverdue(Actor system, Instant now) {
    Rectification r = currentRectification();
    if (!TicketLifecycle.MARK_RECTIFICATION_OVERDUE.allowedIn(status)
        || r == null
        || now.isBefore(r.dueAt())
        || !r.markOverdue()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        event(
            system,
            TicketAction.RECTIFICATION_OVERDUE,
            status,
            status,
            null,
            EventDetail.of("unit", ownerUnit.code()).and("due", BusinessTime.text(r.dueAt())),
            now));
  }

  /** The head reports what was verified and rectified; the centre re-visits next. */
  public TicketEvent reportRectification(String report, Actor actor, Instant now) {
    TicketLifecycle.RECTIFICATION_REPORT.require(status);
    currentRectification().report(report, actor.username(), now);
    return moveTo(
        TicketStatus.REVISITING,
        TicketAction.RECTIFICATION_REPORTED,
        actor,
        now,
        report,
        EventDetail.of("late", currentRectification().overdue()));
  }

  /**
   * 复访: the citizen's verdict on the rectification closes the ticket again; a second
   * dissatisfaction proposes a supervision slip (returned as a second event).
   */
  public List<TicketEvent> recordRevisit(
      CallbackResult result, String note, Actor actor, Instant now) {
    TicketLifecycle.REVISIT.require(status);
    currentRectification().revisit(result, note, actor.username(), now);
    this.closedAt = now;
    List<TicketEvent> events = new ArrayList<>();
    events.add(
        moveTo(
            TicketStatus.CLOSED,
            TicketAction.REVISITED,
            actor,
            now,
            note,
            EventDetail.of("result", result)));
    if (result == CallbackResult.DISSATISFIED) {
      this.slipProposed = true;
      events.add(
          event(actor, TicketAction.SLIP_PROPOSED, status, status, note, EventDetail.none(), now));
    }
    return events;
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

  private TicketEvent event(
      Actor actor,
      TicketAction action,
      TicketStatus from,
      TicketStatus to,
      String note,
      EventDetail detail,
      Instant at) {
    if (id == null) {
      throw new IllegalStateException("persist the ticket before recording its history");
    }
    return new TicketEvent(id, at, actor, action, from, to, note, detail);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public Channel channel() {
    return channel;
  }

  public String callerName() {
    return callerName;
  }

  public String callerPhone() {
    return callerPhone;
  }

  /**
   * The caller's number in E.164 ({@code +8613912345678}), null when none or not a valid number.
   */
  public String callerPhoneE164() {
    return callerPhoneE164;
  }

  public boolean confidential() {
    return confidential;
  }

  public String address() {
    return address;
  }

  public Area area() {
    return area;
  }

  public Category category() {
    return category;
  }

  public Urgency urgency() {
    return urgency;
  }

  public String content() {
    return content;
  }

  public String directAnswer() {
    return directAnswer;
  }

  public TicketStatus status() {
    return status;
  }

  public Unit ownerUnit() {
    return ownerUnit;
  }

  public Instant replyDeadline() {
    return replyDeadline;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant assignedAt() {
    return routing.assignedAt();
  }

  public Instant signedAt() {
    return signedAt;
  }

  public Instant repliedAt() {
    return repliedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String replyText() {
    return replyText;
  }

  public CallbackResult callbackResult() {
    return callbackResult;
  }

  /** The reasons of the final callback, in order; empty when none were given. */
  public List<String> callbackReasons() {
    // only a final callback has reasons: lists of tickets do not load the collection for the others
    return callbackResult == null ? List.of() : List.copyOf(callbackReasons);
  }

  public int callbackAttempts() {
    return callbackAttempts;
  }

  public Instant calledBackAt() {
    return calledBackAt;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public int returnCount() {
    return routing.returnCount();
  }

  public boolean arbitrated() {
    return routing.isArbitrated();
  }

  public Instant returnDeadline() {
    return routing.returnDeadline();
  }

  public String lastReturnReason() {
    return routing.lastReturnReason();
  }

  public Instant signDeadline() {
    return deadlines.signDeadline();
  }

  public Instant deadlineStart() {
    return deadlines.start();
  }

  public Instant remindedAt() {
    return deadlines.remindedAt();
  }

  public boolean signOverdue() {
    return deadlines.signOverdue();
  }

  public Instant overdueAt() {
    return overdueAt;
  }

  public int escalationLevel() {
    return deadlines.escalationLevel();
  }

  public Instant escalatedAt() {
    return deadlines.escalatedAt();
  }

  public Unit escalatedTo() {
    return deadlines.escalatedTo();
  }

  public int extensionCount() {
    return deadlines.extensionCount();
  }

  public boolean slipProposed() {
    return slipProposed;
  }

  public CatalogueItemVersion routingCatalogueVersion() {
    return routing.reliedOn();
  }
}
