package org.hotline.application.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingEvent;
import org.hotline.domain.model.rating.RatingRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.Role;

/**
 * Supervision of ratings (评价监督): the month's ratings of a unit, exclusion of a rating from the
 * statistics by a supervisor (剔除, with a reason kept in the rating's history), and the month's
 * statistics per target with the raw satisfied rate beside the rate without the excluded ratings
 * and the verified count. The chief sees their own unit; the centre's callback, director, leader
 * and admin see all; only the director and the admin exclude.
 */
@Stateless
@RolesAllowed({
  Role.CHIEF_ROLE,
  Role.CALLBACK_ROLE,
  Role.DIRECTOR_ROLE,
  Role.LEADER_ROLE,
  Role.ADMIN_ROLE
})
public class RatingSupervisionService {

  /** Ratings listed at most. */
  public static final int MAX_LIST = 500;

  @Inject private RatingRepository ratings;

  @Inject private RatingScope scope;

  @Inject private RatingFigures figures;

  @Inject private CurrentUser currentUser;

  /**
   * The month's ratings, newest first, at most {@link #MAX_LIST}.
   *
   * @throws org.hotline.application.error.ValidationException month REQUIRED/INVALID, unit
   *     UNKNOWN_CODE/OTHER_UNIT
   */
  public List<RatingView> list(String month, String unitCode) {
    RatingScope.Range range = scope.of(month, unitCode);
    return ratings.ofUnit(range.unit(), range.from(), range.to(), MAX_LIST).stream()
        .map(this::view)
        .toList();
  }

  /**
   * Excludes a rating from the statistics, with the reason in its history.
   *
   * @throws org.hotline.application.error.ValidationException reason REQUIRED/TOO_LONG
   * @throws HotlineException 404 NOT_FOUND, 409 RATING_ALREADY_EXCLUDED
   */
  @RolesAllowed({Role.DIRECTOR_ROLE, Role.ADMIN_ROLE})
  public RatingView exclude(Long id, String reason) {
    Rating r = id == null ? null : ratings.find(id).orElse(null);
    if (r == null) {
      throw new HotlineException(ErrorCode.NOT_FOUND);
    }
    Violations v = new Violations();
    String why = v.text("reason", reason, true, RatingEvent.MAX_NOTE_LENGTH);
    v.throwIfAny();
    if (r.excluded()) {
      throw new HotlineException(ErrorCode.RATING_ALREADY_EXCLUDED);
    }
    ratings.save(r.exclude(currentUser.get().username(), why, BusinessTime.now()));
    return view(r);
  }

  private RatingView view(Rating r) {
    List<String> flags =
        r.flagged()
            ? ratings.flagsOf(r.id()).stream().map(f -> f.kind().name()).toList()
            : List.of();
    return RatingView.of(r, ratings.history(r.id()), flags);
  }

  /**
   * The month's statistics per target that received ratings ({@link RatingFigures#perTarget}).
   *
   * @throws org.hotline.application.error.ValidationException month REQUIRED/INVALID, unit
   *     UNKNOWN_CODE/OTHER_UNIT
   */
  public List<RatingStatisticsRow> statistics(String month, String unitCode) {
    return figures.perTarget(scope.of(month, unitCode));
  }
}
