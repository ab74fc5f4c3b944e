package org.hotline.domain.model.ticket;

/** 紧急程度; shortens the category's default reply deadline. */
public enum Urgency {
  /** 一般 */
  NORMAL,
  /** 紧急: half the category's working days, at least one. */
  URGENT,
  /** 特急: one working day. */
  EMERGENCY;

  public int replyWorkingDays(int categoryDays) {
    return switch (this) {
      case NORMAL -> Math.max(1, categoryDays);
      case URGENT -> Math.max(1, categoryDays / 2);
      case EMERGENCY -> 1;
    };
  }
}
