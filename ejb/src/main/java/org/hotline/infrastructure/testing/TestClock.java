package org.hotline.infrastructure.testing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.Role;

/**
 * The controlled clock of a server started for integration tests ({@code -Dhotline.testing=true};
 * refused otherwise): moves the business clock and the engine's clock together, and runs the
 * timer jobs that are due at once instead of waiting for the job executor's next poll.
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TestClock {

  public static final String ENABLED = "hotline.testing";
  private static final Logger LOG = Logger.getLogger(TestClock.class.getName());
  private static final Duration RUN_DUE_TIMEOUT = Duration.ofSeconds(30);

  @Inject
  private ProcessEngine engine;

  /** Sets the clock so that now is {@code at}; null returns to real time. Returns the new now. */
  public Instant set(Instant at) {
    requireEnabled();
    Duration offset = at == null ? Duration.ZERO : Duration.between(Instant.now(), at);
    BusinessTime.shiftClock(offset);
    if (offset.isZero()) {
      ClockUtil.reset();
    } else {
      ClockUtil.offset(offset.toMillis());
    }
    LOG.info(() -> "test clock set to " + BusinessTime.now());
    return BusinessTime.now();
  }

  /** Executes every job due by the test clock, until none is left; returns how many ran here. */
  public int runDueJobs() {
    requireEnabled();
    int executed = 0;
    Instant giveUp = Instant.now().plus(RUN_DUE_TIMEOUT);
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

  /** How many jobs are due by the test clock and not yet run. */
  public long dueJobs() {
    requireEnabled();
    return engine.getManagementService().createJobQuery().executable().count();
  }

  private static void requireEnabled() {
    if (!Boolean.getBoolean(ENABLED)) {
      throw new HotlineException(ErrorCode.NOT_FOUND, "testing");
    }
  }
}
