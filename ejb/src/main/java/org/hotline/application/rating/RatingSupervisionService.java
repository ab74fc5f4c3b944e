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
import org.hotline.domain.model.rating.RatingExclusionReason;
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

  @Inject private org.hotline.application.ticket.TicketAudience audience;

  @Inject private RatingExclusion exclusion;

  /**
   * The month's ratings, newest first, at most {@link #MAX_LIST}.
   *
   * @throws org.hotline.application.error.ValidationException month REQUIRED/INVALID, unit
   *     UNKNOWN_CODE/OTHER_UNIT
   */
  public List<RatingView> list(String month, String unitCode) {
    RatingScope.Range range = scope.of(month, unitCode);
    return ratings.ofUnit(range.units(), range.from(), range.to(), MAX_LIST).stream()
        .map(this::view)
        .toList();
  }

  /**
   * One rating the caller may see (a chief: of their own unit), with its history and flag codes.
   *
   * @throws HotlineException 404 NOT_FOUND (none, or another unit's for a chief)
   */
  public RatingView get(Long id) {
    return view(visible(id));
  }

  private Rating visible(Long id) {
    Rating r = id == null ? null : ratings.find(id).orElse(null);
    // a unit role its own unit's, a sub-centre agent its units' only: TicketAudience's one rule
    if (r == null || !audience.canSeeUnit(currentUser.get(), r.target().unit().code())) {
      throw new HotlineException(ErrorCode.NOT_FOUND);
    }
    return r;
  }

  /**
   * Excludes a rating from the statistics (剔除), with the reason in its history, and withdraws its
   * consequences ({@link RatingExclusion}: the rectification ticket is withdrawn, open callback
   * tasks cancelled, the provenance record leaves the figures).
   *
   * @param reasonCode a {@link RatingExclusionReason} code; null is {@code OTHER} (the API of
   *     before)
   * @param reason the note: required for {@code OTHER}, at most 200 characters
   * @throws org.hotline.application.error.ValidationException reasonCode INVALID, reason
   *     REQUIRED/TOO_LONG
   * @throws HotlineException 404 NOT_FOUND, 409 RATING_ALREADY_EXCLUDED
   */
  @RolesAllowed({Role.DIRECTOR_ROLE, Role.ADMIN_ROLE})
  public RatingView exclude(Long id, String reasonCode, String reason) {
    Rating r = ratings.findForUpdate(id).orElse(null);
    if (r == null || !audience.canSeeUnit(currentUser.get(), r.target().unit().code())) {
      throw new HotlineException(ErrorCode.NOT_FOUND);
    }
    Violations v = new Violations();
    RatingExclusionReason code =
        v.optionalChoice("reasonCode", reasonCode, RatingExclusionReason.class);
    boolean noteRequired = code == null || code == RatingExclusionReason.OTHER;
    String why = v.text("reason", reason, noteRequired, RatingEvent.MAX_NOTE_LENGTH);
    v.throwIfAny();
    if (r.excluded()) {
      throw new HotlineException(ErrorCode.RATING_ALREADY_EXCLUDED);
    }
    RatingExclusionReason c = code == null ? RatingExclusionReason.OTHER : code;
    var now = BusinessTime.now();
    ratings.save(r.exclude(currentUser.get().username(), c, why, now));
    ratings.keepTally(r); // leaves the counted rate of the monthly summary
    exclusion.withdraw(r, c, why, currentUser.actor(), now);
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
