package org.hotline.infrastructure.testing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.Role;

/**
 * The controlled clock of a server started for integration tests ({@code -Dhotline.testing=true};
 * refused otherwise): moves the business clock and the engine's clock together, and runs the timer
 * jobs that are due at once instead of waiting for the job executor's next poll.
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TestClock {

  public static final String ENABLED = "hotline.testing";
  private static final Logger LOG = Logger.getLogger(TestClock.class.getName());
  private static final Duration RUN_DUE_TIMEOUT = Duration.ofSeconds(30);

  @Inject private org.hotline.infrastructure.bpm.EngineClockAndJobs engine;

  /** Sets the clock so that now is {@code at}; null returns to real time. Returns the new now. */
  public Instant set(Instant at) {
    requireEnabled();
    Duration offset = at == null ? Duration.ZERO : Duration.between(Instant.now(), at);
    BusinessTime.shiftClock(offset);
    engine.shift(offset);
    LOG.info(() -> "test clock set to " + BusinessTime.now());
    return BusinessTime.now();
  }

  /** Executes every job due by the test clock, until none is left; returns how many ran here. */
  public int runDueJobs() {
    requireEnabled();
    return engine.runDueJobs(Instant.now().plus(RUN_DUE_TIMEOUT));
  }

  /** How many jobs are due by the test clock and not yet run. */
  public long dueJobs() {
    requireEnabled();
    return engine.dueJobs();
  }

  private static void requireEnabled() {
    if (!Boolean.getBoolean(ENABLED)) {
      throw new HotlineException(ErrorCode.NOT_FOUND, "testing");
    }
  }
}
