package org.hotline.domain.model.rating;

/**
 * Why a supervisor excludes a rating from the statistics (剔除原因), stored as a code; its words are in
 * the bundle ({@code ratingExclusionReason<CODE>}).
 */
public enum RatingExclusionReason {
  /** 集中刷分: a burst from one device, network or phone. */
  BURST,
  /** 人情分、面子分: a favour rating by an acquaintance of the officer. */
  FAVOUR,
  /** 无服务事实: no service took place that the rating could be about. */
  NO_SERVICE,
  /** 重复评价: the same citizen rated the same matter more than once. */
  DUPLICATE,
  /** 测试数据: a test or a demonstration. */
  TEST,
  /** 其他: the note says why (then required). */
  OTHER
}
