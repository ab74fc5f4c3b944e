package org.hotline.application.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.application.notification.Notices;
import org.hotline.application.text.CallbackReasons;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.notification.NotificationKind;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketProcess;
import org.hotline.domain.model.ticket.TicketProcess.Step;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * The steps of a ticket in its unit and after: sign (签收), reply (回复), review (审核), callback (回访),
 * and the assisting units' replies (协办). Each checks role, unit and status, records a history event
 * and moves the workflow, all in one transaction. Routing is {@link TicketRoutingService}.
 */
@Stateless
public class TicketHandlingService {

  @Inject private ProblemTagChoice tagChoice;

  @Inject private CurrentUser currentUser;

  @Inject private TicketAudience audience;

  @Inject private TicketLoader loader;

  @Inject private TicketRepository tickets;

  @Inject private TicketProcess process;

  @Inject private RectificationService rectification;

  @Inject private org.hotline.application.notification.Notifier notifier;

  @Inject private org.hotline.application.notification.Recipients recipients;

  /** 协办: an assisting unit replies on its part of the ticket. */
  @RolesAllowed({Role.OFFICER_ROLE, Role.CHIEF_ROLE, Role.AGENCY_ROLE})
  public TicketView assistReply(Long id, String text) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visibleForChange(id, user);
    Violations v = new Violations();
    String cleanText = v.text("text", text, true, 4000);
    v.throwIfAny();
    tickets.append(
        ticket
            .handlingSteps()
            .replyOnPart(user.unit(), cleanText, currentUser.actor(), BusinessTime.now()));
    return audience.view(ticket, user);
  }

  @RolesAllowed({Role.OFFICER_ROLE, Role.CHIEF_ROLE, Role.AGENCY_ROLE})
  public TicketView sign(Long id) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.handledForChange(id, user);
    tickets.append(ticket.handlingSteps().sign(currentUser.actor(), BusinessTime.now()));
    process.complete(ticket, Step.SIGN, Map.of());
    return audience.view(ticket, user);
  }

  @RolesAllowed({Role.OFFICER_ROLE, Role.CHIEF_ROLE, Role.AGENCY_ROLE})
  public TicketView reply(Long id, String text) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.handledForChange(id, user);
    Violations v = new Violations();
    String cleanText = v.text("text", text, true, 4000);
    v.throwIfAny();
    // 所长审核: an officer's reply goes to the unit's chief first, when the unit has one
    List<AppUser> chiefs =
        user.has(Role.CHIEF) ? List.of() : recipients.chiefsOf(ticket.ownerUnit());
    boolean chiefReview = !chiefs.isEmpty();
    tickets.append(
        ticket
            .handlingSteps()
            .reply(cleanText, chiefReview, currentUser.actor(), BusinessTime.now()));
    process.complete(ticket, Step.REPLY, Map.of("chiefReview", chiefReview));
    if (chiefReview) {
      notifier.send(
          Notices.aboutTicket(
              NotificationKind.REPLY_TO_APPROVE,
              ticket.id(),
              "replyToApprove",
              ticket.number(),
              user.displayName()),
          chiefs);
    }
    return audience.view(ticket, user);
  }

  /**
   * 所长审核: the chief of the owner unit lets an officer's reply go to the centre, or sends it back.
   */
  @RolesAllowed(Role.CHIEF_ROLE)
  public TicketView chiefReview(Long id, Boolean approved, String comment) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.handledForChange(id, user);
    Violations v = new Violations();
    String cleanComment = v.decision("approved", approved, "comment", comment, 1000);
    v.throwIfAny();
    tickets.append(
        ticket
            .handlingSteps()
            .chiefReview(approved, cleanComment, currentUser.actor(), BusinessTime.now()));
    process.complete(ticket, Step.CHIEF_REVIEW, Map.of("chiefApproved", approved));
    if (!approved) {
      notifier.send(
          Notices.aboutTicket(
              NotificationKind.REPLY_TO_APPROVE,
              ticket.id(),
              "chiefSentBack",
              ticket.number(),
              cleanComment),
          recipients.handlersOf(ticket.ownerUnit()));
    }
    return audience.view(ticket, user);
  }

  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TicketView review(Long id, Boolean approved, String comment) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visibleForChange(id, user);
    Violations v = new Violations();
    String cleanComment = v.decision("approved", approved, "comment", comment, 1000);
    v.throwIfAny();
    tickets.append(
        ticket
            .handlingSteps()
            .review(approved, cleanComment, currentUser.actor(), BusinessTime.now()));
    process.complete(ticket, Step.REVIEW, Map.of("approved", approved));
    return audience.view(ticket, user);
  }

  /**
   * 回访 recorded on the ticket page: the citizen's verdict (or an unreachable try) with reasons and
   * problem tags as codes.
   *
   * @throws org.hotline.application.error.ValidationException result, reasons or tags malformed
   * @throws org.hotline.application.error.HotlineException 409 CALLBACK_TASK_TAKEN while another
   *     agent works the ticket's open callback task
   */
  @RolesAllowed(Role.CALLBACK_ROLE)
  public TicketView callback(Long id, CallbackCommand command) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visibleForChange(id, user);
    audience.requireCallNotTaken(ticket, user);
    Violations v = new Violations();
    CallbackResult result = v.choice("result", command.result(), CallbackResult.class, null);
    // reasons are codes (不满意原因); the five labels the pages sent before are mapped to theirs
    List<String> given = command.reasons() == null ? List.of() : command.reasons();
    List<String> reasons =
        given.stream()
            .map(r -> v.identifier("reasons", r, true, CallbackResult.MAX_REASON_LENGTH))
            .filter(r -> r != null && r.length() <= CallbackResult.MAX_REASON_LENGTH)
            .map(
                r ->
                    CallbackReasons.parse(r)
                        .map(Enum::name)
                        .orElseGet(
                            () -> {
                              v.add("reasons", FieldViolation.UNKNOWN_CODE);
                              return r;
                            }))
            .distinct()
            .toList();
    if (given.size() > CallbackResult.MAX_REASONS) {
      v.add("reasons", FieldViolation.INVALID);
    }
    // the ticket page's form picks problem tags (codes) as the callback workspace does; their
    // groups give the reasons when none are sent
    List<String> tags = tagChoice.checked(v, command.tags());
    if (result == CallbackResult.DISSATISFIED && reasons.isEmpty()) {
      reasons = tagChoice.reasonsOf(tags);
    }
    if (result == CallbackResult.DISSATISFIED && reasons.isEmpty()) {
      v.add("reasons", FieldViolation.REQUIRED);
    }
    String note = v.text("note", command.note(), false, 1000);
    v.throwIfAny();
    Instant now = BusinessTime.now();
    tickets.append(ticket.recordCallback(result, reasons, note, currentUser.actor(), now));
    if (!ticket.callbackDue() && ticket.status() != TicketStatus.MERGED) {
      // a merged call's workflow ended at the merge; its callback is recorded on the ticket only
      process.complete(ticket, Step.CALLBACK, rectification.openIfDissatisfied(ticket, now));
    }
    return audience.view(ticket, user);
  }
}
