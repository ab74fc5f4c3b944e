package org.hotline.application.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.hotline.application.notification.Notices;
import org.hotline.application.notification.Notifier;
import org.hotline.application.notification.Recipients;
import org.hotline.domain.model.notification.NotificationKind;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.slip.SlipRepository;
import org.hotline.domain.model.ticket.Actor;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketEvent;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.unit.Unit;

/**
 * What happens when a deadline timer of the workflow fires (催办, 超时未签收, 超期, 升级, 整改超期, 督办单催办/超期): the
 * ticket or slip records it in its history and the people concerned are notified. Called by the
 * engine's job executor, in the job's transaction; every handler checks the current state, so a
 * timer that fires late or twice does no harm.
 */
@Stateless
@PermitAll
public class DeadlineEvents {

  @Inject private TicketRepository tickets;

  @Inject private SlipRepository slips;

  @Inject private TicketDeadlines deadlines;

  @Inject private Notifier notifier;

  @Inject private Recipients recipients;

  public void signOverdue(String ticketNumber) {
    withTicket(
        ticketNumber,
        t ->
            t.deadlineMarks()
                .markSignOverdue(Actor.system(), BusinessTime.now())
                .map(
                    e -> {
                      notifier.send(
                          Notices.aboutTicket(
                              NotificationKind.SIGN_OVERDUE, t.id(), "signOverdue", t.number()),
                          recipients.handlersOf(t.ownerUnit()),
                          recipients.centre());
                      return e;
                    }));
  }

  public void remind(String ticketNumber) {
    withTicket(
        ticketNumber,
        t ->
            t.deadlineMarks()
                .remind(Actor.system(), BusinessTime.now())
                .map(
                    e -> {
                      notifier.send(
                          Notices.aboutTicket(
                              NotificationKind.REMINDER,
                              t.id(),
                              "reminder",
                              t.number(),
                              BusinessTime.minutes(t.deadlines().replyDeadline())),
                          recipients.handlersOf(t.ownerUnit()));
                      return e;
                    }));
  }

  public void overdue(String ticketNumber) {
    withTicket(ticketNumber, this::markOverdue);
  }

  private Optional<TicketEvent> markOverdue(Ticket t) {
    return t.deadlineMarks()
        .markOverdue(Actor.system(), BusinessTime.now())
        .map(
            e -> {
              notifier.send(
                  Notices.aboutTicket(
                      NotificationKind.OVERDUE,
                      t.id(),
                      "overdue",
                      t.number(),
                      t.ownerUnit().name()),
                  recipients.handlersOf(t.ownerUnit()),
                  recipients.centre());
              return e;
            });
  }

  /**
   * 升级: tells the next level up about a ticket still overdue. Returns when to go up once more, or
   * empty when there is no higher level or the ticket no longer waits for its unit.
   */
  public Optional<Instant> escalate(String ticketNumber) {
    Ticket t = ticket(ticketNumber);
    if (t == null) {
      return Optional.empty();
    }
    Instant now = BusinessTime.now();
    int days = deadlines.ruleFor(t).escalateAfterDays();
    if (t.status() == TicketStatus.REPLIED) {
      // in review: nothing to escalate now, but a reply sent back is overdue again
      return Optional.of(deadlines.planner().escalateAt(now, days));
    }
    // timers that were due together (after downtime) may run in any order: mark overdue first
    markOverdue(t).ifPresent(tickets::append);
    Unit to = t.deadlineMarks().nextEscalationUnit();
    Optional<TicketEvent> escalated = t.deadlineMarks().escalate(to, Actor.system(), now);
    if (escalated.isEmpty()) {
      return Optional.empty();
    }
    tickets.append(escalated.get());
    notifier.send(
        Notices.aboutTicket(
            NotificationKind.ESCALATION,
            t.id(),
            "escalation",
            t.number(),
            t.ownerUnit().name(),
            to.name(),
            t.deadlines().escalationLevel()),
        recipients.leadersOf(to),
        recipients.headsOf(t.ownerUnit()),
        recipients.centre());
    return to.parent() == null
        ? Optional.empty()
        : Optional.of(deadlines.planner().escalateAt(now, days));
  }

  public void rectificationOverdue(String ticketNumber) {
    withTicket(
        ticketNumber,
        t ->
            t.rectificationSteps()
                .markOverdue(Actor.system(), BusinessTime.now())
                .map(
                    e -> {
                      notifier.send(
                          Notices.aboutTicket(
                              NotificationKind.RECTIFICATION_OVERDUE,
                              t.id(),
                              "rectificationOverdue",
                              t.number()),
                          recipients.headsOf(t.ownerUnit()),
                          recipients.centre());
                      return e;
                    }));
  }

  public void slipReminder(Long slipId) {
    slips
        .findForUpdate(slipId)
        .ifPresent(
            s ->
                s.remind(Actor.system(), BusinessTime.now())
                    .ifPresent(
                        e -> {
                          slips.append(e);
                          notifier.send(
                              Notices.aboutSlip(
                                  s.id(),
                                  "slipReminder",
                                  s.number(),
                                  BusinessTime.minutes(s.deadline())),
                              recipients.headsOf(s.unit()));
                        }));
  }

  public void slipOverdue(Long slipId) {
    slips
        .findForUpdate(slipId)
        .ifPresent(
            s ->
                s.markOverdue(Actor.system(), BusinessTime.now())
                    .ifPresent(
                        e -> {
                          slips.append(e);
                          notifier.send(
                              Notices.aboutSlip(s.id(), "slipOverdue", s.number(), s.unit().name()),
                              recipients.headsOf(s.unit()),
                              recipients.directors());
                        }));
  }

  /** The ticket, its row locked first (before the engine's own writes of this job). */
  private Ticket ticket(String number) {
    return tickets.findByNumberForUpdate(number).orElse(null);
  }

  private void withTicket(
      String number, java.util.function.Function<Ticket, Optional<TicketEvent>> action) {
    Ticket t = ticket(number);
    if (t != null) {
      action.apply(t).ifPresent(tickets::append);
    }
  }
}
