package org.hotline.domain.model.rating;

import java.time.YearMonth;
import java.util.List;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * What one rating adds to the monthly summary per target (评价月度汇总, table {@code rating_month}): the
 * month (yyyyMM of Asia/Shanghai) and target it counts under and a 0/1 per counter of {@link
 * #COLUMNS}. The summary is the sum over the ratings of each month and target; when a rating
 * changes (flagged, excluded) the difference of its tallies before and after is added.
 *
 * @param monthKey yyyyMM of the rating's Asia/Shanghai month
 * @param targetId the rated target
 * @param counts one value per column of {@link #COLUMNS}
 */
public record RatingTally(int monthKey, long targetId, long[] counts) {

  /**
   * The counters, in the order of {@link #counts} (and of the statistics' columns after the target
   * id): ratings, satisfied (no dimension dissatisfied), excluded, excluded and satisfied,
   * dissatisfied, verified, verified and counted, verified, counted and satisfied, flagged.
   */
  public static final List<String> COLUMNS =
      List.of(
          "ratings",
          "satisfied",
          "excluded",
          "excluded_satisfied",
          "dissatisfied",
          "verified",
          "verified_counted",
          "verified_counted_satisfied",
          "flagged");

  /** The rating's tally as it stands. */
  public static RatingTally of(Rating r) {
    return of(
        r.ratedAt(), r.target().id(), r.dissatisfied(), r.excluded(), r.verified(), r.flagged());
  }

  /** The tally of a rating with these facts. */
  public static RatingTally of(
      java.time.Instant ratedAt,
      long targetId,
      boolean dissatisfied,
      boolean excluded,
      boolean verified,
      boolean flagged) {
    boolean satisfied = !dissatisfied;
    boolean counted = !excluded;
    return new RatingTally(
        monthKey(YearMonth.from(ratedAt.atZone(BusinessTime.ZONE))),
        targetId,
        new long[] {
          1,
          one(satisfied),
          one(excluded),
          one(excluded && satisfied),
          one(dissatisfied),
          one(verified),
          one(verified && counted),
          one(verified && counted && satisfied),
          one(flagged)
        });
  }

  /** yyyyMM of a month, the summary's key. */
  public static int monthKey(YearMonth month) {
    return month.getYear() * 100 + month.getMonthValue();
  }

  /**
   * What to add to the summary when a rating's tally goes from {@code before} (null: not counted
   * yet, a new rating) to {@code this}: one value per column.
   */
  public List<Long> minus(RatingTally before) {
    Long[] d = new Long[counts.length];
    for (int i = 0; i < counts.length; i++) {
      d[i] = counts[i] - (before == null ? 0 : before.counts[i]);
    }
    return List.of(d);
  }

  private static long one(boolean b) {
    return b ? 1 : 0;
  }
}
