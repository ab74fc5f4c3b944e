package org.hotline.application.rating;

import java.time.OffsetDateTime;
import org.hotline.domain.model.rating.RatingTarget;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * A rating target (评价对象) as the API shows it.
 *
 * @param id the target's id
 * @param kind OFFICER, WINDOW, VEHICLE, UNIT or COMMUNITY
 * @param name what the code's card says (an officer's name and badge, a window's name …)
 * @param unitCode the code of the unit the target belongs to (its head answers dissatisfied
 *     ratings)
 * @param unitName the unit's name
 * @param officerBadge the officer's badge number (警号) for OFFICER, else null
 * @param ratingUrl the path of the public rating page, {@code /r/{token}}, of the code in force;
 *     null after a revocation
 * @param active whether the code is in force
 * @param codeIssuedAt when the code in force (or the last one) was issued
 */
public record RatingTargetView(
    Long id,
    String kind,
    String name,
    String unitCode,
    String unitName,
    String officerBadge,
    String ratingUrl,
    boolean active,
    OffsetDateTime codeIssuedAt) {

  /** The path of the public rating page of a token. */
  public static String ratingPath(String token) {
    return "/r/" + token;
  }

  public static RatingTargetView of(RatingTarget t) {
    var code = t.currentCode();
    return new RatingTargetView(
        t.id(),
        t.kind().name(),
        t.name(),
        t.unit().code(),
        t.unit().name(),
        t.officer() == null ? null : t.officer().badgeNumber(),
        t.active() ? ratingPath(code.token()) : null,
        t.active(),
        code == null ? null : BusinessTime.display(code.issuedAt()));
  }
}
