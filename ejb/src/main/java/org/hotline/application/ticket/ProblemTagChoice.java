package org.hotline.application.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.callback.ProblemTagRepository;

/**
 * The problem tags (问题标签) chosen with a callback outcome, wherever it is recorded (the callback
 * workspace, the ticket page): checked against the admin's list, and turned into the ticket's
 * dissatisfaction reason codes (不满意原因) by their groups.
 */
@ApplicationScoped
public class ProblemTagChoice {

  /** The ticket's reason code of each tag group (服务态度 → ATTITUDE …); other groups are OTHER. */
  private static final Map<String, String> REASON_OF_GROUP =
      Map.of(
          "ATTITUDE", "ATTITUDE",
          "SHIRKING", "PASSING_THE_BUCK",
          "EFFICIENCY", "SLOW",
          "RESULT", "RESULT",
          "ENFORCEMENT", "IMPROPER_ENFORCEMENT");

  @Inject private ProblemTagRepository problemTags;

  /**
   * The tag codes given, upper-cased and without repeats; each must be an active leaf of the list.
   *
   * @param given the codes sent (null: none)
   * @return the codes (possibly empty); the faults are added to {@code v} under {@code tags}: more
   *     than {@link CallbackTask#MAX_TAGS} (TOO_LONG), UNKNOWN_CODE, NOT_LEAF (a group), RETIRED
   */
  public List<String> checked(Violations v, List<String> given) {
    if (given == null) {
      return List.of();
    }
    if (given.size() > CallbackTask.MAX_TAGS) {
      v.add("tags", FieldViolation.TOO_LONG);
    }
    List<String> codes =
        given.stream()
            .map(t -> v.identifier("tags", t, true, CallbackTask.MAX_TAG_LENGTH))
            .filter(Objects::nonNull)
            .map(c -> c.toUpperCase(Locale.ROOT))
            .distinct()
            .toList();
    for (String code : codes) {
      var tag = problemTags.find(code).orElse(null);
      if (tag == null) {
        v.add("tags", FieldViolation.UNKNOWN_CODE);
      } else if (tag.parentCode() == null) {
        v.add("tags", FieldViolation.NOT_LEAF);
      } else if (!tag.active()) {
        v.add("tags", FieldViolation.RETIRED);
      }
    }
    return codes;
  }

  /**
   * The dissatisfaction reason codes the tags' groups stand for, each once (unknown tags: none).
   */
  public List<String> reasonsOf(List<String> tags) {
    return tags.stream()
        .map(problemTags::find)
        .filter(Optional::isPresent)
        .map(t -> REASON_OF_GROUP.getOrDefault(t.get().parentCode(), "OTHER"))
        .distinct()
        .toList();
  }
}
