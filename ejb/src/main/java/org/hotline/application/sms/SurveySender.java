package org.hotline.application.sms;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 发送器: works the outbox off every 2 seconds (and on {@link #workOff()} from tests): claims due
 * surveys, submits them through the {@link SmsGateway} with at most {@link SmsGateway#window()}
 * submits in flight, records each outcome. At start-up, surveys left SENDING by a crash become
 * SEND_UNCERTAIN (see {@link SurveyOutbox}). Does nothing while no gateway is configured: surveys
 * wait QUEUED.
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SurveySender {

  private static final Logger LOG = Logger.getLogger(SurveySender.class.getName());
  private static final int BATCH = 500;

  @Inject private SurveyOutbox outbox;

  @Inject private SmsGateway gateway;

  @Resource private ManagedExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private final OutboxPolicy policy = OutboxPolicy.fromSystemProperties();

  /** Set by {@link #ensureReady()}: the timer does nothing before the start-up sequence ran. */
  private volatile boolean ready;

  /**
   * Recovers what a crash left SENDING (SEND_UNCERTAIN, never resent) and lets the timer work the
   * outbox off from now on; called once by the start-up sequence, after the schema is migrated.
   */
  public void ensureReady() {
    if (ready) {
      return;
    }
    recover();
    ready = true;
  }

  private void recover() {
    int interrupted = outbox.recoverInterrupted();
    if (interrupted > 0) {
      LOG.warning(
          interrupted
              + " SMS survey(s) were being sent when the server stopped: marked SEND_UNCERTAIN,"
              + " not resent (at most once)");
    }
  }

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void tick() {
    if (ready) {
      workOff();
    }
  }

  /**
   * One pass over the due surveys; returns how many were submitted and accepted (0 when a pass is
   * running).
   */
  public int workOff() {
    if (!gateway.configured() || !running.compareAndSet(false, true)) {
      return 0;
    }
    try {
      int accepted = 0;
      List<Long> due;
      do {
        due = outbox.due(BATCH);
        accepted += sendAll(due);
      } while (due.size() == BATCH);
      return accepted;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "SMS outbox pass failed; the next pass tries again", e);
      return 0;
    } finally {
      running.set(false);
    }
  }

  private int sendAll(List<Long> ids) {
    Semaphore inFlight = new Semaphore(gateway.window());
    List<Future<Boolean>> sent = new ArrayList<>();
    for (Long id : ids) {
      inFlight.acquireUninterruptibly();
      try {
        sent.add(
            executor.submit(
                () -> {
                  try {
                    return sendOne(id);
                  } finally {
                    inFlight.release();
                  }
                }));
      } catch (RuntimeException rejected) {
        inFlight.release();
        throw rejected;
      }
    }
    int accepted = 0;
    for (Future<Boolean> f : sent) {
      try {
        accepted += f.get() ? 1 : 0;
      } catch (ExecutionException e) {
        LOG.log(Level.WARNING, "SMS survey submit failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return accepted;
      }
    }
    return accepted;
  }

  private boolean sendOne(Long id) {
    var claimed = outbox.claim(id);
    if (claimed.isEmpty()) {
      return false;
    }
    SubmitOutcome outcome = gateway.submit(claimed.get().phoneE164(), claimed.get().text());
    outbox.record(id, outcome, policy);
    return outcome.kind() == SubmitOutcome.Kind.ACCEPTED;
  }
}
