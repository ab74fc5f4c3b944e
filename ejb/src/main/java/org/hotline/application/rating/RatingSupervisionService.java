package org.hotline.application.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingEvent;
import org.hotline.domain.model.rating.RatingRepository;
import org.hotline.domain.model.rating.RatingTarget;
import org.hotline.domain.model.rating.RatingTargetRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AppUser;
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

  @Inject private RatingTargetRepository targets;

  @Inject private UnitRepository units;

  @Inject private CurrentUser currentUser;

  /**
   * The month's ratings, newest first, at most {@link #MAX_LIST}.
   *
   * @throws org.hotline.application.error.ValidationException month REQUIRED/INVALID, unit
   *     UNKNOWN_CODE/OTHER_UNIT
   */
  public List<RatingView> list(String month, String unitCode) {
    Instant[] range = new Instant[2];
    String unit = scope(month, unitCode, range);
    return ratings.ofUnit(unit, range[0], range[1], MAX_LIST).stream()
        .map(r -> RatingView.of(r, ratings.history(r.id())))
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
    return RatingView.of(r, ratings.history(r.id()));
  }

  /**
   * The month's statistics per target that received ratings.
   *
   * @throws org.hotline.application.error.ValidationException month REQUIRED/INVALID, unit
   *     UNKNOWN_CODE/OTHER_UNIT
   */
  public List<RatingStatisticsRow> statistics(String month, String unitCode) {
    Instant[] range = new Instant[2];
    String unit = scope(month, unitCode, range);
    Map<Long, RatingTarget> byId = new HashMap<>();
    (unit == null ? targets.all() : targets.ofUnit(unit)).forEach(t -> byId.put(t.id(), t));
    return ratings.countsPerTarget(unit, range[0], range[1]).stream()
        .map(
            c -> {
              RatingTarget t = byId.get(c[0]);
              long counted = c[1] - c[3];
              return new RatingStatisticsRow(
                  c[0],
                  t.kind().name(),
                  t.name(),
                  t.unit().code(),
                  c[1],
                  c[2],
                  percent(c[2], c[1]),
                  c[3],
                  percent(c[2] - c[4], counted),
                  c[6],
                  c[5],
                  percent(c[8], c[7]),
                  t.officer() == null ? null : t.officer().badgeNumber());
            })
        .toList();
  }

  private static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
  }

  /**
   * Checks month and unit; fills [from, to) and returns the unit code to filter by (null = all).
   */
  private String scope(String month, String unitCode, Instant[] range) {
    AppUser user = currentUser.get();
    Violations v = new Violations();
    YearMonth m = null;
    if (VisibleText.isBlank(month)) {
      v.add("month", FieldViolation.REQUIRED);
    } else {
      try {
        m = YearMonth.parse(month.strip());
        if (m.getYear() < 1 || m.getYear() > Violations.MAX_YEAR) {
          v.add("month", FieldViolation.INVALID);
        }
      } catch (DateTimeParseException e) {
        v.add("month", FieldViolation.INVALID);
      }
    }
    String unit = VisibleText.clean(unitCode);
    if (unit != null) {
      v.reference("unit", unit, units::findByCode);
      if (v.isEmpty() && !user.centreWide() && !unit.equals(user.unit().code())) {
        v.add("unit", FieldViolation.OTHER_UNIT);
      }
    } else if (!user.centreWide()) {
      unit = user.unit().code();
    }
    v.throwIfAny();
    range[0] = m.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    range[1] = m.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    return unit;
  }
}
