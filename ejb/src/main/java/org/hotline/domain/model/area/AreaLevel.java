package org.hotline.domain.model.area;

/** Levels of the administrative area tree. */
public enum AreaLevel {
  /** 区/县 */
  DISTRICT,
  /** 街道/乡镇 */
  STREET,
  /** 社区/村 */
  COMMUNITY
}
