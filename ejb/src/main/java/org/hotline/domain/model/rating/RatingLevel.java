package org.hotline.domain.model.rating;

/** The answer on one dimension of a rating: 满意 / 基本满意 / 不满意. */
public enum RatingLevel {
  SATISFIED,
  BASICALLY_SATISFIED,
  DISSATISFIED
}
