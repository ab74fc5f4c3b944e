package org.hotline.infrastructure.testing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.sms.SubmitOutcome;
import org.hotline.application.sms.SurveySender;
import org.hotline.infrastructure.sms.JsmppGateway;
import org.hotline.infrastructure.sms.SmscSimulator;

/**
 * The SMSC simulator's controls for tests and the demo ({@code -Dhotline.testing=true} and {@code
 * -Dhotline.sms.simulator=true}; 404 otherwise; admin only): a citizen's reply, a receipt sent
 * again, the SMSC down and up, what it received, a pass of the outbox now, and a throughput probe.
 */
@Stateless
@RolesAllowed(org.hotline.domain.model.user.Role.ADMIN_ROLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsTestSupport {

  @Inject private SmscSimulator simulator;

  @Inject private JsmppGateway gateway;

  @Inject private SurveySender sender;

  @Resource private ManagedExecutorService executor;

  /** Whether the simulator listens, and how many messages it accepted. */
  public Map<String, Object> status() {
    requireEnabled();
    return Map.of(
        "up",
        simulator.isUp(),
        "submitted",
        simulator.submittedCount(),
        "gatewayReady",
        gateway.ready());
  }

  public void down() {
    requireEnabled();
    simulator.down();
  }

  public void up() {
    requireEnabled();
    simulator.up();
  }

  /** A citizen replies; 409 ILLEGAL_TRANSITION when no client is bound to the simulator. */
  public void reply(String fromE164, String text) {
    requireEnabled();
    try {
      simulator.reply(fromE164, text);
    } catch (IllegalStateException e) {
      throw new HotlineException(ErrorCode.ILLEGAL_TRANSITION, "sms");
    }
  }

  public boolean resendReceipt(String messageId) {
    requireEnabled();
    return simulator.resendReceipt(messageId);
  }

  public List<SmscSimulator.Submitted> submitted(String toE164) {
    requireEnabled();
    return simulator.submittedTo(toE164);
  }

  /** Works the outbox off now; returns how many were accepted. */
  public int workOff() {
    requireEnabled();
    return sender.workOff();
  }

  /**
   * Submits {@code count} survey-sized messages (no receipt requested) through the real gateway to
   * the simulator with the configured window and rate; returns count, accepted, seconds,
   * messages/s.
   */
  public Map<String, Object> throughput(int count) throws Exception {
    requireEnabled();
    int n = Math.max(1, Math.min(count, 100_000));
    String text = "【警务热线】您反映的事项已办结，请评价：回复1满意，2基本满意，3不满意。";
    AtomicInteger next = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < gateway.window(); w++) {
      workers.add(
          executor.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                  SubmitOutcome o = gateway.submit(String.format("+861390%07d", i), text, false);
                  if (o.kind() == SubmitOutcome.Kind.ACCEPTED) {
                    accepted.incrementAndGet();
                  }
                }
              }));
    }
    for (Future<?> f : workers) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return Map.of(
        "count",
        n,
        "accepted",
        accepted.get(),
        "window",
        gateway.window(),
        "seconds",
        seconds,
        "perSecond",
        accepted.get() / seconds);
  }

  private void requireEnabled() {
    if (!Boolean.getBoolean(TestClock.ENABLED) || !simulator.enabled()) {
      throw new HotlineException(ErrorCode.NOT_FOUND, "testing");
    }
  }
}
