package org.hotline.infrastructure.sms;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jsmpp.SMPPConstant;
import org.jsmpp.extra.ProcessRequestException;

/**
 * What the tests asked the {@link SmscSimulator} to do with the submits to one destination
 * (模拟短信中心的测试行为): refuse them with a command status, never answer them (hang), or accept them
 * (normal); and how many submits reached each destination, whatever became of them.
 */
final class SmscTestBehaviour {

  /** How long a hung submit waits at most before it is refused after all. */
  private static final long HANG_NANOS = TimeUnit.MINUTES.toNanos(2);

  /** Numbers whose submits are refused, with the command status of the negative response. */
  private final Map<String, Integer> refusing = new ConcurrentHashMap<>();

  /** Numbers whose submits get no response (until set back to normal): the fate stays unknown. */
  private final Set<String> hanging = ConcurrentHashMap.newKeySet();

  /** Every submit_sm that reached the simulator, per destination. */
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

  /**
   * Sets the behaviour for {@code toE164}: {@code REFUSE} (with {@code commandStatus}), {@code
   * HANG} or {@code NORMAL}.
   *
   * @throws IllegalArgumentException for another mode
   */
  void behave(String toE164, String mode, int commandStatus) {
    refusing.remove(toE164);
    hanging.remove(toE164);
    switch (mode) {
      case "REFUSE" -> refusing.put(toE164, commandStatus);
      case "HANG" -> hanging.add(toE164);
      case "NORMAL" -> {}
      default -> throw new IllegalArgumentException(mode);
    }
  }

  /** How many submits to {@code toE164} reached the simulator. */
  int seen(String toE164) {
    AtomicInteger n = seen.get(toE164);
    return n == null ? 0 : n.get();
  }

  /**
   * Counts a submit to {@code to} and applies the behaviour asked for it: returns when it is to be
   * accepted; a hung submit waits while {@code up} holds (at most two minutes) and is then refused.
   *
   * @throws ProcessRequestException the refusal (the command status asked for, or ESME_RSYSERR
   *     after a hang)
   */
  void received(String to, BooleanSupplier up) throws ProcessRequestException {
    seen.computeIfAbsent(to, k -> new AtomicInteger()).incrementAndGet();
    Integer refusal = refusing.get(to);
    if (refusal != null) {
      throw new ProcessRequestException("refused (test)", refusal);
    }
    if (hanging.contains(to)) {
      long until = System.nanoTime() + HANG_NANOS;
      while (hanging.contains(to) && System.nanoTime() < until && up.getAsBoolean()) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      throw new ProcessRequestException("no answer in time (test)", SMPPConstant.STAT_ESME_RSYSERR);
    }
  }
}
