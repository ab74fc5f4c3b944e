package org.hotline.bench;

/** Latency percentiles of the load tools. */
final class Percentiles {

  private Percentiles() {}

  /**
   * The p-th percentile (nearest rank) of sorted nanosecond samples, in milliseconds; 0 when none.
   */
  static double millis(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int idx = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100.0 * sortedNanos.length) - 1);
    return sortedNanos[Math.max(0, idx)] / 1e6;
  }
}
