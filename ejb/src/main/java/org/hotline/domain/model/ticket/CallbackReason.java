package org.hotline.domain.model.ticket;

/**
 * Why a citizen was dissatisfied at callback (不满意原因), stored as this code — never as the text a
 * page showed — in {@code ticket_callback_reason.reason} and {@code rectification_reason.reason}.
 * The labels live in the message bundle ({@code reason_<CODE>}).
 */
public enum CallbackReason {
  /** 态度差 */
  ATTITUDE,
  /** 推诿扯皮 */
  PASSING_THE_BUCK,
  /** 效率低 */
  SLOW,
  /** 结果不满意 */
  RESULT,
  /** 执法不规范 */
  IMPROPER_ENFORCEMENT,
  /** 其他 (the callback's note says what) */
  OTHER
}
