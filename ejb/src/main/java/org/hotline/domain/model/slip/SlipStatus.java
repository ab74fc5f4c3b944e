package org.hotline.domain.model.slip;

/** Where a supervision slip stands; the steps follow the order of {@code supervision-slip.bpmn}. */
public enum SlipStatus {
  /** 已下发 issued by the director, waiting for the unit head to acknowledge it. */
  ISSUED,
  /** 已签收 acknowledged by the unit head, who now handles it in person. */
  ACKNOWLEDGED,
  /** 已办理 handled in person; the head calls the citizen back next. */
  HANDLED,
  /** 已回访 the head called the citizen back; the report follows. */
  CALLED_BACK,
  /** 已报告 reported; the director reviews it. */
  REPORTED,
  /** 已办结 accepted by the director. */
  RESOLVED;

  /** Whether the unit still has work to do on it (reminders and overdue apply). */
  public boolean withUnit() {
    return this != REPORTED && this != RESOLVED;
  }
}
