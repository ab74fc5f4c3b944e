package org.hotline.application.analysis;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hotline.domain.model.analysis.AnalysisRepository;
import org.hotline.domain.model.analysis.Dimension;
import org.hotline.domain.model.analysis.GroupCount;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * The group counts of months that have ended (已结束月份), kept: a 12-month trend asks for 24 months
 * (and the year before each), 23 of which have ended and change only through late corrections of
 * old tickets (a merge, a re-route). A kept count older than {@code
 * -Dhotline.analysis.ended-month-cache-seconds} (default 300) is still answered, and counted again
 * in the background for the next reader (stale while revalidating), so an ended month's counts are
 * at most that old plus one recount; the month in progress is always counted afresh. The centre's
 * trends of the last 24 ended months are counted once in the background at start ({@link
 * #warmUp()}), so that the first reader after a restart does not wait for 24 counts of the whole
 * ticket table (3.2 s at 2,000,000 tickets). Off under the test clock ({@code
 * -Dhotline.testing=true}), which can move back and make an ended month current again.
 */
@ApplicationScoped
public class EndedMonthCounts {

  private static final Logger LOG = Logger.getLogger(EndedMonthCounts.class.getName());

  /** How many ended months the start-up warm-up counts (a 12-month trend and its year before). */
  static final int WARM_MONTHS = 24;

  private record Entry(RankingPeriod period, Instant computedAt, List<GroupCount> counts) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** Keys being counted again in the background (one recount per key at a time). */
  private final java.util.Set<String> refreshing = ConcurrentHashMap.newKeySet();

  /** Bumped by every {@link #forget}: a recount begun before it is not kept (it may be stale). */
  private final java.util.concurrent.atomic.AtomicLong forgets =
      new java.util.concurrent.atomic.AtomicLong();

  @Resource private ManagedExecutorService managedExecutor;

  @Inject private AnalysisRepository analysis;

  private Executor executor;

  /**
   * For unit tests: the executor of background recounts (the container's managed one otherwise).
   */
  void executor(Executor executor) {
    this.executor = executor;
  }

  private Executor background() {
    return executor != null ? executor : managedExecutor;
  }

  private static boolean off(Duration ttl) {
    return Boolean.getBoolean("hotline.testing") || ttl.isZero();
  }

  private static Duration ttl() {
    return Duration.ofSeconds(Long.getLong("hotline.analysis.ended-month-cache-seconds", 300));
  }

  /**
   * The counts of {@code month} (or of a period of months) under {@code key} (what is counted and
   * for whom): kept when the period has ended (a stale one answered and recounted in the
   * background), otherwise computed by {@code compute} every time.
   */
  public List<GroupCount> counts(
      RankingPeriod month, String key, Supplier<List<GroupCount>> compute) {
    Duration ttl = ttl();
    Instant now = BusinessTime.now();
    if (off(ttl) || month.to().isAfter(now)) {
      return compute.get();
    }
    String k = month.label() + "/" + key;
    Entry e = entries.get(k);
    if (e == null) {
      e = new Entry(month, now, List.copyOf(compute.get()));
      entries.put(k, e);
    } else if (e.computedAt().plus(ttl).isBefore(now) && refreshing.add(k)) {
      recountLater(k, month, compute);
    }
    return e.counts();
  }

  /**
   * Forgets the kept counts of every period holding {@code at}, so that the next reader counts them
   * afresh: a change to an ended month that its tickets' counts must show at once (a ticket taken
   * out of the figures when its rating is excluded, 剔除).
   *
   * @param at an instant of the month(s) to forget
   */
  public void forget(Instant at) {
    forgets.incrementAndGet();
    entries
        .entrySet()
        .removeIf(
            e ->
                !e.getValue().period().from().isAfter(at)
                    && e.getValue().period().to().isAfter(at));
  }

  /** Forgets the months of an excluded ticket once its exclusion is committed. */
  void ticketExcluded(
      @jakarta.enterprise.event.Observes(
              during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
          org.hotline.domain.model.ticket.TicketFiguresExcluded excluded) {
    forget(excluded.createdAt());
  }

  private void recountLater(String k, RankingPeriod period, Supplier<List<GroupCount>> compute) {
    long generation = forgets.get();
    try {
      background()
          .execute(
              () -> {
                try {
                  Entry fresh = new Entry(period, BusinessTime.now(), List.copyOf(compute.get()));
                  if (forgets.get() == generation) {
                    entries.put(k, fresh);
                  }
                } catch (RuntimeException failed) {
                  LOG.log(
                      Level.WARNING, "recounting " + k + " failed; kept the older counts", failed);
                } finally {
                  refreshing.remove(k);
                }
              });
    } catch (RuntimeException rejected) {
      refreshing.remove(k);
    }
  }

  /**
   * The tickets of one month by {@code dimension}, of {@code ownerUnitCode}'s tickets (null: every
   * ticket), kept as {@link #counts} says.
   */
  public List<GroupCount> byDimension(
      Dimension dimension, RankingPeriod month, String ownerUnitCode) {
    return counts(
        month,
        dimension + "/" + (ownerUnitCode == null ? "*" : ownerUnitCode),
        () -> analysis.countBy(dimension, month.from(), month.to(), ownerUnitCode));
  }

  /**
   * Every area × category cell of one month (hotspots), of {@code ownerUnitCode}'s tickets (null:
   * every ticket), largest first, kept as {@link #counts} says.
   */
  public List<GroupCount> hotspotCells(RankingPeriod month, String ownerUnitCode) {
    return counts(
        month,
        "hotspotCells/" + (ownerUnitCode == null ? "*" : ownerUnitCode),
        () -> analysis.hotspots(month.from(), month.to(), ownerUnitCode, Integer.MAX_VALUE));
  }

  /**
   * Counts, in the background, the centre's tickets of the last {@value #WARM_MONTHS} ended months
   * by every dimension and by area × category (what the analysis page asks first). Returns at once;
   * does nothing when the counts are not kept (test clock, cache time 0).
   */
  public void warmUp() {
    if (off(ttl())) {
      return;
    }
    YearMonth current = RankingPeriod.monthOf(BusinessTime.now());
    try {
      background()
          .execute(
              () -> {
                long t0 = System.nanoTime();
                try {
                  for (int i = 1; i <= WARM_MONTHS; i++) {
                    RankingPeriod m = RankingPeriod.of(current.minusMonths(i));
                    for (Dimension d : Dimension.values()) {
                      byDimension(d, m, null);
                    }
                    hotspotCells(m, null);
                  }
                  LOG.info(
                      String.format(
                          "analysis: counted the last %d ended months in %.1f s",
                          WARM_MONTHS, (System.nanoTime() - t0) / 1e9));
                } catch (RuntimeException failed) {
                  LOG.log(
                      Level.WARNING,
                      "analysis warm-up failed; months are counted on demand",
                      failed);
                }
              });
    } catch (RuntimeException rejected) {
      LOG.log(Level.WARNING, "analysis warm-up not started", rejected);
    }
  }
}
