package org.hotline.domain.model.callback;

import java.util.Arrays;

/**
 * Why a callback task (回访任务) was opened, as stored in {@code callback_task.reason_code}: the codes
 * the planner and the surveys write, and what the queue's {@code ?reason=} filter accepts.
 */
public enum CallbackReason {
  /** a closed ticket (办结回访) */
  TICKET_CLOSED,
  /** a call answered directly (直接答复) */
  DIRECT_ANSWER,
  /** a call merged into another ticket (并案) */
  MERGED_CALL,
  /** asked for by another part of the system without a reason of its own */
  REQUESTED,
  /** a dissatisfied SMS answer (短信不满意) */
  SMS_DISSATISFIED,
  /** an SMS answer that could not be read */
  SMS_UNPARSEABLE,
  /** a dissatisfied scan-to-rate rating (扫码评价不满意) */
  RATING_DISSATISFIED;

  /** Whether {@code code} is one of the reasons (exact, as stored). */
  public static boolean known(String code) {
    return Arrays.stream(values()).anyMatch(r -> r.name().equals(code));
  }
}
