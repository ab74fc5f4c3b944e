package org.hotline.domain.model.ticket;

/** Where a ticket stands. */
public enum TicketStatus {
  /** 待研判 logged, waiting for the dispatcher. */
  PENDING_TRIAGE,
  /** 已派单 sent to a unit, not yet signed for. */
  ASSIGNED,
  /**
   * 已退回 returned by the unit as not its duty; waits in the dispatcher's queue, owned by no unit.
   */
  RETURNED,
  /** 已签收 signed for by the unit, being handled. */
  SIGNED,
  /** 待所长审核 an officer replied; the unit's chief approves the reply before it leaves the unit. */
  CHIEF_REVIEW,
  /** 已回复 the unit replied; the centre reviews the reply. */
  REPLIED,
  /** 已合并 a repeat call merged into another ticket (its main ticket); owned by no unit. */
  MERGED,
  /**
   * 整改中 the citizen was dissatisfied: the head of the unit verifies, rectifies and reports back.
   */
  RECTIFYING,
  /** 待复访 the unit reported its rectification; the callback centre re-visits the citizen. */
  REVISITING,
  /** 已办结 closed (after review, or answered on the call); due for callback until called back. */
  CLOSED
}
