package org.hotline.domain.model.rating;

/**
 * 真实性标记 (authenticity flag): why a rating looks less than genuine. The evidence of each is kept
 * with it ({@link RatingFlag}).
 */
public enum RatingFlagKind {
  /** Several ratings of one target from one device within the burst window (同一设备集中评价). */
  BURST_DEVICE,
  /** Several ratings of one target from one network within the burst window (同一网络集中评价). */
  BURST_NETWORK,
  /** Several ratings of one target from one phone number within the burst window (同一号码集中评价). */
  BURST_PHONE,
  /** Many ratings of one target at odd hours (深夜集中评价, Asia/Shanghai). */
  ODD_HOURS,
  /** No service record of the officer (or the unit) nearby in time (附近时间无服务记录). */
  NO_SERVICE_NEARBY,
  /** A rater (device or phone) whose ratings all go to one target (只评一人). */
  SINGLE_TARGET_RATER
}
