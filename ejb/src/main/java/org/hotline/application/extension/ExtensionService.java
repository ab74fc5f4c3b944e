package org.hotline.application.extension;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hotline.application.deadline.TicketDeadlines;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.notification.Notices;
import org.hotline.application.notification.Notifier;
import org.hotline.application.notification.Recipients;
import org.hotline.application.ticket.TicketLoader;
import org.hotline.application.ticket.TicketPermissions;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.deadline.DeadlinePlan;
import org.hotline.domain.model.deadline.ExtensionRequest;
import org.hotline.domain.model.deadline.ExtensionRequestRepository;
import org.hotline.domain.model.deadline.TimeLimitRule;
import org.hotline.domain.model.notification.NotificationKind;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.EventDetail;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketAction;
import org.hotline.domain.model.ticket.TicketProcess;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketRuleException;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * 延期: the unit asks for a later reply deadline, with a reason and the new date, before the deadline
 * passes; its chief approves or refuses, then the centre if the rule says so. At most {@code
 * maxExtensions} per ticket, never beyond {@code maxExtensionDays} working days.
 */
@Stateless
public class ExtensionService {

  @Inject private CurrentUser currentUser;

  @Inject private org.hotline.application.user.UserNames names;

  @Inject private TicketLoader loader;

  @Inject private TicketRepository tickets;

  @Inject private ExtensionRequestRepository requests;

  @Inject private TicketDeadlines deadlines;

  @Inject private TicketProcess process;

  @Inject private Notifier notifier;

  @Inject private Recipients recipients;

