package org.hotline.domain.model.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of a month ({@code yyyy-MM}) or a date ({@code yyyy-MM-dd}) typed into a request
 * (月份/日期): exactly four digits of year (0001–9999), two of month, two of day. {@code java.time}'s
 * own parsers also take a signed or longer year ({@code +2026-01}, {@code +12026-01-01}); those are
 * refused here, as is every other writing. Used by every parameter and field that names a month or
 * a day.
 */
public final class CalendarText {

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** A date-time's text starts with a plain four-digit year (no sign, no fifth digit). */
  private static final Pattern DATE_TIME_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

  /** A year written as exactly four ASCII digits: no sign, no padding, no blank. */
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

  /** The first year a request may name (年份下限). */
  public static final int FIRST_YEAR = 1900;

  /** The last year a request may name (年份上限). */
  public static final int LAST_YEAR = 2199;

  private CalendarText() {}

  /**
   * The year {@code text} names (年份), the one strict reading of every year parameter: exactly four
   * ASCII digits between {@link #FIRST_YEAR} and {@link #LAST_YEAR}; empty for anything else
   * ({@code +2026}, {@code " 2026"}, {@code 02026}, {@code 26}, {@code 0001}).
   */
  public static Optional<Integer> year(String text) {
    if (text == null || !YEAR.matcher(text).matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(text);
    return year < FIRST_YEAR || year > LAST_YEAR ? Optional.empty() : Optional.of(year);
  }

  /** Whether {@code year} lies between {@link #FIRST_YEAR} and {@link #LAST_YEAR}. */
  public static boolean saneYear(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** The month {@code text} names, or empty when it is not {@code yyyy-MM} of year 1–9999. */
  public static Optional<YearMonth> month(String text) {
    if (text == null || !MONTH.matcher(text).matches() || text.startsWith("0000")) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The date {@code text} names, or empty when it is not {@code yyyy-MM-dd} of year 1–9999. */
  public static Optional<LocalDate> date(String text) {
    if (text == null || !DATE.matcher(text).matches() || text.startsWith("0000")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether an ISO-8601 date-time's text begins with a plain {@code yyyy-MM-ddT} (no signed or
   * five-digit year); its parsing is left to the caller.
   */
  public static boolean plainDateTime(String text) {
    return text != null && DATE_TIME_START.matcher(text).matches() && !text.startsWith("0000");
  }
}
