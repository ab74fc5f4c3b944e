package org.hotline.application.sms;

import java.time.Duration;
import java.time.Instant;

/**
 * When the outbox tries again (重试策略): after a refusal by the SMSC or while it cannot be reached,
 * the next attempt waits {@code base × 2^(n-1)} (n = attempts so far), at most {@code cap}. A
 * message the SMSC refused {@code maxRefusals} times is FAILED; an unreachable SMSC never fails a
 * message, it only delays it (the outbox is worked off when the SMSC is back).
 *
 * <p>Settings: {@code hotline.sms.retry.base.seconds} (default 5), {@code
 * hotline.sms.retry.cap.seconds} (600), {@code hotline.sms.retry.max-refusals} (5).
 */
public record OutboxPolicy(Duration base, Duration cap, int maxRefusals) {

  public static OutboxPolicy fromSystemProperties() {
    return new OutboxPolicy(
        Duration.ofSeconds(Long.getLong("hotline.sms.retry.base.seconds", 5)),
        Duration.ofSeconds(Long.getLong("hotline.sms.retry.cap.seconds", 600)),
        Integer.getInteger("hotline.sms.retry.max-refusals", 5));
  }

  /** The next attempt after the {@code attempts}-th one, from {@code now}. */
  public Instant retryAt(int attempts, Instant now) {
    long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
    Duration wait = base.multipliedBy(factor);
    return now.plus(wait.compareTo(cap) > 0 ? cap : wait);
  }
}
