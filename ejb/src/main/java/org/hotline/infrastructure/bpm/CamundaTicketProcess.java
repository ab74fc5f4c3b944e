package org.hotline.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketProcess;

/**
 * {@link TicketProcess} on Camunda: {@code ticket-lifecycle.bpmn}, business key = ticket number.
 */
@ApplicationScoped
public class CamundaTicketProcess implements TicketProcess {

  static final String PROCESS_KEY = "ticket-lifecycle";
  static final String RETURNED_MESSAGE = "ticketReturned";

  /** Timer variable → the timer activity it seeds. */
  static final Map<String, String> TIMERS =
      Map.of(
          "signDueAt", "signOverdueTimer",
          "remindAt", "replyReminderTimer",
          "replyDueAt", "replyOverdueTimer",
          "escalateAt", "escalationTimer",
          "rectifyDueAt", "rectifyOverdueTimer");

  @Inject private ProcessEngine engine;

  @Inject private Workflows workflows;

  @Override
  public String start(String ticketNumber, boolean answeredDirectly) {
    return workflows.start(PROCESS_KEY, ticketNumber, Map.of("answeredDirectly", answeredDirectly));
  }

  @Override
  public void returned(Ticket ticket) {
    Workflows.inEngine(
        () ->
            engine
                .getRuntimeService()
                .createMessageCorrelation(RETURNED_MESSAGE)
                .processInstanceId(ticket.processInstanceId())
                .correlateWithResult());
  }

  @Override
  public void merged(Ticket ticket, String reason) {
    Workflows.inEngine(
        () -> {
          engine
              .getRuntimeService()
              .deleteProcessInstance(ticket.processInstanceId(), "merged: " + reason);
          return null;
        });
  }

  @Override
  public void withdrawn(Ticket ticket, String reason) {
    Workflows.inEngine(
        () -> {
          if (engine
                  .getRuntimeService()
                  .createProcessInstanceQuery()
                  .processInstanceId(ticket.processInstanceId())
                  .count()
              > 0) {
            engine
                .getRuntimeService()
                .deleteProcessInstance(ticket.processInstanceId(), "withdrawn: " + reason);
          }
          return null;
        });
  }

  @Override
  public void complete(Ticket ticket, Step step, Map<String, Object> variables) {
    workflows.complete(
        ticket.processInstanceId(), step.taskKey(), "ticket " + ticket.number(), variables);
  }

  @Override
  public void reschedule(Map<Ticket, Map<String, Object>> timerDates) {
    Map<String, Map<String, Object>> byInstance = new java.util.HashMap<>();
    timerDates.forEach(
        (ticket, dates) -> {
          if (ticket.processInstanceId() != null) {
            byInstance.put(ticket.processInstanceId(), dates);
          }
        });
    workflows.reschedule(byInstance, TIMERS);
  }
}
