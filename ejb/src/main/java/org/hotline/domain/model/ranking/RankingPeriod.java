package org.hotline.domain.model.ranking;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.CalendarText;

/**
 * A ranking month, quarter or year (years 1 to 9999) in Asia/Shanghai: {@code from} inclusive,
 * {@code to} exclusive, both UTC instants (a ticket due at 23:59:59 on the 31st, Shanghai time,
 * belongs to that month).
 */
public record RankingPeriod(String label, Instant from, Instant to, List<YearMonth> months) {

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  public static RankingPeriod of(YearMonth month) {
    return span(month.toString(), month, month);
  }

  /** {@code yyyy-MM}, or empty when malformed. */
  public static Optional<RankingPeriod> month(String text) {
    return CalendarText.month(text).map(RankingPeriod::of);
  }

  /** {@code yyyy-Qn}, or empty when malformed. */
  public static Optional<RankingPeriod> quarter(String text) {
    Matcher m = text == null ? null : QUARTER.matcher(text);
    if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < 1) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int q = Integer.parseInt(m.group(2));
    YearMonth first = YearMonth.of(year, (q - 1) * 3 + 1);
    return Optional.of(span(text, first, first.plusMonths(2)));
  }

  /** {@code yyyy}, or empty when malformed. */
  public static Optional<RankingPeriod> year(String text) {
    Optional<Integer> parsed = org.hotline.domain.model.shared.CalendarText.year(text);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    int year = parsed.get();
    return Optional.of(span(text, YearMonth.of(year, 1), YearMonth.of(year, 12)));
  }

  private static RankingPeriod span(String label, YearMonth first, YearMonth last) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    Instant from = first.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    Instant to = last.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    return new RankingPeriod(label, from, to, List.copyOf(months));
  }

  /** The month the instant falls in, Shanghai time. */
  public static YearMonth monthOf(Instant instant) {
    return YearMonth.from(instant.atZone(BusinessTime.ZONE));
  }
}
