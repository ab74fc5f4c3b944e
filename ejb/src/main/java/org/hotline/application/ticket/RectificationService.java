package org.hotline.application.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline.application.deadline.TicketDeadlines;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.notification.Notices;
import org.hotline.application.notification.Notifier;
import org.hotline.application.notification.Recipients;
import org.hotline.application.text.CallbackReasons;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.notification.NotificationKind;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Actor;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketEvent;
import org.hotline.domain.model.ticket.TicketProcess;
import org.hotline.domain.model.ticket.TicketProcess.Step;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * 整改 and 复访: a dissatisfied callback goes point-to-point to the head of the handling unit, who
 * verifies, rectifies and reports back within 3 working days; the callback centre then re-visits
 * the citizen. A second dissatisfaction proposes a supervision slip to the directors.
 */
@Stateless
public class RectificationService {

  @Inject private CurrentUser currentUser;

  @Inject private TicketAudience audience;

  @Inject private TicketLoader loader;

  @Inject private TicketRepository tickets;

  @Inject private TicketProcess process;

  @Inject private TicketDeadlines deadlines;

  @Inject private Notifier notifier;

  @Inject private Recipients recipients;

  /**
   * After a final callback: opens the rectification when the citizen was dissatisfied with a unit's
   * handling. Returns the workflow variables of the callback step.
   */
  @RolesAllowed(Role.CALLBACK_ROLE)
  public Map<String, Object> openIfDissatisfied(Ticket ticket, Instant now) {
    return open(ticket, currentUser.actor(), now);
  }

  /**
   * After a dissatisfied QR rating (扫码评警), whose ticket the rating's verdict has called back: the
   * same rectification, opened by the system (the rater is not logged in). Returns the workflow
   * variables of the callback step.
   */
  @PermitAll
  public Map<String, Object> openAfterRating(Ticket ticket, Instant now) {
    return open(ticket, Actor.system(), now);
  }

  private Map<String, Object> open(Ticket ticket, Actor actor, Instant now) {
    Map<String, Object> variables = new HashMap<>();
    Instant due = deadlines.rectificationDeadline(now);
    var opened = ticket.rectificationSteps().open(due, actor, now);
    variables.put("rectify", opened.isPresent());
    opened.ifPresent(
        event -> {
          tickets.append(event);
          variables.put("rectifyDueAt", TicketDeadlines.date(due));
          notifier.send(
              Notices.aboutTicket(
                  NotificationKind.RECTIFICATION,
                  ticket.id(),
                  "rectification",
                  ticket.number(),
                  BusinessTime.minutes(due),
                  CallbackReasons.labels(ticket.callback().reasons(), Locale.CHINESE)),
              recipients.headsOf(ticket.ownerUnit()));
        });
    return variables;
  }

  /** The head of the unit reports what was verified and rectified. */
  @RolesAllowed({Role.CHIEF_ROLE, Role.AGENCY_ROLE})
  public TicketView report(Long id, String report) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.handledForChange(id, user);
    if (!TicketPermissions.headOfOwner(ticket, user)) {
      throw new HotlineException(ErrorCode.FORBIDDEN);
    }
    Violations v = new Violations();
    String text = v.text("report", report, true, 4000);
    v.throwIfAny();
    tickets.append(
        ticket.rectificationSteps().report(text, currentUser.actor(), BusinessTime.now()));
    process.complete(ticket, Step.RECTIFY, Map.of());
    notifier.send(
        Notices.aboutTicket(
            NotificationKind.REVISIT_DUE,
            ticket.id(),
            "revisitDue",
            ticket.number(),
            ticket.ownerUnit().name()),
        recipients.callbackCentre());
    return audience.view(ticket, user);
  }

  /**
   * 复访: the citizen's verdict after the rectification; dissatisfied again proposes a slip (the note
   * is then required). UNREACHABLE (未接通) records the attempt and leaves the ticket waiting for its
   * re-visit.
   *
   * @throws org.hotline.application.error.ValidationException result REQUIRED/INVALID, note
   *     REQUIRED (dissatisfied) or TOO_LONG
   * @throws org.hotline.application.error.HotlineException 409 CALLBACK_TASK_TAKEN while another
   *     agent works the ticket's open callback task
   */
  @RolesAllowed(Role.CALLBACK_ROLE)
  public TicketView revisit(Long id, String result, String note) {
    AppUser user = currentUser.get();
    Ticket ticket = loader.visibleForChange(id, user);
    audience.requireCallNotTaken(ticket, user);
    Violations v = new Violations();
    CallbackResult verdict = v.choice("result", result, CallbackResult.class, null);
    String cleanNote = v.text("note", note, verdict == CallbackResult.DISSATISFIED, 1000);
    v.throwIfAny();
    Actor actor = currentUser.actor();
    if (verdict == CallbackResult.UNREACHABLE) {
      // 复访未接通: recorded; the ticket keeps waiting for its re-visit (the workflow stays put)
      tickets.append(
          ticket.rectificationSteps().revisitAttempt(cleanNote, actor, BusinessTime.now()));
      return audience.view(ticket, user);
    }
    List<TicketEvent> events =
        ticket.rectificationSteps().revisit(verdict, cleanNote, actor, BusinessTime.now());
    events.forEach(tickets::append);
    process.complete(ticket, Step.REVISIT, Map.of());
    if (ticket.slipProposed()) {
      notifier.send(
          Notices.aboutTicket(
              NotificationKind.SLIP_PROPOSED,
              ticket.id(),
              "slipProposed",
              ticket.number(),
              cleanNote),
          recipients.directors());
    }
    return audience.view(ticket, user);
  }
}
