package org.hotline.application.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.user.Role;

/**
 * Spot checks (抽查): an agent of the city centre checks a finished task (typically a sub-centre's)
 * and records the verdict.
 */
@Stateless
public class SpotCheckService {

  /** Spot check verdicts (抽查结论). */
  static final Set<String> VERDICTS = Set.of("CONFIRMED", "DISCREPANCY");

  @Inject private CallbackTaskAccess access;

  /**
   * Records a verdict on a finished task.
   *
   * @param verdict {@code CONFIRMED} or {@code DISCREPANCY} (a note is required then)
   * @return the task
   * @throws HotlineException 403 FORBIDDEN for a sub-centre's agent, 404 NOT_FOUND, 409
   *     CALLBACK_TASK_OPEN when the task is not finished
   * @throws org.hotline.application.error.ValidationException {@code verdict} REQUIRED/INVALID,
   *     {@code note} REQUIRED/TOO_LONG
   */
  @RolesAllowed(Role.CALLBACK_ROLE)
  public CallbackTaskView spotCheck(Long id, String verdict, String note) {
    if (access.agentSubCentre() != null) {
      throw new HotlineException(ErrorCode.FORBIDDEN);
    }
    CallbackTask task = access.load(id, true);
    Violations v = new Violations();
    String clean = VisibleText.isBlank(verdict) ? null : v.identifier("verdict", verdict, true, 40);
    if (clean != null) {
      clean = clean.toUpperCase(Locale.ROOT);
    }
    if (VisibleText.isBlank(verdict)) {
      v.add("verdict", FieldViolation.REQUIRED);
    } else if (clean == null) {
      // INVALID_CHARACTER / TOO_LONG recorded
    } else if (!VERDICTS.contains(clean)) {
      v.add("verdict", FieldViolation.INVALID);
    }
    String cleanNote = v.text("note", note, "DISCREPANCY".equals(clean), 1000);
    v.throwIfAny();
    if (task.open()) {
      throw new HotlineException(ErrorCode.CALLBACK_TASK_OPEN, id);
    }
    task.spotCheck(clean, cleanNote, access.me(), BusinessTime.now());
    return access.detail(task);
  }
}
