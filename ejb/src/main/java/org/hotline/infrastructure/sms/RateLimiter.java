package org.hotline.infrastructure.sms;

/**
 * At most {@code perSecond} permits a second, evenly spaced (the SMSC's throughput limit; an SMSC
 * answers a faster client with ESME_RTHROTTLED). 0 or less: no limit.
 */
final class RateLimiter {

  private final long intervalNanos;
  private long next = System.nanoTime();

  RateLimiter(int perSecond) {
    this.intervalNanos = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
  }

  /** Waits for the next permit. */
  void acquire() throws InterruptedException {
    if (intervalNanos == 0) {
      return;
    }
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long slot = Math.max(next, now);
      next = slot + intervalNanos;
      wait = slot - now;
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
