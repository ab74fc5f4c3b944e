package org.hotline.domain.model.ticket;

/** The citizen's answer at callback (回访结果). */
public enum CallbackResult {
  /** 满意 */
  SATISFIED,
  /** 基本满意 */
  BASICALLY_SATISFIED,
  /** 不满意 */
  DISSATISFIED,
  /** 未接通: retried; after {@link #MAX_UNREACHABLE_ATTEMPTS} attempts recorded as final. */
  UNREACHABLE;

  public static final int MAX_UNREACHABLE_ATTEMPTS = 3;

  /** At most this many reasons per callback (回访原因). */
  public static final int MAX_REASONS = 10;

  /** Characters per reason; the column {@code ticket_callback_reason.reason} holds this many. */
  public static final int MAX_REASON_LENGTH = 50;
}
