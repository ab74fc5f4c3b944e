package org.hotline.domain.model.ticket;

/** What happened to a ticket; one per history event. */
public enum TicketAction {
  /** 受理 */
  LOGGED,
  /** 直接答复办结 */
  ANSWERED_DIRECTLY,
  /** 派单 */
  ASSIGNED,
  /** 退单: the unit says the ticket is not its duty */
  RETURNED,
  /** 改派: the dispatcher moves a ticket from its unit to another (e.g. after the return window) */
  REROUTED,
  /** 裁定: the dispatcher's binding decision on the responsible unit */
  ARBITRATED,
  /** 合并: this repeat call was merged into a main ticket */
  MERGED,
  /** 并入来电: another call about the same matter was merged into this ticket */
  CALL_MERGED,
  /** 取消合并 */
  UNMERGED,
  /** 来电取消合并: a merged call was taken out of this ticket again */
  CALL_UNMERGED,
  /** 转办 12345 的对方反馈 */
  TRANSFER_FEEDBACK,
  /** 指定协办单位 */
  ASSISTING_ADDED,
  /** 协办单位回复其部分 */
  PART_REPLIED,
  /** 签收 */
  SIGNED,
  /** 回复 */
  REPLIED,
  /** 所长审核通过, 回复报中心 */
  REPLY_CHIEF_APPROVED,
  /** 所长退回重办 */
  REPLY_CHIEF_SENT_BACK,
  /** 审核通过, 办结 */
  REPLY_APPROVED,
  /** 审核退回 */
  REPLY_SENT_BACK,
  /** 回访未接通 */
  CALLBACK_ATTEMPTED,
  /** 回访 */
  CALLED_BACK,
  /** 催办: the reply deadline is near */
  REMINDED,
  /** 超时未签收 */
  SIGN_OVERDUE,
  /** 超期: the reply deadline passed without a reply */
  OVERDUE,
  /** 升级督办: an overdue ticket is reported one level up the unit hierarchy */
  ESCALATED,
  /** 时限重算: the working-day calendar changed */
  DEADLINES_RECOMPUTED,
  /** 申请延期 */
  EXTENSION_REQUESTED,
  /** 所长同意延期, 待中心审批 */
  EXTENSION_CHIEF_APPROVED,
  /** 延期批准 */
  EXTENSION_APPROVED,
  /** 延期不予批准 */
  EXTENSION_REFUSED,
  /** 延期申请撤销: the ticket was replied, closed, merged, returned or re-routed while it waited */
  EXTENSION_WITHDRAWN,
  /** 不满意, 转单位一把手整改 */
  RECTIFICATION_OPENED,
  /** 整改超期 */
  RECTIFICATION_OVERDUE,
  /** 整改情况反馈 */
  RECTIFICATION_REPORTED,
  /** 整改撤回: the rectification is withdrawn because the rating that opened it was excluded. */
  RECTIFICATION_WITHDRAWN,
  /** 复访 */
  REVISITED,
  /** 复访未接通: the citizen was not reached; the ticket stays waiting for its re-visit. */
  REVISIT_ATTEMPTED,
  /** 再次不满意, 建议局长督办 */
  SLIP_PROPOSED,
  /** 撤回督办建议: the slip proposal is withdrawn because the rating behind it was excluded. */
  SLIP_PROPOSAL_WITHDRAWN,
  /** 列入局长督办单 */
  SLIP_ISSUED,
  /** 督办单办结 */
  SLIP_RESOLVED
}
