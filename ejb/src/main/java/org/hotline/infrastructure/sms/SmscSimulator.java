package org.hotline.infrastructure.sms;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * SMSC simulator (短信中心模拟器) for the demo and the tests, on the same library as the client: when
 * {@code hotline.sms.simulator=true} it listens on {@link SmppSettings#port()} (2775 + the server's
 * port offset), binds clients with the configured system id and password, accepts every submit_sm
 * under a fresh message id, and sends a DELIVRD delivery receipt back shortly after, delivering it
 * again (up to 20 times, 500 ms apart) while the client answers with an error. Test support
 * (through {@code /api/testing/sms}): make a citizen reply, send a receipt again, take the SMSC
 * down (close the port and every session) and up again, list what was submitted.
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Singleton
@jakarta.ejb.LocalBean
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmscSimulator extends SubmitOnlyReceiver {

  private static final Logger LOG = Logger.getLogger(SmscSimulator.class.getName());
  private static final int DELIVERY_TRIES = 20;

  /** One message accepted by the simulator. */
  public record Submitted(String messageId, String toE164, String text, Instant at) {}

  private final SmppSettings settings = SmppSettings.current();
  private final Map<String, Submitted> submitted = new ConcurrentHashMap<>();
  private final Map<String, DeliveryReceipt> receipts = new ConcurrentHashMap<>();
  private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);
  private ScheduledExecutorService workers;
  private volatile SMPPServerSessionListener listener;

  /** What the tests asked of each destination, and how many submits reached it. */
  private final SmscTestBehaviour behaviour = new SmscTestBehaviour();

  @PostConstruct
  void start() {
    if (!settings.simulator()) {
      return;
    }
    workers =
        Executors.newScheduledThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "smsc-simulator");
              t.setDaemon(true);
              return t;
            });
    up();
  }

  @PreDestroy
  void stop() {
    if (workers != null) {
      down();
      workers.shutdownNow();
    }
  }

  /** Whether the simulator runs in this server. */
  public boolean enabled() {
    return settings.simulator();
  }

  /** Whether it listens now. */
  public boolean isUp() {
    return listener != null;
  }

  /** Opens the port and accepts binds (again). */
  public synchronized void up() {
    requireEnabled();
    if (listener != null) {
      return;
    }
    try {
      SMPPServerSessionListener l = new SMPPServerSessionListener(settings.port());
      l.setMessageReceiverListener(this);
      listener = l;
      workers.submit(() -> acceptLoop(l));
      LOG.info(() -> "SMSC simulator listening on port " + settings.port());
    } catch (IOException e) {
      throw new IllegalStateException("SMSC simulator cannot listen on port " + settings.port(), e);
    }
  }

  /** Closes the port and every session: clients see the SMSC gone. */
  public synchronized void down() {
    requireEnabled();
    SMPPServerSessionListener l = listener;
    listener = null;
    if (l != null) {
      try {
        l.close();
      } catch (IOException e) {
        LOG.fine(() -> "closing the simulator's listener: " + e);
      }
    }
    for (SMPPServerSession s : sessions) {
      s.close();
    }
    sessions.clear();
    LOG.info("SMSC simulator down");
  }

  /** Every message accepted so far to {@code toE164} (all when null), oldest first. */
  public List<Submitted> submittedTo(String toE164) {
    List<Submitted> found = new ArrayList<>();
    for (Submitted s : submitted.values()) {
      if (toE164 == null || s.toE164().equals(toE164)) {
        found.add(s);
      }
    }
    found.sort((a, b) -> a.messageId().compareTo(b.messageId()));
    return found;
  }

  /** How many messages were accepted since start. */
  public int submittedCount() {
    return submitted.size();
  }

  /**
   * A citizen at {@code fromE164} sends {@code text} to the service number: delivered as deliver_sm
   * (UCS-2) on a bound session; a text longer than one SMS (70 UCS-2 characters, 140 octets) in the
   * message_payload parameter, as an SMSC delivers a long reply. Throws IllegalStateException when
   * no client is bound.
   */
  public void reply(String fromE164, String text) {
    requireEnabled();
    SMPPServerSession s =
        boundSession().orElseThrow(() -> new IllegalStateException("no client bound"));
    try {
      SmscDeliveries.reply(s, settings.sourceAddress(), fromE164, text);
    } catch (Exception e) {
      throw new IllegalStateException("reply not delivered: " + e.getMessage(), e);
    }
  }

  /** Sends the delivery receipt of {@code messageId} again (as an SMSC may); false when unknown. */
  public boolean resendReceipt(String messageId) {
    requireEnabled();
    DeliveryReceipt receipt = receipts.get(messageId);
    Submitted message = submitted.get(messageId);
    if (receipt == null || message == null) {
      return false;
    }
    return deliverReceipt(message, receipt);
  }

  /**
   * Test behaviour for one destination: {@code REFUSE} answers every submit with a negative
   * submit_sm_resp of {@code commandStatus} (e.g. 0x58 throttled), {@code HANG} never answers (the
   * client's response timeout decides), {@code NORMAL} accepts again (and lets a hung submit end,
   * refused, its response long overdue).
   */
  public void behave(String toE164, String mode, int commandStatus) {
    requireEnabled();
    behaviour.behave(toE164, mode, commandStatus);
  }

  /**
   * How many submit_sm PDUs to {@code toE164} reached the simulator (accepted, refused or hung).
   */
  public int seen(String toE164) {
    return behaviour.seen(toE164);
  }

  @Override
  public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
      throws ProcessRequestException {
    String to = "+" + submitSm.getDestAddress();
    behaviour.received(to, () -> listener != null);
    String id = Long.toHexString(ids.incrementAndGet());
    String text = SmppAddresses.text(submitSm.getShortMessage(), submitSm.getDataCoding());
    Submitted message = new Submitted(id, to, text, Instant.now());
    submitted.put(id, message);
    if (submitSm.getRegisteredDelivery() != 0) {
      Date now = new Date();
      DeliveryReceipt receipt =
          new DeliveryReceipt(
              id,
              1,
              1,
              now,
              now,
              DeliveryReceiptState.DELIVRD,
              "000",
              text.length() > 20 ? text.substring(0, 20) : text);
      receipts.put(id, receipt);
      workers.schedule(() -> deliverUntilAccepted(message, receipt, 1), 50, TimeUnit.MILLISECONDS);
    }
    try {
      return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
    } catch (PDUStringException e) {
      throw new ProcessRequestException("bad message id", SMPPConstant.STAT_ESME_RSYSERR, e);
    }
  }

  private void deliverUntilAccepted(Submitted message, DeliveryReceipt receipt, int attempt) {
    if (!deliverReceipt(message, receipt) && attempt < DELIVERY_TRIES && listener != null) {
      workers.schedule(
          () -> deliverUntilAccepted(message, receipt, attempt + 1), 500, TimeUnit.MILLISECONDS);
    }
  }

  private boolean deliverReceipt(Submitted message, DeliveryReceipt receipt) {
    Optional<SMPPServerSession> s = boundSession();
    if (s.isEmpty()) {
      return false;
    }
    try {
      SmscDeliveries.receipt(s.get(), settings.sourceAddress(), message.toE164(), receipt);
      return true;
    } catch (Exception e) {
      LOG.fine(() -> "receipt " + message.messageId() + " not accepted: " + e);
      return false;
    }
  }

  private Optional<SMPPServerSession> boundSession() {
    for (int i = sessions.size() - 1; i >= 0; i--) {
      SMPPServerSession s = sessions.get(i);
      if (s.getSessionState().isBound()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private void acceptLoop(SMPPServerSessionListener l) {
    while (listener == l) {
      try {
        SMPPServerSession session = l.accept();
        workers.submit(() -> bind(session));
      } catch (IOException e) {
        if (listener == l) {
          LOG.log(Level.WARNING, "SMSC simulator: accept failed", e);
        }
        return;
      }
    }
  }

  private void bind(SMPPServerSession session) {
    try {
      BindRequest request = session.waitForBind(5000);
      if (settings.systemId().equals(request.getSystemId())
          && settings.password().equals(request.getPassword())) {
        request.accept("hotline-smsc"); // system_id of bind_resp: at most 15 characters
        sessions.add(session);
      } else {
        request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
      }
    } catch (Exception e) {
      LOG.warning(() -> "SMSC simulator: bind failed: " + e);
      session.close();
    }
  }

  private void requireEnabled() {
    if (!settings.simulator()) {
      throw new IllegalStateException("SMSC simulator not enabled (hotline.sms.simulator=true)");
    }
  }
}
