package org.hotline.application.error;

import java.util.List;

/** A request with one or more bad fields (→ 400, every field named). */
public class ValidationException extends HotlineException {

  private final transient List<FieldViolation> violations;

  public ValidationException(List<FieldViolation> violations) {
    super(ErrorCode.VALIDATION_FAILED);
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
