package org.hotline.application.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hotline.domain.model.analysis.GroupCount;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * The group counts of months that have ended (已结束月份), kept for a short while: a 12-month trend asks
 * for 24 months (and the year before each), 23 of which have ended and change only through late
 * corrections of old tickets (a merge, a re-route). An ended month's counts may be up to {@code
 * -Dhotline.analysis.ended-month-cache-seconds} (default 300) old; the month in progress is always
 * counted afresh. Off under the test clock ({@code -Dhotline.testing=true}), which can move back
 * and make an ended month current again.
 */
@ApplicationScoped
public class EndedMonthCounts {

  private record Entry(Instant computedAt, List<GroupCount> counts) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /**
   * The counts of {@code month} (or of a period of months) under {@code key} (what is counted and
   * for whom): kept when the period has ended, otherwise computed by {@code compute} every time.
   */
  public List<GroupCount> counts(
      RankingPeriod month, String key, Supplier<List<GroupCount>> compute) {
    Duration ttl =
        Duration.ofSeconds(Long.getLong("hotline.analysis.ended-month-cache-seconds", 300));
    Instant now = BusinessTime.now();
    if (Boolean.getBoolean("hotline.testing") || ttl.isZero() || month.to().isAfter(now)) {
      return compute.get();
    }
    String k = month.label() + "/" + key;
    Entry e = entries.get(k);
    if (e == null || e.computedAt().plus(ttl).isBefore(now)) {
      e = new Entry(now, List.copyOf(compute.get()));
      entries.put(k, e);
    }
    return e.counts();
  }
}
