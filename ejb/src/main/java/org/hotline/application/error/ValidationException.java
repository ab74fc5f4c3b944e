package org.hotline.application.error;

import java.util.List;

/** A request with one or more bad fields (→ 400, every field named). */
public class ValidationException extends HotlineException {

  private final transient List<FieldViolation> violations;

  public ValidationException(List<FieldViolation> violations) {
    this(ErrorCode.VALIDATION_FAILED, violations);
  }

  /** Bad fields under another 400 code (e.g. {@code MALFORMED_REQUEST}: the body is not JSON). */
  public ValidationException(ErrorCode code, List<FieldViolation> violations) {
    super(code);
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
