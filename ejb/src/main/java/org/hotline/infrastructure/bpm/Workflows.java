package org.hotline.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** What the ticket and slip workflows share: start by key, complete a step, move timers. */
@ApplicationScoped
public class Workflows {

  @Inject
  private ProcessEngine engine;

  /** Models are deployed once at start-up, so each latest definition is looked up once. */
  private final Map<String, String> definitionIds = new ConcurrentHashMap<>();

  public String start(String processKey, String businessKey, Map<String, Object> variables) {
    String definitionId = definitionIds.computeIfAbsent(processKey, key -> engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId());
    return engine.getRuntimeService()
        .createProcessInstanceById(definitionId)
        .businessKey(businessKey)
        .setVariables(variables)
        .execute()
        .getId();
  }

  public void complete(String processInstanceId, String taskKey, String what, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException(what + " has no open " + taskKey + " task");
    }
    engine.getTaskService().complete(task.getId(), variables);
  }

  /**
   * Sets the new timer dates as process variables and moves the timers that wait for them and
   * have not fired yet ({@code timersByVariable}: variable name → timer activity ids).
   */
  public void reschedule(String processInstanceId, Map<String, Object> dates, Map<String, String[]> timersByVariable) {
    if (processInstanceId == null || engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() == 0) {
      return;
    }
    engine.getRuntimeService().setVariables(processInstanceId, dates);
    for (Map.Entry<String, Object> date : dates.entrySet()) {
      if (!(date.getValue() instanceof Date due)) {
        continue;
      }
      for (String activityId : timersByVariable.getOrDefault(date.getKey(), new String[0])) {
        for (Job job : engine.getManagementService().createJobQuery()
            .processInstanceId(processInstanceId).activityId(activityId).timers().list()) {
          engine.getManagementService().setJobDuedate(job.getId(), due);
        }
      }
    }
  }
}
