package org.hotline.application.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.hotline.application.ticket.TicketAudience;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.callback.CallbackTaskRepository;
import org.hotline.domain.model.callback.ClaimRelease;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.AccountChanged;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;
import org.hotline.domain.model.user.UserRepository;

/**
 * A claim (领取) lasts only as long as the right to work the task: an agent who is moved to another
 * sub-centre (分中心), whose sub-centre is retired or loses the task's unit, who loses the callback
 * role or whose account is deactivated no longer reaches the task, so the claim is taken back and
 * the task returns to the queue, with a {@link ClaimRelease} saying why. The right is {@link
 * TicketAudience}'s sub-centre rule (read, not repeated). Used inside the callers' transactions:
 * after every sub-centre change and account change, when another agent claims a task whose holder
 * lost it, and by the periodic sweep ({@link ClaimSweep}) for changes made outside the application.
 */
@ApplicationScoped
public class CallbackClaims {

  /** The most claimed tasks one sweep looks at (agents hold a few each). */
  static final int SWEEP_LIMIT = 5000;

  @Inject private CallbackTaskRepository tasks;

  @Inject private UserRepository users;

  @Inject private TicketAudience audience;

  /** An agent as one sweep sees them: the account and its sub-centre's units, read once. */
  private record Agent(AppUser user, List<String> units) {}

  /** The agents met in one sweep, each read once however many tasks they hold. */
  private final class Agents {
    private final java.util.Map<String, Agent> seen = new java.util.HashMap<>();

    Agent of(String username) {
      return seen.computeIfAbsent(
          username,
          u -> {
            AppUser user = users.findByUsername(u).orElse(null);
            return new Agent(user, user == null ? null : audience.subCentreUnits(user));
          });
    }
  }

  /**
   * Why {@code agent} may not work {@code task} now, or null when they may.
   *
   * @return OUT_OF_SCOPE, ROLE_REMOVED, INACTIVE or UNKNOWN_USER; null when the claim stands
   */
  private static ClaimRelease.Reason lost(CallbackTask task, Agent agent) {
    AppUser user = agent.user();
    if (user == null) {
      return ClaimRelease.Reason.UNKNOWN_USER;
    }
    if (!user.active()) {
      return ClaimRelease.Reason.INACTIVE;
    }
    if (!user.has(Role.CALLBACK)) {
      return ClaimRelease.Reason.ROLE_REMOVED;
    }
    List<String> units = agent.units();
    if (units != null && (task.unit() == null || !units.contains(task.unit().code()))) {
      return ClaimRelease.Reason.OUT_OF_SCOPE;
    }
    return null;
  }

  /**
   * Takes the task back from its agent if they lost the right to it.
   *
   * @param by who or what releases it (the user whose action found it, or {@code system})
   * @return whether the claim was released
   */
  boolean releaseIfLost(CallbackTask task, String by) {
    return releaseIfLost(task, by, new Agents());
  }

  private boolean releaseIfLost(CallbackTask task, String by, Agents agents) {
    if (!task.open() || task.assignee() == null) {
      return false;
    }
    ClaimRelease.Reason reason = lost(task, agents.of(task.assignee()));
    if (reason == null) {
      return false;
    }
    Instant now = BusinessTime.now();
    String from = task.release();
    tasks.saveRelease(new ClaimRelease(task.id(), from, reason, by, now));
    return true;
  }

  /**
   * An administrator moved, de-roled or deactivated a callback agent (账号管理): their claims are taken
   * back at once, in the change's transaction, not at the next sweep.
   */
  void onAccountChanged(@Observes AccountChanged change) {
    if (change.callbackRightLost()) {
      releaseLost(change.changedBy());
    }
  }

  /**
   * Takes back every claim whose agent lost the right to it.
   *
   * @return how many claims were released
   */
  public int releaseLost(String by) {
    int released = 0;
    Agents agents = new Agents();
    for (CallbackTask task : tasks.openClaimed(SWEEP_LIMIT)) {
      if (releaseIfLost(task, by, agents)) {
        released++;
      }
    }
    return released;
  }
}
