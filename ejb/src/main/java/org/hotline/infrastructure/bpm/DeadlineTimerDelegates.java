package org.hotline.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.hotline.application.deadline.DeadlineEvents;

/**
 * The bean {@code deadlineTimers} of the BPMN models' timer service tasks: turns the execution into
 * the ticket number or slip id and calls {@link DeadlineEvents} in the job's transaction.
 */
@ApplicationScoped
public class DeadlineTimerDelegates {

  public static final String BEAN_NAME = "deadlineTimers";

  @Inject private DeadlineEvents events;

  public void signOverdue(DelegateExecution execution) {
    events.signOverdue(execution.getProcessBusinessKey());
  }

  public void remind(DelegateExecution execution) {
    events.remind(execution.getProcessBusinessKey());
  }

  public void overdue(DelegateExecution execution) {
    events.overdue(execution.getProcessBusinessKey());
  }

  /** Escalates; returns whether to go up once more, at the {@code escalateAt} it sets. */
  public boolean escalate(DelegateExecution execution) {
    return events
        .escalate(execution.getProcessBusinessKey())
        .map(
            next -> {
              execution.setVariable("escalateAt", Date.from(next));
              return true;
            })
        .orElse(false);
  }

  public void rectificationOverdue(DelegateExecution execution) {
    events.rectificationOverdue(execution.getProcessBusinessKey());
  }

  public void slipReminder(DelegateExecution execution) {
    events.slipReminder(Long.valueOf(execution.getProcessBusinessKey()));
  }

  public void slipOverdue(DelegateExecution execution) {
    events.slipOverdue(Long.valueOf(execution.getProcessBusinessKey()));
  }
}
