package org.hotline.interfaces.rest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;

/**
 * The domain error a unique constraint stands for (唯一约束对应的业务错误): when two requests insert the same
 * thing at the same moment, the loser's failure names the constraint; the client should learn what
 * the services say when the race is lost by checking first ("used", "duplicate"), not a generic
 * "changed by someone else". Matched by the constraint's name in the cause chain's messages
 * (MySQL/MariaDB quote the name; H2 names its index {@code <NAME>_INDEX_n}).
 */
final class ConstraintConflicts {

  /**
   * What a constraint means.
   *
   * @param code the problem's code
   * @param field the field a {@code VALIDATION_FAILED} names, else null
   */
  record Meaning(ErrorCode code, String field) {}

  private record Rule(Pattern name, Meaning meaning) {}

  private static final List<Rule> RULES =
      List.of(
          rule("uk_rating_invitation", ErrorCode.RATING_INVITATION_USED, null),
          rule("uk_rating_target_officer", ErrorCode.VALIDATION_FAILED, "officerBadge"),
          rule("uk_time_limit_rule", ErrorCode.VALIDATION_FAILED, "categoryCode"),
          rule("uk_catalogue_item_code", ErrorCode.VALIDATION_FAILED, "code"),
          rule("uk_app_user_username", ErrorCode.VALIDATION_FAILED, "username"));

  private ConstraintConflicts() {}

  private static Rule rule(String constraint, ErrorCode code, String field) {
    return new Rule(
        Pattern.compile(
            "(?i)(?<![a-z0-9_])" + Pattern.quote(constraint) + "(?:_index\\w*)?(?![a-z0-9_])"),
        new Meaning(code, field));
  }

  /** The meaning of the first known constraint named in {@code failure}'s cause chain. */
  static Optional<Meaning> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message == null) {
        continue;
      }
      for (Rule r : RULES) {
        if (r.name().matcher(message).find()) {
          return Optional.of(r.meaning());
        }
      }
    }
    return Optional.empty();
  }

  /** The reason of a field error for a violated unique constraint. */
  static String reason() {
    return FieldViolation.DUPLICATE;
  }
}
