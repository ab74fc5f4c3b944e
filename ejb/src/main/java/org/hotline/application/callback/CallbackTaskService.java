package org.hotline.application.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.user.Role;

/**
 * One callback task (回访任务): read with the ticket's history, or taken by an agent (领取), who from
 * then on sees the citizen's number. The queue is {@link CallbackQueueService}, outcomes {@link
 * CallbackOutcomeService}, spot checks {@link SpotCheckService}; who reaches which task {@link
 * CallbackTaskAccess}.
 */
@Stateless
public class CallbackTaskService {

  @Inject private CallbackTaskAccess access;

  /**
   * One task with the ticket's history; the number in full only for its agent.
   *
   * @throws org.hotline.application.error.HotlineException 404 NOT_FOUND (also another sub-centre's
   *     task)
   */
  @RolesAllowed({
    Role.CALLBACK_ROLE,
    Role.DISPATCHER_ROLE,
    Role.DIRECTOR_ROLE,
    Role.LEADER_ROLE,
    Role.ADMIN_ROLE
  })
  public CallbackTaskView get(Long id) {
    return access.detail(access.load(id, false));
  }

  /**
   * 领取: the agent takes the task and from now on sees the citizen's number.
   *
   * @throws org.hotline.application.error.HotlineException 404 NOT_FOUND, 409 CALLBACK_TASK_DONE,
   *     CALLBACK_TASK_TAKEN
   */
  @RolesAllowed(Role.CALLBACK_ROLE)
  public CallbackTaskView claim(Long id) {
    CallbackTask task = access.load(id, true);
    access.take(task);
    return access.detail(task);
  }
}
