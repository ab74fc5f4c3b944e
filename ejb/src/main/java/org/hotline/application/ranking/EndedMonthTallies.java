package org.hotline.application.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hotline.domain.model.ranking.Attribution;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.ranking.UnitTally;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * The tallies of months that have ended (已结束月份), kept for a short while: the dashboard asks for
 * last month and the same month a year before on every visit, and at two million tickets each costs
 * a scan of the month. An ended month changes only through late corrections (a re-route of a ticket
 * still overdue, a callback recorded late), so its preview may be up to {@code
 * -Dhotline.rankings.ended-month-cache-seconds} (default 300) old; the month in progress is never
 * cached, and a publication always counts afresh. Off under the test clock ({@code
 * -Dhotline.testing=true}), which can move back and make an ended month current again.
 */
@ApplicationScoped
public class EndedMonthTallies {

  private record Entry(Instant computedAt, List<UnitTally> tallies) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /**
   * The tallies of {@code period}: cached when it has ended, otherwise computed by {@code compute}.
   */
  public List<UnitTally> tallies(
      RankingPeriod period, Attribution attribution, Supplier<List<UnitTally>> compute) {
    Duration ttl =
        Duration.ofSeconds(Long.getLong("hotline.rankings.ended-month-cache-seconds", 300));
    Instant now = BusinessTime.now();
    if (Boolean.getBoolean("hotline.testing") || ttl.isZero() || period.to().isAfter(now)) {
      return compute.get();
    }
    String key = period.label() + "/" + attribution;
    Entry e = entries.get(key);
    if (e == null || e.computedAt().plus(ttl).isBefore(now)) {
      e = new Entry(now, List.copyOf(compute.get()));
      entries.put(key, e);
    }
    return e.tallies();
  }
}
