package org.hotline.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The engine's clock and its due jobs, for the controlled test clock ({@code
 * infrastructure.testing.TestClock}): the only place outside the engine bootstrap that touches
 * Camunda's internals ({@code ClockUtil}), so that all of Camunda's API stays in this package.
 */
@ApplicationScoped
public class EngineClockAndJobs {

  private static final Logger LOG = Logger.getLogger(EngineClockAndJobs.class.getName());

  @Inject private ProcessEngine engine;

  /** Shifts the engine's clock by {@code offset} from real time; zero returns to real time. */
  public void shift(Duration offset) {
    if (offset.isZero()) {
      ClockUtil.reset();
    } else {
      ClockUtil.offset(offset.toMillis());
    }
  }

  /**
   * Executes every job due by the engine's clock until none is left or {@code giveUp}; returns how
   * many ran here.
   */
  public int runDueJobs(Instant giveUp) {
    int executed = 0;
    while (Instant.now().isBefore(giveUp)) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        try {
          engine.getManagementService().executeJob(job.getId());
          executed++;
        } catch (RuntimeException e) {
          // taken by the job executor meanwhile, or failed (then retried later): look again
          LOG.fine(() -> "job " + job.getId() + " not run here: " + e);
        }
      }
    }
    return executed;
  }

  /** How many jobs are due by the engine's clock and not yet run. */
  public long dueJobs() {
    return engine.getManagementService().createJobQuery().executable().count();
  }
}
