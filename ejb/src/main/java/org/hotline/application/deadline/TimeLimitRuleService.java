package org.hotline.application.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.category.CategoryRepository;
import org.hotline.domain.model.deadline.TimeLimitRule;
import org.hotline.domain.model.deadline.TimeLimitRuleRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.Urgency;
import org.hotline.domain.model.user.Role;

/**
 * Reads and edits the time-limit rules (admin). The default rule (no category, urgency or channel)
 * can be changed but not removed. New limits apply to tickets routed from then on.
 */
@Stateless
public class TimeLimitRuleService {

  @Inject private TimeLimitRuleRepository rules;

  @Inject private CategoryRepository categories;

  @Inject private TicketDeadlines deadlines;

  @Inject private CurrentUser currentUser;

  @Inject private org.hotline.application.user.UserNames userNames;

  /** A username's display name for the page (the username when the user is unknown). */
  private String person(String username) {
    String name = userNames.displayName(username);
    return name == null || name.isBlank() ? username : name;
  }

  @PermitAll
  public List<TimeLimitRuleView> all() {
    return rules.all().stream()
        .sorted(
            Comparator.comparing((TimeLimitRule r) -> r.categoryCode() != null)
                .thenComparing(r -> r.urgency() != null)
                .thenComparing(r -> Objects.toString(r.categoryCode(), ""))
                .thenComparing(TimeLimitRule::id))
        .map(r -> TimeLimitRuleView.of(r, this::person))
        .toList();
  }

  @RolesAllowed(Role.ADMIN_ROLE)
  public TimeLimitRuleView create(TimeLimitRuleView input) {
    Violations v = new Violations();
    String category = v.identifier("categoryCode", input.categoryCode(), false, 40);
    if (category != null && categories.findByCode(category).isEmpty()) {
      v.add("categoryCode", FieldViolation.UNKNOWN_CODE);
    }
    Urgency urgency = v.optionalChoice("urgency", input.urgency(), Urgency.class);
    Channel channel = v.optionalChoice("channel", input.channel(), Channel.class);
    TimeLimitRule.Limits limits = limits(v, input);
    boolean duplicate =
        rules.all().stream()
            .anyMatch(
                r ->
                    Objects.equals(r.categoryCode(), category)
                        && r.urgency() == urgency
                        && r.channel() == channel);
    if (duplicate) {
      v.add("categoryCode", FieldViolation.DUPLICATE);
    }
    v.throwIfAny();
    TimeLimitRule rule =
        new TimeLimitRule(
            category, urgency, channel, limits, currentUser.get().username(), BusinessTime.now());
    rules.add(rule);
    deadlines.invalidate();
    return TimeLimitRuleView.of(rule, this::person);
  }

  @RolesAllowed(Role.ADMIN_ROLE)
  public TimeLimitRuleView update(Long id, TimeLimitRuleView input) {
    TimeLimitRule rule =
        rules.find(id).orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, id));
    Violations v = new Violations();
    TimeLimitRule.Limits limits = limits(v, input);
    v.throwIfAny();
    rule.change(limits, currentUser.get().username(), BusinessTime.now());
    deadlines.invalidate();
    return TimeLimitRuleView.of(rule, this::person);
  }

  @RolesAllowed(Role.ADMIN_ROLE)
  public void remove(Long id) {
    TimeLimitRule rule =
        rules.find(id).orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, id));
    if (rule.categoryCode() == null && rule.urgency() == null && rule.channel() == null) {
      throw new HotlineException(ErrorCode.FORBIDDEN);
    }
    rules.remove(rule);
    deadlines.invalidate();
  }

  private static TimeLimitRule.Limits limits(Violations v, TimeLimitRuleView in) {
    return new TimeLimitRule.Limits(
        range(v, "signHours", in.signHours(), 0, 72, true),
        range(v, "replyDays", in.replyDays(), 0, 60, false),
        range(v, "remindBeforeDays", in.remindBeforeDays(), 0, 10, true),
        range(v, "escalateAfterDays", in.escalateAfterDays(), 1, 20, true),
        range(v, "maxExtensions", in.maxExtensions(), 0, 3, true),
        range(v, "maxExtensionDays", in.maxExtensionDays(), 0, 30, true),
        Boolean.TRUE.equals(in.centreApproval()),
        v.text("note", in.note(), false, 200));
  }

  private static Integer range(
      Violations v, String field, Integer value, int min, int max, boolean required) {
    if (value == null) {
      if (required) {
        v.add(field, FieldViolation.REQUIRED);
      }
      return required ? 0 : null;
    }
    if (value < min || value > max) {
      // the message says the range allowed: 「“回复时限（工作日）”须在 0 到 60 之间」
      v.add(
          field,
          FieldViolation.INVALID,
          FieldViolation.subjects(String.valueOf(min), String.valueOf(max)));
    }
    return value;
  }
}
