package org.hotline.application.rating;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limits of the public rating endpoint (限流), per hashed device and per hashed network: at most
 * {@code perDevice} ratings from one device and {@code perNetwork} from one network within {@link
 * #WINDOW_SECONDS} (defaults 3 and 60; {@code -Dhotline.rating.limit.device}, {@code
 * -Dhotline.rating.limit.network}). A refused attempt is not counted. Kept in memory on each server
 * node (a cluster of n nodes allows at most n times the limit).
 */
@PermitAll
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RatingRateLimiter {

  /** The sliding window. */
  public static final int WINDOW_SECONDS = 600;

  private final Map<String, Deque<Long>> seen = new ConcurrentHashMap<>();
  private volatile int perDevice = Integer.getInteger("hotline.rating.limit.device", 3);
  private volatile int perNetwork = Integer.getInteger("hotline.rating.limit.network", 60);

  /**
   * Counts one rating of this device and network, or refuses it.
   *
   * @param nowMillis the current time (real time, not the business clock)
   * @return 0 when allowed, else the seconds until one more rating would be allowed
   */
  public long acquire(String deviceHash, String networkHash, long nowMillis) {
    String d = "d:" + deviceHash;
    String n = "n:" + networkHash;
    synchronized (this) {
      long wait = Math.max(wait(d, perDevice, nowMillis), wait(n, perNetwork, nowMillis));
      if (wait > 0) {
        return wait;
      }
      seen.computeIfAbsent(d, k -> new ArrayDeque<>()).addLast(nowMillis);
      seen.computeIfAbsent(n, k -> new ArrayDeque<>()).addLast(nowMillis);
      if (seen.size() > 100_000) {
        seen.entrySet()
            .removeIf(
                e ->
                    e.getValue().isEmpty()
                        || e.getValue().peekLast() < nowMillis - WINDOW_SECONDS * 1000L);
      }
      return 0;
    }
  }

  private long wait(String key, int limit, long now) {
    Deque<Long> q = seen.get(key);
    if (q == null) {
      return 0;
    }
    long from = now - WINDOW_SECONDS * 1000L;
    while (!q.isEmpty() && q.peekFirst() <= from) {
      q.removeFirst();
    }
    if (q.size() < limit) {
      return 0;
    }
    return Math.max(1, (q.peekFirst() - from + 999) / 1000);
  }

  /**
   * Sets the limits and forgets what was counted (test support, {@code -Dhotline.testing=true}).
   */
  public synchronized void reset(Integer device, Integer network) {
    perDevice = device == null ? Integer.getInteger("hotline.rating.limit.device", 3) : device;
    perNetwork = network == null ? Integer.getInteger("hotline.rating.limit.network", 60) : network;
    seen.clear();
  }
}
