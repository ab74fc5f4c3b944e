package org.hotline.domain.model.ranking;

/**
 * A rate with what it is made of: {@code rate} and {@code lowerBound} are fractions in [0, 1], null
 * when the denominator is 0. {@code lowerBound} is the Wilson score interval's lower bound at 95 %
 * (z = 1.96), which pulls small samples towards the middle.
 */
public record Rate(long numerator, long denominator, Double rate, Double lowerBound) {

  private static final double Z = 1.96;

  /** The rate of {@code numerator} out of {@code denominator} (0 ≤ numerator ≤ denominator). */
  public static Rate of(long numerator, long denominator) {
    if (numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(numerator + " of " + denominator);
    }
    if (denominator == 0) {
      return new Rate(0, 0, null, null);
    }
    double p = (double) numerator / denominator;
    double n = denominator;
    double z2 = Z * Z;
    double centre = p + z2 / (2 * n);
    double margin = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double lower = Math.max(0, (centre - margin) / (1 + z2 / n));
    return new Rate(numerator, denominator, round(p), round(lower));
  }

  /** The value the score uses under {@code basis}, or null without data. */
  public Double value(RateBasis basis) {
    return basis == RateBasis.WILSON_LOWER_BOUND ? lowerBound : rate;
  }

  private static double round(double v) {
    return Math.round(v * 1_000_000d) / 1_000_000d;
  }
}
