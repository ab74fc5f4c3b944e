package org.hotline.application.rating;

import java.time.OffsetDateTime;
import java.util.List;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingEvent;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * A rating as supervisors and the rated unit see it: never the rater's number or fingerprints.
 *
 * @param id the rating
 * @param targetId its target
 * @param targetName the target's card text
 * @param kind the target's kind
 * @param unitCode the target's unit
 * @param unitName the target's unit by name (单位名称)
 * @param channel {@code QR}
 * @param ratedAt when it was given
 * @param attitude 服务态度
 * @param efficiency 办事效率
 * @param conduct 工作作风
 * @param result 办理结果
 * @param reasons problem tag codes
 * @param comment the rater's comment
 * @param dissatisfied whether any dimension was dissatisfied
 * @param verified whether it is tied to an invitation or service record (false until invitations
 *     exist)
 * @param excluded whether a supervisor excluded it from the statistics
 * @param history its events (exclusion …), oldest first
 * @param ticketId the rectification ticket a dissatisfied rating opened (整改工单), or null
 * @param verification why it is verified or not: {@code INVITATION} or {@code NO_INVITATION}
 * @param serviceRecordId the service record it is tied to (through an invitation), or null
 * @param spotCheck whether it was sampled into the callback queue for a spot check (抽查)
 * @param flags the codes of its authenticity flags (真实性标记), their evidence in {@code GET
 *     /api/ratings/flags}
 */
public record RatingView(
    Long id,
    Long targetId,
    String targetName,
    String kind,
    String unitCode,
    String unitName,
    String channel,
    OffsetDateTime ratedAt,
    String attitude,
    String efficiency,
    String conduct,
    String result,
    List<String> reasons,
    String comment,
    boolean dissatisfied,
    boolean verified,
    boolean excluded,
    List<Event> history,
    Long ticketId,
    String verification,
    Long serviceRecordId,
    boolean spotCheck,
    List<String> flags) {

  /** One history event. */
  public record Event(
      String action, String actor, String note, OffsetDateTime at, String reasonCode) {}

  static RatingView of(Rating r, List<RatingEvent> events, List<String> flags) {
    var a = r.answers();
    return new RatingView(
        r.id(),
        r.target().id(),
        r.target().name(),
        r.target().kind().name(),
        r.target().unit().code(),
        r.target().unit().name(),
        r.channel(),
        BusinessTime.display(r.ratedAt()),
        a.get(0).name(),
        a.get(1).name(),
        a.get(2).name(),
        a.get(3).name(),
        r.reasons(),
        r.comment(),
        r.dissatisfied(),
        r.verified(),
        r.excluded(),
        events.stream()
            .map(
                e ->
                    new Event(
                        e.action(),
                        e.actor(),
                        e.note(),
                        BusinessTime.display(e.occurredAt()),
                        e.reasonCode()))
            .toList(),
        r.ticketId(),
        r.verification(),
        r.serviceRecordId(),
        r.spotCheck(),
        flags);
  }
}
