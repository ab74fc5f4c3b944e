package org.hotline.domain.model.ranking;

/** What the score is computed from (排名依据). */
public enum RateBasis {
  /** the plain rate numerator ÷ denominator */
  RATE,
  /** the Wilson 95 % lower bound of the rate: small samples cannot top the table by luck */
  WILSON_LOWER_BOUND
}