  @RolesAllowed({Role.OFFICER_ROLE, Role.CHIEF_ROLE, Role.AGENCY_ROLE})
  public ExtensionView request(Long ticketId, String reason, String newDeadlineText) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.handledForChange(ticketId, user);
    Instant now = BusinessTime.now();
    org.hotline.domain.model.ticket.TicketLifecycle.REQUEST_EXTENSION.require(ticket.status());
    if (ticket.deadlines().replyDeadline() == null) {
      throw new org.hotline.domain.model.ticket.IllegalTicketTransitionException(
          TicketAction.EXTENSION_REQUESTED, ticket.status());
    }
    if (now.isAfter(ticket.deadlines().replyDeadline())) {
      throw new TicketRuleException(TicketRuleException.EXTENSION_TOO_LATE);
    }
    TimeLimitRule rule = deadlines.ruleFor(ticket);
    boolean pending = requests.ofTicket(ticketId).stream().anyMatch(r -> r.status().open());
    if (pending || ticket.deadlines().extensionCount() >= rule.maxExtensions()) {
      throw new TicketRuleException(TicketRuleException.EXTENSION_NOT_ALLOWED);
    }
    Violations v = new Violations();
    String cleanReason = v.text("reason", reason, true, 1000);
    LocalDate newDeadline = v.date("newDeadline", newDeadlineText, true);
    Instant requested = null;
    if (newDeadline != null) {
      requested = BusinessTime.endOf(newDeadline);
      if (!requested.isAfter(ticket.deadlines().replyDeadline())) {
        v.add("newDeadline", FieldViolation.NOT_LATER);
      } else {
        Instant latest =
            deadlines
                .planner()
                .latestExtension(ticket.deadlines().replyDeadline(), rule.maxExtensionDays());
        if (requested.isAfter(latest)) {
          // the message says the latest date and the rule's limit: 「不能晚于 2026-12-20（…N 个工作日）」
          v.add(
              "newDeadline",
              FieldViolation.BEYOND_LIMIT,
              FieldViolation.subjects(
                  latest.atZone(BusinessTime.ZONE).toLocalDate().toString(),
                  String.valueOf(rule.maxExtensionDays())));
        }
      }
    }
    v.throwIfAny();
    ExtensionRequest request =
        new ExtensionRequest(
            ticketId,
            cleanReason,
            ticket.deadlines().replyDeadline(),
            requested,
            rule.centreApproval(),
            user.username(),
            now);
    requests.add(request);
    tickets.append(
        ticket.note(
            TicketAction.EXTENSION_REQUESTED,
            cleanReason,
            EventDetail.of("to", BusinessTime.text(requested)),
            currentUser.actor(),
            now));
    notifier.send(
        Notices.aboutTicket(
            NotificationKind.EXTENSION_REQUESTED,
            ticket.id(),
            "extensionRequested",
            ticket.number(),
            user.displayName(),
            newDeadline,
            cleanReason),
        recipients.headsOf(ticket.ownerUnit()));
    return ExtensionView.of(request, ticket.number(), names);
  }

  /**
   * The chief of the owner unit decides first; the centre decides second, or alone for a unit
   * without a chief. Refused with 409 {@code EARLIER_STEP_PENDING} when the dispatcher would skip
   * the chief's step, 403 when a chief would take the centre's.
   */
  @RolesAllowed({Role.CHIEF_ROLE, Role.DISPATCHER_ROLE})
  public ExtensionView decide(Long ticketId, Long requestId, Boolean approve, String note) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visibleForChange(ticketId, user);
    ExtensionRequest request =
        requests
            .find(requestId)
            .filter(r -> r.ticketId().equals(ticketId))
            .orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, requestId));
    boolean byCentre = user.has(Role.DISPATCHER);
    boolean chiefHere =
        !byCentre && TicketPermissions.ownedByUsersUnit(ticket, user) && user.has(Role.CHIEF);
    // a chief decides his own unit's requests, and not the centre's step after his
    if (!byCentre && (!chiefHere || request.awaitsCentre())) {
      throw new HotlineException(ErrorCode.FORBIDDEN);
    }
    Violations v = new Violations();
    String cleanNote = v.decision("approve", approve, "note", note, 1000);
    v.throwIfAny();
    Instant now = BusinessTime.now();
    boolean unitHasChief =
        ticket.ownerUnit() != null && !recipients.chiefsOf(ticket.ownerUnit()).isEmpty();
    ExtensionRequest.Status status =
        request.decide(approve, byCentre, unitHasChief, cleanNote, user.username(), now);
    switch (status) {
      case APPROVED -> approved(ticket, request, cleanNote, now);
      case REFUSED ->
          tickets.append(
              ticket.note(
                  TicketAction.EXTENSION_REFUSED,
                  cleanNote,
                  EventDetail.of("request", requestId),
                  currentUser.actor(),
                  now));
      default -> {
        tickets.append(
            ticket.note(
                TicketAction.EXTENSION_CHIEF_APPROVED,
                cleanNote,
                EventDetail.of("request", requestId),
                currentUser.actor(),
                now));
        notifier.send(
            Notices.aboutTicket(
                NotificationKind.EXTENSION_REQUESTED,
                ticket.id(),
                "extensionToCentre",
                ticket.number(),
                ticket.ownerUnit().name()),
            recipients.centre());
      }
    }
    if (status != ExtensionRequest.Status.CHIEF_APPROVED) {
      notifier.send(
          Notices.aboutTicket(
              NotificationKind.EXTENSION_DECIDED,
              ticket.id(),
              status == ExtensionRequest.Status.APPROVED ? "extensionApproved" : "extensionRefused",
              ticket.number(),
              cleanNote),
          recipients.handlersOf(ticket.ownerUnit()));
    }
    return ExtensionView.of(request, ticket.number(), names);
  }

  private void approved(Ticket ticket, ExtensionRequest request, String note, Instant now) {
    tickets.append(
        ticket.deadlineMarks().extend(request.requestedDeadline(), note, currentUser.actor(), now));
    TimeLimitRule rule = deadlines.ruleFor(ticket);
    var planner = deadlines.planner();
    DeadlinePlan plan =
        new DeadlinePlan(
            null,
            planner.remindAt(now, request.requestedDeadline(), rule.remindBeforeDays()),
            request.requestedDeadline(),
            planner.escalateAt(request.requestedDeadline(), rule.escalateAfterDays()));
    Map<String, Object> dates = TicketDeadlines.variables(plan);
    dates.remove("signDueAt");
    process.reschedule(Map.of(ticket, dates));
  }

  /** The centre's queue: requests agreed by the unit's chief, waiting for a dispatcher. */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public List<ExtensionView> awaitingCentre() {
    return requests.awaitingCentre().stream()
        .map(
            r ->
                ExtensionView.of(
                    r, tickets.find(r.ticketId()).map(Ticket::number).orElse(null), names))
        .toList();
  }

  @RolesAllowed({
    Role.OFFICER_ROLE,
    Role.CHIEF_ROLE,
    Role.AGENCY_ROLE,
    Role.DISPATCHER_ROLE,
    Role.CALLBACK_ROLE,
    Role.DIRECTOR_ROLE,
    Role.LEADER_ROLE,
    Role.OPERATOR_ROLE,
    Role.ADMIN_ROLE
  })
  public List<ExtensionView> ofTicket(Long ticketId) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visible(ticketId, user);
    List<ExtensionRequest> all = requests.ofTicket(ticketId);
    boolean unitHasChief =
        all.stream().anyMatch(r -> r.status().open())
            && ticket.ownerUnit() != null
            && !recipients.chiefsOf(ticket.ownerUnit()).isEmpty();
    return all.stream()
        .map(
            r ->
                ExtensionView.of(
                    r, ticket.number(), names, mayDecide(r, ticket, user, unitHasChief)))
        .toList();
  }

  /**
   * Whether {@code user} may decide {@code r} now, the rule of {@link #decide} (which refuses the
   * other cases with 403 or 409 EARLIER_STEP_PENDING): the owner unit's chief at the chief's step;
   * a dispatcher at the centre's step, or at the chief's step of a unit without a chief.
   */
  static boolean mayDecide(ExtensionRequest r, Ticket ticket, AppUser user, boolean unitHasChief) {
    if (!r.status().open()) {
      return false;
    }
    if (user.has(Role.DISPATCHER)) {
      return r.awaitsCentre() || !unitHasChief;
    }
    return r.awaitsChief()
        && user.has(Role.CHIEF)
        && TicketPermissions.ownedByUsersUnit(ticket, user);
  }
}
