package org.hotline.application.rating;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * The thresholds of the authenticity checks (真实性规则), from system properties {@code
 * -Dhotline.rating.flag.<name>} (defaults in brackets):
 *
 * <ul>
 *   <li>{@code burst-minutes} (60): the window of a burst; {@code burst-device} (3), {@code
 *       burst-network} (5), {@code burst-phone} (3): ratings of one target from one device, network
 *       or phone number within it that make a burst;
 *   <li>{@code odd-from} (0) and {@code odd-to} (6): odd hours [from, to) in Asia/Shanghai; {@code
 *       odd-count} (3): ratings of one target at odd hours within 24 hours that are "many";
 *   <li>{@code nearby-hours} (12): how long before a rating a service record counts as nearby;
 *   <li>{@code single-target-count} (5) and {@code single-target-days} (30): a device or phone with
 *       at least that many ratings in that many days, all of one target.
 * </ul>
 *
 * @param burstWindow window of a burst
 * @param burstDevice ratings from one device that make a burst
 * @param burstNetwork ratings from one network that make a burst
 * @param burstPhone ratings from one phone number that make a burst
 * @param oddFrom first odd hour (inclusive)
 * @param oddTo end of the odd hours (exclusive)
 * @param oddCount odd-hour ratings of one target within 24 hours that are many
 * @param nearby how long before a rating a service record counts as nearby
 * @param singleTargetCount ratings of one rater that make a pattern
 * @param singleTargetDays over how many days
 */
public record AuthenticityRules(
    Duration burstWindow,
    int burstDevice,
    int burstNetwork,
    int burstPhone,
    int oddFrom,
    int oddTo,
    int oddCount,
    Duration nearby,
    int singleTargetCount,
    int singleTargetDays) {

  /** The window in which odd-hour ratings are counted together. */
  public static final Duration ODD_WINDOW = Duration.ofHours(24);

  /** The rules configured by system properties. */
  public static AuthenticityRules configured() {
    return new AuthenticityRules(
        Duration.ofMinutes(number("burst-minutes", 60)),
        number("burst-device", 3),
        number("burst-network", 5),
        number("burst-phone", 3),
        number("odd-from", 0),
        number("odd-to", 6),
        number("odd-count", 3),
        Duration.ofHours(number("nearby-hours", 12)),
        number("single-target-count", 5),
        number("single-target-days", 30));
  }

  /** Whether an instant falls in the odd hours (Asia/Shanghai); a range may wrap midnight. */
  public boolean oddHour(java.time.Instant at) {
    int h = ZonedDateTime.ofInstant(at, BusinessTime.ZONE).toLocalTime().getHour();
    return oddFrom <= oddTo ? h >= oddFrom && h < oddTo : h >= oddFrom || h < oddTo;
  }

  /** The odd hours as text, e.g. {@code 00:00–06:00}. */
  public String oddHoursText() {
    return LocalTime.of(oddFrom % 24, 0) + "–" + LocalTime.of(oddTo % 24, 0);
  }

  private static int number(String name, int fallback) {
    try {
      int n = Integer.parseInt(System.getProperty("hotline.rating.flag." + name, "" + fallback));
      return n > 0 || name.startsWith("odd-") ? n : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
