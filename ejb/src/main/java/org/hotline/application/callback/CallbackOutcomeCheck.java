package org.hotline.application.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.application.ticket.ProblemTagChoice;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.officer.OfficerRepository;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.ticket.CallbackResult;

/**
 * Checks an outcome posted for a callback task (回访结果) and turns it into what is recorded: the
 * result, the dissatisfaction reasons (required when dissatisfied; from the problem tags' groups
 * when not given), the problem tags (问题标签: active leaves of the admin's list), the note and the
 * officer praised (表扬民警: only with a satisfied answer).
 */
@ApplicationScoped
public class CallbackOutcomeCheck {

  @Inject private ProblemTagChoice tagChoice;

  @Inject private OfficerRepository officers;

  /** An outcome that passed the checks. */
  record Checked(
      CallbackResult result,
      List<String> reasons,
      List<String> tags,
      String note,
      Officer praised) {}

  /**
   * The outcome checked.
   *
   * @throws org.hotline.application.error.ValidationException {@code result} REQUIRED/INVALID,
   *     {@code reasons} REQUIRED/INVALID/TOO_LONG, {@code tags}
   *     TOO_LONG/UNKNOWN_CODE/NOT_LEAF/RETIRED, {@code note} TOO_LONG, {@code praiseOfficer}
   *     UNKNOWN_CODE/INVALID, OTHER_UNIT for an officer of another unit than {@code unitCode}
   * @param unitCode the unit that served the citizen (the task's unit; null: none, any officer)
   */
  Checked check(CallbackOutcome outcome, String unitCode) {
    CallbackOutcome o =
        outcome == null ? new CallbackOutcome(null, null, null, null, null) : outcome;
    Violations v = new Violations();
    CallbackResult result = v.choice("result", o.result(), CallbackResult.class, null);
    List<String> reasons =
        o.reasons() == null
            ? new ArrayList<>()
            : o.reasons().stream()
                .map(r -> v.identifier("reasons", r, true, CallbackResult.MAX_REASON_LENGTH))
                .toList();
    if (reasons.size() > CallbackResult.MAX_REASONS) {
      v.add("reasons", FieldViolation.INVALID);
    }
    List<String> tags = tagChoice.checked(v, o.tags());
    if (result == CallbackResult.DISSATISFIED && reasons.isEmpty()) {
      reasons = tagChoice.reasonsOf(tags);
      if (reasons.isEmpty()) {
        v.add("reasons", FieldViolation.REQUIRED);
      }
    }
    String note = v.text("note", o.note(), false, 1000);
    Officer praised = praised(v, o.praiseOfficer(), result, unitCode);
    v.throwIfAny();
    return new Checked(result, reasons, tags, note, praised);
  }

  private Officer praised(Violations v, String badge, CallbackResult result, String unitCode) {
    if (VisibleText.isBlank(badge)) {
      return null;
    }
    String code = v.identifier("praiseOfficer", badge, false, Integer.MAX_VALUE);
    if (code == null) {
      return null;
    }
    Officer officer = officers.findByBadge(code).orElse(null);
    if (officer == null) {
      v.add("praiseOfficer", FieldViolation.UNKNOWN_CODE);
    } else if (result == CallbackResult.DISSATISFIED || result == CallbackResult.UNREACHABLE) {
      // praise comes from a citizen who was reached and satisfied
      v.add("praiseOfficer", FieldViolation.INVALID);
    } else if (unitCode != null && !unitCode.equals(officer.unit().code())) {
      // the citizen praises who served them: an officer of the unit that handled the matter
      v.add("praiseOfficer", FieldViolation.OTHER_UNIT);
    }
    return officer;
  }
}
