package org.hotline.domain.model.slip;

/** What happened to a supervision slip; one per history event. */
public enum SlipAction {
  /** 下发 */
  ISSUED,
  /** 签收 */
  ACKNOWLEDGED,
  /** 亲自办理 */
  HANDLED,
  /** 亲自回访 */
  CALLED_BACK,
  /** 报告办理情况 */
  REPORTED,
  /** 审核通过, 办结 */
  RESOLVED,
  /** 退回重办 */
  SENT_BACK,
  /** 催办 */
  REMINDED,
  /** 超期 */
  OVERDUE
}
