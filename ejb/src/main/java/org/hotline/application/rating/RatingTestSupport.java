package org.hotline.application.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.domain.model.user.Role;
import org.hotline.infrastructure.testing.TestClock;

/**
 * Test support of the rating rate limits (admin, and only on a server started with {@code
 * -Dhotline.testing=true}; 404 otherwise): sets the limits and forgets what was counted, so that
 * the integration tests of one server do not throttle each other (all come from 127.0.0.1).
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class RatingTestSupport {

  @Inject private RatingRateLimiter limiter;

  @Inject private RatingSpotCheck spotCheck;

  /**
   * Sets the share of satisfied ratings sampled for a spot check (null: the configured one).
   *
   * @throws HotlineException 404 NOT_FOUND when the server is not in testing mode
   */
  public void spotCheckShare(Double share) {
    if (!Boolean.getBoolean(TestClock.ENABLED)) {
      throw new HotlineException(ErrorCode.NOT_FOUND, "testing");
    }
    spotCheck.override(share);
  }

  /**
   * Sets the thresholds of the flag rules as a supervisor's configuration change would ({@code
   * -Dhotline.rating.flag.<name>}); null clears one (its default again).
   *
   * @throws HotlineException 404 NOT_FOUND when the server is not in testing mode
   */
  public void flagThreshold(String name, Integer value) {
    if (!Boolean.getBoolean(TestClock.ENABLED)) {
      throw new HotlineException(ErrorCode.NOT_FOUND, "testing");
    }
    String key = "hotline.rating.flag." + name;
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, String.valueOf(value));
    }
  }

  /**
   * @param perDevice ratings per device in the window, null for the configured default
   * @param perNetwork ratings per network in the window, null for the configured default
   * @throws HotlineException 404 NOT_FOUND when the server is not in testing mode
   */
  public void resetLimits(Integer perDevice, Integer perNetwork) {
    if (!Boolean.getBoolean(TestClock.ENABLED)) {
      throw new HotlineException(ErrorCode.NOT_FOUND, "testing");
    }
    limiter.reset(perDevice, perNetwork);
  }
}
