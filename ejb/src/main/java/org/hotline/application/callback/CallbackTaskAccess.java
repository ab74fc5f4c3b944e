package org.hotline.application.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.ticket.TicketAudience;
import org.hotline.application.ticket.TicketEventView;
import org.hotline.application.ticket.TicketQueryService;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.callback.CallbackTaskRepository;
import org.hotline.domain.model.callback.SubCentres;

/**
 * Which callback tasks (回访任务) the current user may reach, and how a task is shown to them: an agent
 * of a sub-centre (分中心) reaches its own sub-centre's tasks only (another's is {@code 404}, as if it
 * did not exist; the rule is {@link TicketAudience}'s, which the ticket API applies too); everyone
 * else works for the city centre and reaches all. Used inside the transactions of the callback
 * services; checks no role itself.
 */
@ApplicationScoped
public class CallbackTaskAccess {

  @Inject private CallbackTaskRepository tasks;

  @Inject private CurrentUser currentUser;

  @Inject private TicketQueryService ticketQueries;

  @Inject private SubCentres subCentres;

  @Inject private TicketAudience audience;

  @Inject private CallbackClaims claims;

  /** The current user's name. */
  String me() {
    return currentUser.get().username();
  }

  /** The sub-centre the current agent works for, null for the city centre (sees all). */
  String agentSubCentre() {
    return subCentres.ofAgent(me()).orElse(null);
  }

  /**
   * The unit codes the current user may see tasks of, null for all: the same sub-centre rule as the
   * tickets' ({@link TicketAudience#subCentreUnits}).
   */
  List<String> scope() {
    return audience.subCentreUnits(currentUser.get());
  }

  /**
   * The task if the user's sub-centre may see it, locked for update when asked.
   *
   * @throws HotlineException 404 NOT_FOUND when it does not exist or is another sub-centre's
   */
  CallbackTask load(Long id, boolean forUpdate) {
    CallbackTask task =
        (forUpdate ? tasks.findForUpdate(id) : tasks.find(id))
            .orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, id));
    List<String> units = scope();
    if (units != null && (task.unit() == null || !units.contains(task.unit().code()))) {
      throw new HotlineException(ErrorCode.NOT_FOUND, id);
    }
    return task;
  }

  /**
   * The current agent takes the task (领取).
   *
   * @throws HotlineException 409 CALLBACK_TASK_DONE when finished, CALLBACK_TASK_TAKEN when another
   *     agent has it
   */
  void take(CallbackTask task) {
    if (!task.open()) {
      throw new HotlineException(ErrorCode.CALLBACK_TASK_DONE, task.id());
    }
    // the holder may have lost the right to it (moved, role removed): then it is free again
    claims.releaseIfLost(task, me());
    if (task.takenByOther(me())) {
      throw new HotlineException(ErrorCode.CALLBACK_TASK_TAKEN, task.id());
    }
    task.assignTo(me());
  }

  /** The task with its ticket's history, the number in full only for its agent. */
  CallbackTaskView detail(CallbackTask task) {
    List<TicketEventView> history =
        task.ticket() == null ? List.of() : ticketQueries.history(task.ticket().id());
    return CallbackTaskView.of(task, me(), history, subCentres.byUnit())
        .withReleases(
            tasks.releasesOf(task.id()).stream().map(CallbackTaskView.Release::of).toList());
  }
}
