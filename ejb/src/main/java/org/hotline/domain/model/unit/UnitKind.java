package org.hotline.domain.model.unit;

/** The kinds of organisational unit. */
public enum UnitKind {
  /** 公安局 the county-level public-security bureau. */
  BUREAU(true),
  /** 分局 a branch bureau. */
  BRANCH(true),
  /** 派出所 a police station, responsible for a jurisdiction. */
  STATION(true),
  /** 大队 a brigade responsible for a line of work (治安, 交警, 刑侦 …). */
  BRIGADE(true),
  /** 警务热线中心 the hotline centre: operators, dispatchers, callback agents. */
  HOTLINE_CENTRE(true),
  /** 非警务承办单位 a government agency or utility that receives diverted tickets. */
  AGENCY(false);

  private final boolean police;

  UnitKind(boolean police) {
    this.police = police;
  }

  public boolean police() {
    return police;
  }

  /** Whether tickets can be assigned to a unit of this kind. */
  public boolean handlesTickets() {
    return this == STATION || this == BRIGADE || this == AGENCY || this == BRANCH;
  }
}
