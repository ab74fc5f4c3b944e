package org.hotline.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;

/** What the ticket and slip workflows share: start by key, complete a step, move timers. */
@ApplicationScoped
public class Workflows {

  private static final Logger LOG = Logger.getLogger(Workflows.class.getName());

  @Inject private ProcessEngine engine;

  /** Models are deployed once at start-up, so each latest definition is looked up once. */
  private final Map<String, String> definitionIds = new ConcurrentHashMap<>();

  public String start(String processKey, String businessKey, Map<String, Object> variables) {
    String definitionId =
        definitionIds.computeIfAbsent(
            processKey,
            key ->
                engine
                    .getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .latestVersion()
                    .singleResult()
                    .getId());
    return inEngine(
        () ->
            engine
                .getRuntimeService()
                .createProcessInstanceById(definitionId)
                .businessKey(businessKey)
                .setVariables(variables)
                .execute()
                .getId());
  }

  /**
   * Completes the open task {@code taskKey} of the instance. Raises {@link HotlineException} {@code
   * CONCURRENT_UPDATE} (409) when the task is no longer open or another transaction changed the
   * instance at the same moment: that is a concurrent action, not a failure of the server.
   */
  public void complete(
      String processInstanceId, String taskKey, String what, Map<String, Object> variables) {
    inEngine(
        () -> {
          Task task =
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .processInstanceId(processInstanceId)
                  .taskDefinitionKey(taskKey)
                  .singleResult();
          if (task == null) {
            LOG.warning(
                () -> what + " has no open " + taskKey + " task: answered as a concurrent update");
            throw new HotlineException(ErrorCode.CONCURRENT_UPDATE);
          }
          engine.getTaskService().complete(task.getId(), variables);
          return null;
        });
  }

  /**
   * Runs engine calls, turning the engine's optimistic-locking failure (another transaction changed
   * the same execution or task first) into {@code CONCURRENT_UPDATE} (409). Every call of the
   * ticket and slip workflows that changes an instance goes through here.
   */
  static <T> T inEngine(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (OptimisticLockingException e) {
      LOG.fine(() -> "engine optimistic locking: " + e.getMessage());
      throw new HotlineException(ErrorCode.CONCURRENT_UPDATE);
    }
  }

  /**
   * Moves the timers that wait for the given dates and have not fired yet. {@code datesByInstance}:
   * process instance id → (timer variable → new date); {@code timersByVariable}: timer variable →
   * the timer activity it seeds. The variables only seed a timer when it is created; a created
   * timer keeps its own due date, which is what moves. One job query per timer activity, however
   * many instances move (a calendar edit moves every open ticket).
   */
  public void reschedule(
      Map<String, Map<String, Object>> datesByInstance, Map<String, String> timersByVariable) {
    if (datesByInstance.isEmpty()) {
      return;
    }
    var management = engine.getManagementService();
    for (Map.Entry<String, String> timer : timersByVariable.entrySet()) {
      var query = management.createJobQuery().activityId(timer.getValue()).timers();
      if (datesByInstance.size() == 1) {
        query.processInstanceId(datesByInstance.keySet().iterator().next());
      }
      for (Job job : query.list()) {
        Map<String, Object> dates = datesByInstance.get(job.getProcessInstanceId());
        if (dates != null
            && dates.get(timer.getKey()) instanceof Date due
            && !due.equals(job.getDuedate())) {
          management.setJobDuedate(job.getId(), due);
        }
      }
    }
  }
}
