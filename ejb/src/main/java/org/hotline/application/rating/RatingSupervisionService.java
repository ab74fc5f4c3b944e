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

  /** Ratings per page when the client does not say. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  /** The largest page of ratings (the whole list of before: it is paged, never cut). */
  public static final int MAX_PAGE_SIZE = 500;

  @Inject private RatingRepository ratings;

  @Inject private RatingScope scope;

  @Inject private RatingFigures figures;

  @Inject private CurrentUser currentUser;

  @Inject private org.hotline.application.ticket.TicketAudience audience;

  @Inject private RatingExclusion exclusion;

  /**
   * A page of the month's ratings, newest first, with the total of the month's ratings in scope:
   * the list is paged, never cut (seed 002 has 939,199 ratings).
   *
   * @param page from 0 (null: 0)
   * @param size 1–{@link #MAX_PAGE_SIZE} (null: {@link #DEFAULT_PAGE_SIZE})
   * @throws org.hotline.application.error.ValidationException month REQUIRED/INVALID, unit
   *     UNKNOWN_CODE/OTHER_UNIT, page/size INVALID
   */
  public org.hotline.application.ticket.PageView<RatingView> list(
      String month, String unitCode, Integer page, Integer size) {
    Violations v = new Violations();
    var asked =
        org.hotline.application.ticket.PageRequest.of(
            page, size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, v);
    RatingScope.Range range = scope.check(month, unitCode, v);
    v.throwIfAny();
    List<RatingView> items =
        ratings
            .ofUnit(range.units(), range.from(), range.to(), asked.first(), asked.size())
            .stream()
            .map(this::view)
            .toList();
    return asked.of(items, ratings.countOfUnit(range.units(), range.from(), range.to()));
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
