package org.hotline.application.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.text.Messages;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.officer.OfficerRepository;
import org.hotline.domain.model.rating.RatingCode;
import org.hotline.domain.model.rating.RatingTarget;
import org.hotline.domain.model.rating.RatingTargetKind;
import org.hotline.domain.model.rating.RatingTargetRepository;
import org.hotline.domain.model.rating.RatingToken;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * Rating targets (评价对象) and their QR codes (评价码): list, create, revoke (作废) and re-issue (重新发码).
 * Centre-wide roles see every unit's targets, the others only their own unit's (another unit's
 * target is {@code 404 NOT_FOUND}); only the admin creates, revokes and re-issues.
 */
@Stateless
@RolesAllowed({
  Role.OPERATOR_ROLE,
  Role.DISPATCHER_ROLE,
  Role.OFFICER_ROLE,
  Role.CHIEF_ROLE,
  Role.AGENCY_ROLE,
  Role.CALLBACK_ROLE,
  Role.DIRECTOR_ROLE,
  Role.LEADER_ROLE,
  Role.ADMIN_ROLE
})
public class RatingTargetService {

  @Inject private RatingTargetRepository targets;

  @Inject private UnitRepository units;

  @Inject private OfficerRepository officers;

  @Inject private CurrentUser currentUser;

  @Inject private org.hotline.application.ticket.TicketAudience audience;

  /**
   * The targets the caller may see, of one unit or all.
   *
   * @param unitCode a unit's code, or null/blank for all the caller may see
   * @throws org.hotline.application.error.ValidationException {@code unit} UNKNOWN_CODE, or
   *     OTHER_UNIT when a unit role names another unit or a sub-centre agent another sub-centre's
   */
  public List<RatingTargetView> list(String unitCode) {
    return visible(unitCode).stream().map(RatingTargetView::of).toList();
  }

  /** The entities behind {@link #list} (for the printable sheet). */
  public List<RatingTarget> visible(String unitCode) {
    Violations v = new Violations();
    // the unit filter of every list: TicketAudience's one rule (a sub-centre agent: its units)
    List<String> scope = audience.unitFilter(currentUser.get(), unitCode, v);
    v.throwIfAny();
    if (scope == null) {
      return targets.all();
    }
    return scope.stream().flatMap(u -> targets.ofUnit(u).stream()).toList();
  }

  /**
   * One target the caller may see.
   *
   * @throws HotlineException 404 NOT_FOUND if there is none or it belongs to another unit
   */
  public RatingTargetView get(Long id) {
    return RatingTargetView.of(visibleTarget(id));
  }

  public RatingTarget visibleTarget(Long id) {
    AppUser user = currentUser.get();
    RatingTarget t = id == null ? null : targets.find(id).orElse(null);
    if (t == null || !audience.canSeeUnit(user, t.unit().code())) {
      throw new HotlineException(ErrorCode.NOT_FOUND);
    }
    return t;
  }

