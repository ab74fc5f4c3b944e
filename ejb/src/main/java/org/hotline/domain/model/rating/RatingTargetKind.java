package org.hotline.domain.model.rating;

/** What a rating code (评价码) is posted on: the kinds of rating target (评价对象). */
public enum RatingTargetKind {
  /** 民警: an officer, by badge number (警号), the code on the badge. */
  OFFICER,
  /** 服务窗口: a service window, the code on its stand. */
  WINDOW,
  /** 警车: a vehicle, the code on its sticker. */
  VEHICLE,
  /** 单位: a whole unit (station, brigade), the code at its entrance. */
  UNIT,
  /** 社区(警务室): a community's police office. */
  COMMUNITY
}
