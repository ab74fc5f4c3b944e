package org.hotline.domain.model.shared;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The key of a business month (月份) in the monthly summaries: {@code yyyyMM} of the month in which
 * an instant falls in {@link BusinessTime#ZONE} (Asia/Shanghai, UTC + 8 h all year, as the SQL of
 * the summaries' migration computes it).
 */
public final class MonthKey {

  private MonthKey() {}

  /** The key of the month {@code instant} falls in (Asia/Shanghai); {@code instant} not null. */
  public static int of(Instant instant) {
    return of(YearMonth.from(instant.atZone(BusinessTime.ZONE)));
  }

  /** The key of {@code month}, e.g. 202610 for 2026-10. */
  public static int of(YearMonth month) {
    return month.getYear() * 100 + month.getMonthValue();
  }
}