  /**
   * Creates a target with its first code.
   *
   * @return the new target with its {@code ratingUrl}
   * @throws org.hotline.application.error.ValidationException kind REQUIRED/INVALID; name
   *     REQUIRED/TOO_LONG; unitCode REQUIRED/UNKNOWN_CODE/OTHER_UNIT (an officer's target in
   *     another unit than the officer's); officerBadge REQUIRED/UNKNOWN_CODE/DUPLICATE (the officer
   *     has a target already)/INVALID (given for a kind other than OFFICER)
   * @throws HotlineException 409 RATING_TARGET_EXISTS when an active target of the same kind, unit
   *     and name exists (also when another admin created it at the same moment)
   */
  @RolesAllowed(Role.ADMIN_ROLE)
  public RatingTargetView create(RatingTargetInput in) {
    Violations v = new Violations();
    RatingTargetKind kind = v.optionalChoice("kind", in.kind(), RatingTargetKind.class);
    if (kind == null && VisibleText.isBlank(in.kind())) {
      v.add("kind", FieldViolation.REQUIRED);
    }
    String name =
        v.name("name", in.name(), kind != RatingTargetKind.OFFICER, RatingTarget.MAX_NAME_LENGTH);
    Officer officer = null;
    Unit unit = null;
    if (kind == RatingTargetKind.OFFICER) {
      officer = v.reference("officerBadge", in.officerBadge(), officers::findByBadge);
      if (officer != null && targets.ofOfficer(officer).isPresent()) {
        v.add("officerBadge", FieldViolation.DUPLICATE);
      }
      if (!VisibleText.isBlank(in.unitCode())) {
        unit = v.reference("unitCode", in.unitCode(), units::findByCode);
        if (unit != null && officer != null && !unit.code().equals(officer.unit().code())) {
          v.add("unitCode", FieldViolation.OTHER_UNIT);
        }
      }
      if (officer != null) {
        unit = officer.unit();
        if (name == null) {
          name = defaultName(officer);
        }
      }
    } else {
      unit = v.reference("unitCode", in.unitCode(), units::findByCode);
      if (!VisibleText.isBlank(in.officerBadge())) {
        v.add("officerBadge", FieldViolation.INVALID);
      }
    }
    v.throwIfAny();
    if (kind != RatingTargetKind.OFFICER) {
      // one active code per window, vehicle, unit, community (review r1: 「东关派出所 出入境窗口」 twice)
      Unit holder = unit;
      String named = name;
      targets
          .activeNamed(kind, unit, name)
          .ifPresent(
              t -> {
                throw exists(holder, named);
              });
    }
    RatingTarget target = new RatingTarget(kind, name, unit, officer, BusinessTime.now());
    try {
      targets.add(target);
    } catch (org.hotline.domain.model.rating.DuplicateRatingTargetException raceLost) {
      // created by another admin between the check and the insert: the constraint refused it
      throw exists(unit, name);
    }
    issue(target, currentUser.get().username(), null);
    return RatingTargetView.of(target);
  }

  /** 409 RATING_TARGET_EXISTS naming the unit and the existing target's name. */
  private static HotlineException exists(Unit unit, String name) {
    return new HotlineException(ErrorCode.RATING_TARGET_EXISTS, unit.name(), name);
  }

  /** The card text of an officer's code: name and badge number, e.g. 张伟（警号 003001）. */
  static String defaultName(Officer o) {
    String s = Messages.zh("rating.officerTargetName", o.name(), o.badgeNumber());
    return s.length() <= RatingTarget.MAX_NAME_LENGTH ? s : o.name();
  }

  /**
   * Revokes the target's code (作废): the old code's page then says it was withdrawn, and the target
   * takes no rating until a code is re-issued.
   *
   * @throws org.hotline.application.error.ValidationException reason REQUIRED/TOO_LONG
   * @throws HotlineException 404 NOT_FOUND
   */
  @RolesAllowed(Role.ADMIN_ROLE)
  public RatingTargetView revoke(Long id, String reason) {
    RatingTarget t = visibleTarget(id);
    Violations v = new Violations();
    String why = v.text("reason", reason, true, RatingCode.MAX_REASON_LENGTH);
    v.throwIfAny();
    t.revoke(BusinessTime.now(), currentUser.get().username(), why);
    return RatingTargetView.of(t);
  }

  /**
   * Issues a new code (重新发码), e.g. for a lost badge: the code in force, if any, is revoked with the
   * reason; the new token has nothing in common with the old one.
   *
   * @throws org.hotline.application.error.ValidationException reason TOO_LONG
   * @throws HotlineException 404 NOT_FOUND
   */
  @RolesAllowed(Role.ADMIN_ROLE)
  public RatingTargetView reissue(Long id, String reason) {
    RatingTarget t = visibleTarget(id);
    Violations v = new Violations();
    String why = v.text("reason", reason, false, RatingCode.MAX_REASON_LENGTH);
    v.throwIfAny();
    issue(t, currentUser.get().username(), why == null ? Messages.zh("rating.reissueReason") : why);
    return RatingTargetView.of(t);
  }

  private void issue(RatingTarget t, String by, String reasonForOld) {
    targets.save(t.issue(RatingToken.next(), BusinessTime.now(), by, reasonForOld));
  }
}
