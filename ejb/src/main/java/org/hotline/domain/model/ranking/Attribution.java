package org.hotline.domain.model.ranking;

/** Which unit a re-routed ticket counts for (改派工单的考核归属). */
public enum Attribution {
  /** the unit that finally handled it (default) */
  FINAL_UNIT,
  /** the unit it was first sent to */
  FIRST_UNIT
}
