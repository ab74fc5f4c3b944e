package org.hotline.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketProcess;

/** {@link TicketProcess} on Camunda: {@code ticket-lifecycle.bpmn}, business key = ticket id. */
@ApplicationScoped
public class CamundaTicketProcess implements TicketProcess {

  static final String PROCESS_KEY = "ticket-lifecycle";
  static final String RETURNED_MESSAGE = "ticketReturned";

  @Inject
  private ProcessEngine engine;

  /** Models are deployed once at start-up, so the latest definition is looked up once. */
  private volatile String definitionId;

  @Override
  public String start(String ticketNumber, boolean answeredDirectly) {
    return engine.getRuntimeService()
        .createProcessInstanceById(definitionId())
        .businessKey(ticketNumber)
        .setVariable("answeredDirectly", answeredDirectly)
        .execute()
        .getId();
  }

  private String definitionId() {
    String id = definitionId;
    if (id == null) {
      id = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId();
      definitionId = id;
    }
    return id;
  }

  @Override
  public void returned(Ticket ticket) {
    engine.getRuntimeService().createMessageCorrelation(RETURNED_MESSAGE)
        .processInstanceId(ticket.processInstanceId())
        .correlate();
  }

  @Override
  public void merged(Ticket ticket, String reason) {
    engine.getRuntimeService().deleteProcessInstance(ticket.processInstanceId(), "merged: " + reason);
  }

  @Override
  public void complete(Ticket ticket, Step step, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery()
        .processInstanceId(ticket.processInstanceId())
        .taskDefinitionKey(step.taskKey())
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("ticket " + ticket.number() + " has no open " + step + " task");
    }
    engine.getTaskService().complete(task.getId(), variables);
  }
}
