package org.hotline.domain.model.ticket;

import java.time.Duration;
import java.time.Instant;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * The window in which two calls count as repeat calls (重复件 / 重复来电): the last {@code
 * hotline.duplicates.window.days} days (default 30), up to now on the business clock.
 */
public final class DuplicateWindow {

  public static final String DAYS = "hotline.duplicates.window.days";

  private DuplicateWindow() {}

  /**
   * @return the start of the window: now minus the configured days
   */
  public static Instant start() {
    return BusinessTime.now().minus(Duration.ofDays(Integer.getInteger(DAYS, 30)));
  }
}
