package org.hotline.application.deadline;

import java.time.OffsetDateTime;
import org.hotline.domain.model.deadline.TimeLimitRule;
import org.hotline.domain.model.shared.BusinessTime;

/** 时限规则 as the API shows and takes it (id, updatedAt and updatedBy are ignored on input). */
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
    String updatedBy) {

  public static TimeLimitRuleView of(TimeLimitRule r) {
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
        r.updatedBy());
  }
}
