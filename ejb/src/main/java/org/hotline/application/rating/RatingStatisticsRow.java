package org.hotline.application.rating;

/**
 * The month's figures of one rating target (评价统计).
 *
 * @param targetId the target
 * @param kind its kind
 * @param name its card text
 * @param unitCode its unit
 * @param ratings ratings received (all, including excluded)
 * @param satisfied ratings with no dimension dissatisfied (all)
 * @param rawSatisfiedRate satisfied / ratings in percent (one decimal), null without ratings
 * @param excluded ratings a supervisor excluded
 * @param countedSatisfiedRate the satisfied rate without the excluded ratings, null when none
 *     counts
 * @param verified ratings verified by an invitation (邀码) tied to a service record (all)
 * @param verifiedSatisfiedRate the satisfied rate of the verified ratings that count (not
 *     excluded), in percent, null when none
 * @param officerBadge the officer's badge number (警号) of an {@code OFFICER} target, else null
 * @param dissatisfied dissatisfied ratings (all)
 * @param verifiedRate verified / ratings in percent, null without ratings
 * @param flagged ratings with an authenticity flag (真实性标记)
 * @param dissatisfiedHandled dissatisfied ratings whose rectification ticket is closed again after
 *     its re-visit (不满意已处理)
 */
public record RatingStatisticsRow(
    Long targetId,
    String kind,
    String name,
    String unitCode,
    long ratings,
    long satisfied,
    Double rawSatisfiedRate,
    long excluded,
    Double countedSatisfiedRate,
    long verified,
    long dissatisfied,
    Double verifiedSatisfiedRate,
    String officerBadge,
    Double verifiedRate,
    long flagged,
    long dissatisfiedHandled) {

  /** Percent with one decimal, null when {@code whole} is 0. */
  static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
  }

  /**
   * A row from counts {@code [targetId, ratings, satisfied, excluded, satisfiedExcluded,
   * dissatisfied, verified, verifiedCounted, verifiedCountedSatisfied, flagged,
   * dissatisfiedHandled]}.
   */
  static RatingStatisticsRow of(
      long[] c, Long id, String kind, String name, String unitCode, String badge) {
    return new RatingStatisticsRow(
        id,
        kind,
        name,
        unitCode,
        c[1],
        c[2],
        percent(c[2], c[1]),
        c[3],
        percent(c[2] - c[4], c[1] - c[3]),
        c[6],
        c[5],
        percent(c[8], c[7]),
        badge,
        percent(c[6], c[1]),
        c[9],
        c[10]);
  }
}
