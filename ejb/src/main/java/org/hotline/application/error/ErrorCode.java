package org.hotline.application.error;

/**
 * Stable error codes of the API (the {@code code} of a problem+json body). The HTTP status goes
 * with the code; the localised text lives with the interfaces layer, keyed by the code.
 */
public enum ErrorCode {
  VALIDATION_FAILED(400),
  MALFORMED_REQUEST(400),
  UNAUTHENTICATED(401),
  FORBIDDEN(403),
  CSRF_REJECTED(403),
  TICKET_NOT_FOUND(404),
  NOT_FOUND(404),
  ILLEGAL_TRANSITION(409),
  IDEMPOTENCY_IN_PROGRESS(409),
  CONCURRENT_UPDATE(409),
  ARBITRATION_REQUIRED(409),
  RETURN_WINDOW_CLOSED(409),
  ARBITRATED_NOT_RETURNABLE(409),
  NOT_MERGEABLE(409),
  ASSISTING_PARTS_PENDING(409),
  EXTENSION_NOT_OPEN(409),
  EXTENSION_NOT_ALLOWED(409),
  EXTENSION_TOO_LATE(409),
  SLIP_STEP_NOT_ALLOWED(409),
  EARLIER_STEP_PENDING(409),
  IDEMPOTENCY_KEY_REUSED(422),
  LOGIN_THROTTLED(429),
  INTERNAL_ERROR(500);

  private final int httpStatus;

  ErrorCode(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
