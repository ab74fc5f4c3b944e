package org.hotline.application.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.rating.RatingCode;
import org.hotline.domain.model.rating.RatingInvitation;
import org.hotline.domain.model.rating.RatingRepository;
import org.hotline.domain.model.rating.RatingTarget;
import org.hotline.domain.model.rating.RatingTargetKind;
import org.hotline.domain.model.rating.RatingTargetRepository;
import org.hotline.domain.model.rating.RatingToken;
import org.hotline.domain.model.servicerecord.ServiceRecord;
import org.hotline.domain.model.servicerecord.ServiceRecordRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * Officers' invitations to rate (邀码, 扫码评警): for one service record, a one-time token the citizen
 * scans or opens ({@code /r/{token}}); the rating then records the service record and counts as
 * verified. The rated target is the record's officer's target when it has a code in force, else the
 * first active {@code UNIT} target of the record's unit. Valid for {@code
 * -Dhotline.rating.invitation-hours} hours (default 72). Unit roles invite for their own unit's
 * records only; the admin for any.
 */
@Stateless
@RolesAllowed({Role.OFFICER_ROLE, Role.CHIEF_ROLE, Role.AGENCY_ROLE, Role.ADMIN_ROLE})
public class RatingInvitationService {

  /** The system property: hours an invitation stays valid. */
  public static final String VALID_HOURS = "hotline.rating.invitation-hours";

  /**
   * The system property: invitations one service record may have (default 1, at least 1); asking
   * for more returns the latest (each invitation gives one verified rating, so a record must not
   * mint any number of them).
   */
  public static final String PER_RECORD = "hotline.rating.invitations-per-record";

  @Inject private org.hotline.application.ticket.TicketAudience audience;

  @Inject private CurrentUser currentUser;

  @Inject private ServiceRecordRepository records;

  @Inject private RatingTargetRepository targets;

  @Inject private RatingRepository ratings;

  /**
   * The invitation of a service record: a new one, or — when the record has its {@link #PER_RECORD}
   * invitations already — the latest of them ({@code created} false; it may be used or expired, its
   * page then says so). The record is locked while deciding, so two requests at the same moment
   * cannot both create one.
   *
   * @throws HotlineException 404 NOT_FOUND (no such record, or another unit's for a unit role or a
   *     sub-centre agent), 409 RATING_TARGET_MISSING (neither the officer nor the unit has a target
   *     with a code in force)
   */
  public RatingInvitationView invite(Long serviceRecordId) {
    AppUser user = currentUser.get();
    ServiceRecord record = records.findForUpdate(serviceRecordId).orElse(null);
    // a unit role its own unit's records, a sub-centre agent its units' only: TicketAudience's rule
    if (record == null || !audience.canSeeUnit(user, record.unit().code())) {
      throw new HotlineException(ErrorCode.NOT_FOUND);
    }
    RatingTarget target =
        (record.officer() == null ? null : targets.ofOfficer(record.officer()).orElse(null));
    if (target == null || !target.active()) {
      target =
          targets.ofUnit(record.unit().code()).stream()
              .filter(t -> t.kind() == RatingTargetKind.UNIT && t.active())
              .findFirst()
              .orElse(null);
    }
    List<RatingInvitation> given = ratings.invitationsOf(record.id());
    if (given.size() >= Math.max(1, Integer.getInteger(PER_RECORD, 1))) {
      return RatingInvitationView.of(given.get(given.size() - 1), false);
    }
    if (target == null) {
      throw new HotlineException(ErrorCode.RATING_TARGET_MISSING);
    }
    RatingCode code = target.currentCode();
    Instant now = BusinessTime.now();
    long hours = Long.getLong(VALID_HOURS, 72);
    RatingInvitation invitation =
        new RatingInvitation(
            RatingToken.next(),
            code,
            record,
            user.username(),
            now,
            now.plus(Duration.ofHours(hours)));
    ratings.save(invitation);
    return RatingInvitationView.of(invitation, true);
  }
}
