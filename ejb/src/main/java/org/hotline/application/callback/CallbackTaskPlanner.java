package org.hotline.application.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.hotline.application.calendar.WorkingCalendars;
import org.hotline.domain.model.callback.CallbackFigures;
import org.hotline.domain.model.callback.CallbackReason;
import org.hotline.domain.model.callback.CallbackTally;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.callback.CallbackTaskRepository;
import org.hotline.domain.model.callback.CallingHours;
import org.hotline.domain.model.callback.RetrySchedule;
import org.hotline.domain.model.servicerecord.ServiceRecordRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Actor;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketEvent;
import org.hotline.domain.model.ticket.TicketEventAppended;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketStatus;

/**
 * Keeps the callback queue (回访任务) in step with the tickets and with requests of other parts, inside
 * their transactions:
 *
 * <ul>
 *   <li>a ticket closed after review ({@code REPLY_APPROVED}) or answered directly gets a task due
 *       by the close of calling hours (21:00) of the next working day, and so does every call
 *       merged into it (each caller is called back);
 *   <li>an unreachable try recorded on the ticket (either path) moves the task's due time by the
 *       {@link RetrySchedule} (the ticket's own rule, 3 tries, decides when the result is final);
 *   <li>the ticket's final callback finishes the task, so an outcome through {@code POST
 *       /api/tickets/{id}/callback} or the task records the ticket's callback once;
 *   <li>a re-visit (复访) recorded on the ticket finishes the ticket's open task (it was that call);
 *   <li>{@link CallbackTaskRequested} opens a task due as asked, or tightens the open one.
 * </ul>
 */
@ApplicationScoped
public class CallbackTaskPlanner {

  public static final String TICKET_CLOSED = CallbackReason.TICKET_CLOSED.name();
  public static final String DIRECT_ANSWER = CallbackReason.DIRECT_ANSWER.name();
  public static final String MERGED_CALL = CallbackReason.MERGED_CALL.name();

  @Inject private CallbackTaskRepository tasks;

  @Inject private CallbackFigures figures;

  @Inject private TicketRepository tickets;

  @Inject private ServiceRecordRepository records;

  @Inject private WorkingCalendars calendars;

  @Inject private org.hotline.domain.model.unit.UnitRepository units;

  /** The calling hours of the calendar in force. */
  CallingHours hours() {
    return new CallingHours(calendars.current());
  }

  void onTicketEvent(@Observes TicketEventAppended appended) {
    Ticket ticket = appended.ticket();
    TicketEvent event = appended.event();
    Instant now = event.occurredAt();
    switch (event.action()) {
      case REPLY_APPROVED -> {
        if (ticket.status() == TicketStatus.CLOSED) {
          Instant due = hours().closeOfWorkingDayAfter(now, 1);
          open(ticket, ticket.ownerUnit(), TICKET_CLOSED, due, now);
          for (Ticket call : tickets.mergedInto(ticket.id())) {
            if (call.callbackDue()) {
              open(call, ticket.ownerUnit(), MERGED_CALL, due, now);
            }
          }
        }
      }
      case ANSWERED_DIRECTLY -> {
        // a dissatisfied QR rating's ticket (扫码评警) is answered by the rating itself and its
        // callback is the rating: nobody calls, so there is no task (the rater's re-visit call is
        // asked for by the rectification, RATING_DISSATISFIED)
        if (ticket.channel() != Channel.QR_RATING) {
          open(
              ticket,
              answeringUnit(ticket, event),
              DIRECT_ANSWER,
              hours().closeOfWorkingDayAfter(now, 1),
              now);
        }
      }
      case CALLBACK_ATTEMPTED ->
          tasks
              .openForTicket(ticket.id())
              .ifPresent(
                  task -> {
                    Instant next =
                        RetrySchedule.configured()
                            .nextTry(now, ticket.callback().attempts(), hours());
                    task.unreachable(
                        next != null ? next : hours().sameTimeWorkingDaysAfter(now, 1));
                  });
      case CALLED_BACK ->
          finishOpenTask(ticket, event, ticket.callback().result(), ticket.callback().reasons());
      case REVISITED -> {
        // the re-visit was the call: the task that asked for it is done with its verdict
        var r = ticket.rectificationSteps().current();
        finishOpenTask(ticket, event, r == null ? null : r.revisitResult(), java.util.List.of());
      }
      default -> {
        // other steps do not concern the callback centre
      }
    }
  }

  /**
   * The ticket's open callback task, if any, done with {@code result} and {@code reasons} (the call
   * was made on the ticket page), counted in the month's figures.
   */
  private void finishOpenTask(
      Ticket ticket, TicketEvent event, CallbackResult result, java.util.List<String> reasons) {
    tasks
        .openForTicket(ticket.id())
        .ifPresent(
            task -> {
              if (event.actor() == null || Actor.SYSTEM.equals(event.actor().username())) {
                // recorded by the system, not by a call: never a call in the figures
                task.cancel(
                    event.note() == null ? Actor.SYSTEM : clip(event.note()),
                    Actor.SYSTEM,
                    event.occurredAt());
                return;
              }
              task.finish(
                  result,
                  reasons,
                  task.tags(),
                  event.note(),
                  task.praisedOfficer(),
                  event.actor() == null ? null : event.actor().username(),
                  event.occurredAt());
              figures.record(null, CallbackTally.of(task));
            });
  }

  /**
   * The unit a direct answer (直接答复) is counted for: the ticket's owner, else the unit of the user
   * who answered (the centre's own unit), so that no real call counts without a unit.
   */
  private org.hotline.domain.model.unit.Unit answeringUnit(Ticket ticket, TicketEvent event) {
    if (ticket.ownerUnit() != null) {
      return ticket.ownerUnit();
    }
    if (event.actor() == null || event.actor().unitCode() == null) {
      return null;
    }
    return units.findByCode(event.actor().unitCode()).orElse(null);
  }

  private static String clip(String note) {
    return note.length() > 1000 ? note.substring(0, 1000) : note;
  }

  void onRequested(@Observes CallbackTaskRequested request) {
    Instant now = BusinessTime.now();
    Instant due =
        request.dueBy() != null ? request.dueBy() : hours().closeOfWorkingDayAfter(now, 1);
    String reason =
        request.reasonCode() == null ? CallbackReason.REQUESTED.name() : request.reasonCode();
    if (request.ticketId() != null) {
      tickets
          .find(request.ticketId())
          .ifPresent(
              ticket -> {
                Ticket served = ticket.mergedInto() != null ? ticket.mergedInto() : ticket;
                open(ticket, served.ownerUnit(), reason, due, now);
              });
    } else if (request.serviceRecordId() != null) {
      records
          .find(request.serviceRecordId())
          .ifPresent(
              record ->
                  tasks
                      .openForServiceRecord(record.id())
                      .ifPresentOrElse(
                          task -> task.tightenDue(due),
                          () ->
                              tasks.save(CallbackTask.forServiceRecord(record, reason, due, now))));
    }
  }

  private void open(
      Ticket ticket,
      org.hotline.domain.model.unit.Unit unit,
      String reason,
      Instant due,
      Instant now) {
    tasks
        .openForTicket(ticket.id())
        .ifPresentOrElse(
            task -> task.tightenDue(due),
            () -> tasks.save(CallbackTask.forTicket(ticket, unit, reason, due, now)));
  }
}
