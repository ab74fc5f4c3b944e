package org.hotline.domain.model.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times are stored in UTC; the hotline works (and shows times) in China Standard Time. */
public final class BusinessTime {

  /** The zone in which working days, deadlines and ticket numbers are counted. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private BusinessTime() {}

  /** Now, to the second (what the database keeps and the API shows). */
  public static Instant now() {
    return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  public static LocalDate localDate(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  public static OffsetDateTime display(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }

  /** The last instant of the given local day (23:59:59 in Shanghai). */
  public static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1);
  }
}
