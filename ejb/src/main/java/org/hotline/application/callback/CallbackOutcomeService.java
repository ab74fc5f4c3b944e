package org.hotline.application.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.hotline.application.ticket.CallbackCommand;
import org.hotline.application.ticket.TicketHandlingService;
import org.hotline.domain.model.callback.CallbackFigures;
import org.hotline.domain.model.callback.CallbackTally;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.callback.CallbackTaskRepository;
import org.hotline.domain.model.callback.RetrySchedule;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.user.Role;

/**
 * Records the outcome of a callback task (回访结果). A ticket task records the ticket's own callback
 * (so rectification, rankings and the ticket's history follow as for {@code POST
 * /api/tickets/{id}/callback}) and keeps the problem tags and the praised officer; an unreachable
 * try before the last goes back to the queue at the next try of the schedule; a task of a ticket
 * being re-visited (复访) records the re-visit (one call per matter); anything else finishes the
 * task. The monthly figures are brought up to date in the same transaction.
 */
@Stateless
public class CallbackOutcomeService {

  @Inject private CallbackTaskAccess access;

  @Inject private CallbackOutcomeCheck checks;

  @Inject private TicketHandlingService handling;

  @Inject private CallbackTaskRepository tasks;

  @Inject private CallbackTaskPlanner planner;

  @Inject private CallbackFigures figures;

  @Inject private org.hotline.application.ticket.RectificationService rectifications;

  @Inject private jakarta.enterprise.event.Event<ServiceRecordCallbackAnswered> answered;

  /**
   * Records the outcome of a task (taking it when nobody has).
   *
   * @param id the task
   * @param outcome {@code result}, {@code reasons}, {@code tags}, {@code note}, {@code
   *     praiseOfficer}
   * @return the task as its agent sees it
   * @throws org.hotline.application.error.ValidationException bad result, reasons, tags, note or
   *     officer (nothing recorded)
   * @throws org.hotline.application.error.HotlineException 404 NOT_FOUND, 409 CALLBACK_TASK_DONE,
   *     CALLBACK_TASK_TAKEN (another agent recorded first or works it)
   */
  @RolesAllowed(Role.CALLBACK_ROLE)
  public CallbackTaskView outcome(Long id, CallbackOutcome outcome) {
    // the ticket's row first, then the task's: the order of every action on the ticket, whose
    // closure and callback change this task (two orders would deadlock); nothing of the task is
    // read before, so an agent who waited for another's outcome sees it (409 CALLBACK_TASK_DONE)
    tasks.lockTicketOf(id);
    CallbackTask task = access.load(id, true);
    access.take(task);
    CallbackOutcomeCheck.Checked o =
        checks.check(outcome, task.unit() == null ? null : task.unit().code());
    Instant now = BusinessTime.now();
    if (task.ticket() != null && task.ticket().callbackDue()) {
      handling.callback(
          task.ticket().id(), new CallbackCommand(o.result().name(), o.reasons(), o.note()));
      if (!task.open()) {
        CallbackTally counted = CallbackTally.of(task);
        task.annotate(o.tags(), o.praised());
        figures.record(counted, CallbackTally.of(task));
      }
    } else if (task.ticket() != null
        && task.ticket().status() == org.hotline.domain.model.ticket.TicketStatus.REVISITING
        && o.result() != CallbackResult.UNREACHABLE) {
      // the task is the re-visit's call (复访): one call per matter records the re-visit, whose
      // history event finishes the task (CallbackTaskPlanner)
      rectifications.revisit(task.ticket().id(), o.result().name(), o.note());
      if (!task.open()) {
        CallbackTally counted = CallbackTally.of(task);
        task.annotate(o.tags(), o.praised());
        figures.record(counted, CallbackTally.of(task));
      }
    } else if (o.result() == CallbackResult.UNREACHABLE
        && task.attempts() + 1 < RetrySchedule.configured().tries()) {
      task.unreachable(
          RetrySchedule.configured().nextTry(now, task.attempts() + 1, planner.hours()));
    } else {
      task.finish(o.result(), o.reasons(), o.tags(), o.note(), o.praised(), access.me(), now);
      figures.record(null, CallbackTally.of(task));
      if (task.ticket() == null
          && task.serviceRecord() != null
          && o.result() != CallbackResult.UNREACHABLE) {
        // every satisfaction answer records its provenance, also a service record's callback
        answered.fire(
            new ServiceRecordCallbackAnswered(
                task.id(),
                task.serviceRecord().id(),
                task.serviceRecord().unit().code(),
                o.result().name(),
                access.me(),
                now));
      }
    }
    return access.detail(task);
  }
}
