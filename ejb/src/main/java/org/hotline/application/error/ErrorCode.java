package org.hotline.application.error;

/**
 * Stable error codes of the API (the {@code code} of a problem+json body). The HTTP status goes
 * with the code; the localised text lives with the interfaces layer, keyed by the code.
 */
public enum ErrorCode {
  VALIDATION_FAILED(400),
  MALFORMED_REQUEST(400),
  /**
   * A request header that cannot be read ({@code Accept} or {@code Content-Type} that is not a
   * media type, or with a {@code q} that is not a number from 0 to 1); the header's name is the
   * field.
   */
  MALFORMED_HEADER(400),
  UNAUTHENTICATED(401),
  FORBIDDEN(403),
  CSRF_REJECTED(403),
  TICKET_NOT_FOUND(404),
  NOT_FOUND(404),
  /** 账号解锁: no account has this username (and no failed logins are counted under it). */
  USER_NOT_FOUND(404),
  /** 账号管理: no account has this username. */
  ACCOUNT_NOT_FOUND(404),
  /** 扫码评警: no rating code has this token. */
  RATING_CODE_UNKNOWN(404),
  /** 扫码评警: the invitation (邀码) has been used for a rating already. */
  RATING_INVITATION_USED(409),
  /** 扫码评警: the invitation (邀码) is no longer valid. */
  RATING_INVITATION_EXPIRED(410),
  /** 扫码评警: neither the officer nor the unit of a service record has a code in force. */
  RATING_TARGET_MISSING(409),
  /** 扫码评警: the rating code was withdrawn (revoked or replaced by a new one). */
  RATING_CODE_REVOKED(404),
  /** The path exists, the method does not (with an {@code Allow} header). */
  METHOD_NOT_ALLOWED(405),
  /** The client accepts no media type this path produces. */
  NOT_ACCEPTABLE(406),
  /**
   * A conditional request ({@code If-Match}, {@code If-Unmodified-Since}) whose condition the
   * resource does not meet.
   */
  PRECONDITION_FAILED(412),
  /** A request body larger than the server accepts. */
  PAYLOAD_TOO_LARGE(413),
  /** A request body in a media type this path does not consume. */
  UNSUPPORTED_MEDIA_TYPE(415),
  ILLEGAL_TRANSITION(409),
  IDEMPOTENCY_IN_PROGRESS(409),
  CONCURRENT_UPDATE(409),
  ARBITRATION_REQUIRED(409),
  RETURN_WINDOW_CLOSED(409),
  ARBITRATED_NOT_RETURNABLE(409),
  NOT_MERGEABLE(409),
  /** 回访任务: the task is finished already (an outcome was recorded through either path). */
  CALLBACK_TASK_DONE(409),
  /** 回访任务: another agent works this task. */
  CALLBACK_TASK_TAKEN(409),
  /** 回访任务: a spot check (抽查) of a task that is not finished yet. */
  CALLBACK_TASK_OPEN(409),
  /** 扫码评警: the rating was excluded from the statistics already. */
  RATING_ALREADY_EXCLUDED(409),
  ASSISTING_PARTS_PENDING(409),
  EXTENSION_NOT_OPEN(409),
  EXTENSION_NOT_ALLOWED(409),
  EXTENSION_TOO_LATE(409),
  SLIP_STEP_NOT_ALLOWED(409),
  SELF_EXAMINATION_NOT_REQUIRED(409),
  /**
   * A step of a multi-step approval taken before the step that must come first (e.g. the chief's).
   */
  EARLIER_STEP_PENDING(409),
  IDEMPOTENCY_KEY_REUSED(422),
  /**
   * Too many failed logins from this client or for this account: wait {@code Retry-After} seconds.
   */
  LOGIN_THROTTLED(429),
  /** 扫码评警: too many ratings from this device or network; wait {@code Retry-After} seconds. */
  RATING_RATE_LIMITED(429),
  INTERNAL_ERROR(500),
  /**
   * A transient failure of what the server depends on (database down, connection pool exhausted,
   * lock wait timeout, deadlock): nothing was changed; retry after {@code Retry-After} seconds with
   * the same {@code Idempotency-Key}.
   */
  SERVICE_UNAVAILABLE(503);

  private final int httpStatus;

  ErrorCode(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
