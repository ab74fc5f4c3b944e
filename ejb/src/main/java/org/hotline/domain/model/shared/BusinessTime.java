package org.hotline.domain.model.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times are stored in UTC; the hotline works (and shows times) in China Standard Time. */
public final class BusinessTime {

  /** The zone in which working days, deadlines and ticket numbers are counted. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Zero in production; moved only by the test clock of a server started for tests. */
  private static volatile java.time.Duration offset = java.time.Duration.ZERO;

  private BusinessTime() {}

  /** Now, to the second (what the database keeps and the API shows). */
  public static Instant now() {
    return Instant.now().plus(offset).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  /**
   * Moves the business clock (tests of deadlines in a running server only: see {@code
   * infrastructure.testing.TestClock}, enabled by {@code -Dhotline.testing=true}).
   */
  public static void shiftClock(java.time.Duration by) {
    offset = by;
  }

  public static LocalDate localDate(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  public static OffsetDateTime display(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }

  /**
   * An instant as printed documents show it: {@code 2026-11-23 21:05}, Shanghai; null stays null.
   */
  public static String minutes(Instant instant) {
    return instant == null ? null : display(instant).format(MINUTES);
  }

  private static final java.time.format.DateTimeFormatter MINUTES =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** An instant as history details and messages write it: ISO with the Shanghai offset. */
  public static String text(Instant instant) {
    return instant == null ? "-" : display(instant).toString();
  }

  /** The last instant of the given local day (23:59:59 in Shanghai). */
  public static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1);
  }
}
