package org.hotline.domain.model.analysis;

/** What tickets are grouped by in the analysis (研判): category, area or the unit that owns them. */
public enum Dimension {
  CATEGORY,
  AREA,
  UNIT
}
