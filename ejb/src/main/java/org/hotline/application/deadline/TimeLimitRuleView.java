package org.hotline.application.deadline;

import java.time.OffsetDateTime;
import org.hotline.domain.model.deadline.TimeLimitRule;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * 时限规则 as the API shows and takes it (id, updatedAt, updatedBy and updatedByName are ignored on
 * input); {@code updatedByName} is the display name of {@code updatedBy} (the username when
 * unknown).
 */
public record TimeLimitRuleView(
    Long id,
    String categoryCode,
    String urgency,
    String channel,
    Integer signHours,
    Integer replyDays,
    Integer remindBeforeDays,
    Integer escalateAfterDays,
    Integer maxExtensions,
    Integer maxExtensionDays,
    Boolean centreApproval,
    String note,
    OffsetDateTime updatedAt,
    String updatedBy,
    String updatedByName) {

  /** The view with the updater by username only. */
  public static TimeLimitRuleView of(TimeLimitRule r) {
    return of(r, u -> u);
  }

  /** The view; {@code person} gives a username's display name. */
  public static TimeLimitRuleView of(
      TimeLimitRule r, java.util.function.Function<String, String> person) {
    var l = r.limits();
    return new TimeLimitRuleView(
        r.id(),
        r.categoryCode(),
        r.urgency() == null ? null : r.urgency().name(),
        r.channel() == null ? null : r.channel().name(),
        l.signHours(),
        l.replyDays(),
        l.remindBeforeDays(),
        l.escalateAfterDays(),
        l.maxExtensions(),
        l.maxExtensionDays(),
        l.centreApproval(),
        l.note(),
        BusinessTime.display(r.updatedAt()),
        r.updatedBy(),
        r.updatedBy() == null ? null : person.apply(r.updatedBy()));
  }
}
