package org.hotline.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketProcess;

/** {@link TicketProcess} on Camunda: {@code ticket-lifecycle.bpmn}, business key = ticket id. */
@ApplicationScoped
public class CamundaTicketProcess implements TicketProcess {

  static final String PROCESS_KEY = "ticket-lifecycle";

  @Inject
  private ProcessEngine engine;

  @Override
  public String start(Ticket ticket, boolean answeredDirectly) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("ticketId", ticket.id());
    variables.put("answeredDirectly", answeredDirectly);
    return engine.getRuntimeService()
        .createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(String.valueOf(ticket.id()))
        .setVariables(variables)
        .execute()
        .getId();
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
