package org.hotline.domain.model.notification;

/** What a notification is about. */
public enum NotificationKind {
  /** 催办: a reply deadline is near */
  REMINDER,
  /** 超时未签收 */
  SIGN_OVERDUE,
  /** 超期 */
  OVERDUE,
  /** 升级: an overdue ticket of a unit below */
  ESCALATION,
  /** 回复待所长审核, or sent back by the chief */
  REPLY_TO_APPROVE,
  /** 延期申请待审批 */
  EXTENSION_REQUESTED,
  /** 延期审批结果 */
  EXTENSION_DECIDED,
  /** 整改: a dissatisfied citizen, for the unit's head */
  RECTIFICATION,
  /** 整改超期 */
  RECTIFICATION_OVERDUE,
  /** 待复访 */
  REVISIT_DUE,
  /** 建议督办 */
  SLIP_PROPOSED,
  /** 督办单 issued, sent back, reminded, overdue, reported or resolved */
  SLIP
}
