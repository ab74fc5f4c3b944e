package org.hotline.domain.model.shared;

import java.time.YearMonth;

/**
 * The system's life (系统运行期): from the first month it counts ({@code
 * -Dhotline.rankings.first-month}, yyyy-MM, default {@value #DEFAULT_FIRST_MONTH}; set it to the
 * month the hotline went live) to the month in progress (Asia/Shanghai). A month, quarter or year
 * named in a request must overlap it: before it there are no tickets, after it no figures yet, and
 * an answer of zeros would read as a real (and official-looking) result.
 */
public final class SystemLife {

  /** The first month when {@code hotline.rankings.first-month} is not set or malformed. */
  public static final String DEFAULT_FIRST_MONTH = "2019-01";

  /** The reason of a period that ends before the first month. */
  public static final String BEFORE_START = "BEFORE_START";

  /** The reason of a period that starts after the month in progress. */
  public static final String AFTER_NOW = "AFTER_NOW";

  private SystemLife() {}

  /** The first month the system counts. */
  public static YearMonth firstMonth() {
    String configured = System.getProperty("hotline.rankings.first-month", DEFAULT_FIRST_MONTH);
    return CalendarText.month(configured.strip()).orElse(YearMonth.parse(DEFAULT_FIRST_MONTH));
  }

  /** The month in progress (Asia/Shanghai, on the business clock). */
  public static YearMonth currentMonth() {
    return YearMonth.from(BusinessTime.now().atZone(BusinessTime.ZONE));
  }

  /**
   * Why the period from {@code first} to {@code last} (months, inclusive) lies outside the system's
   * life: {@link #BEFORE_START} when it ends before the first month, {@link #AFTER_NOW} when it
   * starts after the month in progress; null when it overlaps the life.
   */
  public static String outside(YearMonth first, YearMonth last) {
    if (last.isBefore(firstMonth())) {
      return BEFORE_START;
    }
    if (first.isAfter(currentMonth())) {
      return AFTER_NOW;
    }
    return null;
  }
}
