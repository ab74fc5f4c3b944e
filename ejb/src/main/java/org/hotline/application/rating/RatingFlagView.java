package org.hotline.application.rating;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.hotline.application.text.Messages;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingFlag;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * An authenticity flag (真实性标记) as supervisors and callback agents see it: the flagged rating, the
 * flag's code and label, its evidence as facts and as a sentence in the reader's language (from the
 * message bundle: {@code rating.flag.<FLAG>}, values that are codes through {@code
 * rating.evidence.<CODE>}). Never the rater's number or fingerprints.
 *
 * @param ratingId the rating
 * @param targetId its target
 * @param targetName the target's card text
 * @param kind the target's kind
 * @param unitCode the target's unit
 * @param unitName the target's unit by name (单位名称)
 * @param officerBadge the officer's badge number of an officer's target, else null
 * @param ratedAt when it was given
 * @param dissatisfied whether it was dissatisfied
 * @param verified whether it is verified
 * @param excluded whether a supervisor excluded it
 * @param serviceRecordId the service record it is tied to, or null
 * @param ticketId the rectification ticket it opened, or null
 * @param flag the flag's code
 * @param label the flag's name
 * @param evidence the facts, name → value
 * @param evidenceText the facts in words
 * @param flaggedAt when the flag was raised
 */
public record RatingFlagView(
    Long ratingId,
    Long targetId,
    String targetName,
    String kind,
    String unitCode,
    String unitName,
    String officerBadge,
    OffsetDateTime ratedAt,
    boolean dissatisfied,
    boolean verified,
    boolean excluded,
    Long serviceRecordId,
    Long ticketId,
    String flag,
    String label,
    Map<String, String> evidence,
    String evidenceText,
    OffsetDateTime flaggedAt) {

  static RatingFlagView of(RatingFlag f, Locale locale) {
    Rating r = f.rating();
    var t = r.target();
    Map<String, String> e = f.evidence();
    Object[] args =
        e.values().stream()
            .map(
                v ->
                    Messages.has("rating.evidence." + v)
                        ? Messages.text("rating.evidence." + v, locale)
                        : v)
            .toArray();
    String flag = f.kind().name();
    return new RatingFlagView(
        r.id(),
        t.id(),
        t.name(),
        t.kind().name(),
        t.unit().code(),
        t.unit().name(),
        t.officer() == null ? null : t.officer().badgeNumber(),
        BusinessTime.display(r.ratedAt()),
        r.dissatisfied(),
        r.verified(),
        r.excluded(),
        r.serviceRecordId(),
        r.ticketId(),
        flag,
        Messages.text("ratingFlag" + flag, locale),
        e,
        Messages.text("rating.flag." + flag, locale, args),
        BusinessTime.display(f.flaggedAt()));
  }
}
