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
    String officerBadge) {}
