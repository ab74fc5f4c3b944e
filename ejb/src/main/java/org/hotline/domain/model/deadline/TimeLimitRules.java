package org.hotline.domain.model.deadline;

import java.util.Comparator;
import java.util.List;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.Urgency;

/** Chooses the rule that governs a ticket: the most specific of those that match it. */
public final class TimeLimitRules {

  private TimeLimitRules() {}

  public static TimeLimitRule pick(
      List<TimeLimitRule> rules, Category category, Urgency urgency, Channel channel) {
    return rules.stream()
        .filter(r -> r.matches(category, urgency, channel))
        .max(Comparator.comparingInt(r -> r.specificity(category)))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no time-limit rule matches; the default rule is missing"));
  }
}
