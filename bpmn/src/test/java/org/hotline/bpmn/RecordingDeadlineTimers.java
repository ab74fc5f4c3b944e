package org.hotline.bpmn;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The bean {@code deadlineTimers} of the models in process tests: records which timer fired, for
 * which business key, at which (engine) time; {@link #escalate} goes up {@link #levelsAbove} more
 * levels, one day apart.
 */
public class RecordingDeadlineTimers {

  /** One recorded call: what fired, for whom, when. */
  public record Fired(String what, String businessKey, Date at) {}

  public final List<Fired> fired = new ArrayList<>();
  public int levelsAbove;

  private void record(String what, DelegateExecution execution) {
    fired.add(new Fired(what, execution.getProcessBusinessKey(), ClockUtil.getCurrentTime()));
  }

  public List<String> names() {
    return fired.stream().map(Fired::what).toList();
  }

  public void signOverdue(DelegateExecution execution) {
    record("signOverdue", execution);
  }

  public void remind(DelegateExecution execution) {
    record("remind", execution);
  }

  public void overdue(DelegateExecution execution) {
    record("overdue", execution);
  }

  public boolean escalate(DelegateExecution execution) {
    record("escalate", execution);
    if (levelsAbove <= 0) {
      return false;
    }
    levelsAbove--;
    execution.setVariable(
        "escalateAt", new Date(ClockUtil.getCurrentTime().getTime() + 24L * 3600 * 1000));
    return true;
  }

  public void rectificationOverdue(DelegateExecution execution) {
    record("rectificationOverdue", execution);
  }

  public void slipReminder(DelegateExecution execution) {
    record("slipReminder", execution);
  }

  public void slipOverdue(DelegateExecution execution) {
    record("slipOverdue", execution);
  }
}
