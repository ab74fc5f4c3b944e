package org.hotline.application.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.hotline.application.error.Violations;
import org.hotline.application.satisfaction.ChannelStatisticsRow;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.rating.RatingFlag;
import org.hotline.domain.model.rating.RatingFlagKind;
import org.hotline.domain.model.rating.RatingRepository;
import org.hotline.domain.model.user.Role;

/**
 * What supervisors and callback agents see of the ratings' authenticity (评价真实性): the flags with
 * their evidence (by month, unit and flag; or those of the matter of a callback task), the figures
 * per unit, and the satisfaction answers per channel with their verified rate. The chief sees their
 * own unit; the centre's roles see all.
 */
@Stateless
@RolesAllowed({
  Role.CHIEF_ROLE,
  Role.CALLBACK_ROLE,
  Role.DIRECTOR_ROLE,
  Role.LEADER_ROLE,
  Role.ADMIN_ROLE
})
public class RatingAuthenticityService {

  /** Flags per page when the client does not say. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  /** The largest page of flags (the list is paged, never cut). */
  public static final int MAX_PAGE_SIZE = 1000;

  @Inject private RatingRepository ratings;

  @Inject private RatingScope scope;

  @Inject private RatingFigures figures;

  @Inject private CurrentUser currentUser;

  @Inject private org.hotline.application.ticket.TicketAudience audience;

  /**
   * A page of the month's flags, newest rating first, with the total in scope (paged, never cut).
   *
   * @param flag a {@link RatingFlagKind} code or blank for all
   * @param page from 0 (null: 0)
   * @param size 1–{@link #MAX_PAGE_SIZE} (null: {@link #DEFAULT_PAGE_SIZE})
   * @throws org.hotline.application.error.ValidationException month REQUIRED/INVALID, unit
   *     UNKNOWN_CODE/OTHER_UNIT, flag INVALID, page/size INVALID
   */
  public org.hotline.application.ticket.PageView<RatingFlagView> flags(
      String month, String unitCode, String flag, Integer page, Integer size, Locale locale) {
    Violations v = new Violations();
    RatingFlagKind kind = v.optionalChoice("flag", flag, RatingFlagKind.class);
    var asked =
        org.hotline.application.ticket.PageRequest.of(
            page, size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, v);
    RatingScope.Range range = scope.check(month, unitCode, v);
    v.throwIfAny();
    List<RatingFlagView> items =
        ratings
            .flags(range.units(), range.from(), range.to(), kind, asked.first(), asked.size())
            .stream()
            .map(f -> RatingFlagView.of(f, locale))
            .toList();
    return asked.of(items, ratings.countFlags(range.units(), range.from(), range.to(), kind));
  }

  /**
   * The flags of the ratings tied to a service record or that opened a ticket: what the callback
   * agent sees on a task. A chief sees only their own unit's.
   *
   * @throws org.hotline.application.error.ValidationException serviceRecord REQUIRED when neither
   *     is given
   */
  public List<RatingFlagView> flagsOfMatter(Long serviceRecordId, Long ticketId, Locale locale) {
    if (serviceRecordId == null && ticketId == null) {
      Violations v = new Violations();
      v.add("serviceRecord", org.hotline.application.error.FieldViolation.REQUIRED);
      v.throwIfAny();
    }
    var user = currentUser.get();
    // a callback sub-centre's agent (分中心) reads its own sub-centre's units only, as on tickets
    List<String> subCentre = audience.subCentreUnits(user);
    List<RatingFlag> found = ratings.flagsOfMatter(serviceRecordId, ticketId);
    return found.stream()
        .filter(
            f -> user.centreWide() || f.rating().target().unit().code().equals(user.unit().code()))
        .filter(f -> subCentre == null || subCentre.contains(f.rating().target().unit().code()))
        .map(f -> RatingFlagView.of(f, locale))
        .toList();
  }

  /** The month's figures per unit (see {@link RatingFigures#perUnit}). */
  public List<RatingStatisticsRow> unitFigures(String month, String unitCode) {
    return figures.perUnit(scope.of(month, unitCode));
  }

  /** The month's satisfaction answers per channel (QR, SMS, CALLBACK). */
  public List<ChannelStatisticsRow> channels(String month, String unitCode) {
    return figures.perChannel(scope.of(month, unitCode));
  }
}
