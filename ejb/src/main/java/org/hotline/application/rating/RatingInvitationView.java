package org.hotline.application.rating;

import java.time.OffsetDateTime;
import org.hotline.domain.model.rating.RatingInvitation;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * An invitation to rate (邀码) as the inviting officer sees it.
 *
 * @param ratingUrl the page the citizen opens, {@code /r/{token}} (one rating only)
 * @param targetId the rated target
 * @param targetName its card text
 * @param serviceRecordId the service the rating will be tied to
 * @param expiresAt when the invitation stops being valid
 * @param created true when this request created it, false when the record's existing invitation was
 *     returned (one per service record)
 */
public record RatingInvitationView(
    String ratingUrl,
    Long targetId,
    String targetName,
    Long serviceRecordId,
    OffsetDateTime expiresAt,
    boolean created) {

  static RatingInvitationView of(RatingInvitation i, boolean created) {
    return new RatingInvitationView(
        RatingTargetView.ratingPath(i.token()),
        i.target().id(),
        i.target().name(),
        i.serviceRecord().id(),
        BusinessTime.display(i.expiresAt()),
        created);
  }
}
