package org.hotline.domain.model.ranking;

import org.hotline.domain.model.unit.UnitKind;

/**
 * The leagues units are ranked in (考核类别): stations with branches, brigades, agencies, and the
 * centre.
 */
public enum UnitClass {
  /** 派出所 (and 分局) */
  STATION,
  /** 大队 */
  BRIGADE,
  /** 非警务承办单位 */
  AGENCY,
  /** 热线中心: its direct answers are counted, not ranked against the handling units */
  CENTRE;

  /** The class of a unit kind, or null for kinds that are not ranked (the bureau). */
  public static UnitClass of(UnitKind kind) {
    return switch (kind) {
      case STATION, BRANCH -> STATION;
      case BRIGADE -> BRIGADE;
      case AGENCY -> AGENCY;
      case HOTLINE_CENTRE -> CENTRE;
      case BUREAU -> null;
    };
  }
}
