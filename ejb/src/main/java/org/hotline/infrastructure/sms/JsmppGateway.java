package org.hotline.infrastructure.sms;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hotline.application.sms.SmsGateway;
import org.hotline.application.sms.SubmitOutcome;
import org.hotline.application.sms.SurveyInbox;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/**
 * SMPP client (短信网关客户端) over jSMPP: one transceiver (TRX) session to the configured SMSC ({@link
 * SmppSettings}), bound on first use and re-bound every 5 seconds while lost, so that replies and
 * receipts are received even when nothing is being sent. Submits are UCS-2, with a delivery receipt
 * requested, at most {@code hotline.sms.rate} per second. Inbound deliver_sm: a delivery receipt
 * goes to {@link SurveyInbox#receipt}, anything else is a citizen's reply ({@link
 * SurveyInbox#reply}); a receipt for a message id not yet recorded is answered with a temporary
 * error so that the SMSC delivers it again.
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@jakarta.ejb.LocalBean
@jakarta.ejb.Local(SmsGateway.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JsmppGateway implements SmsGateway {

  private static final Logger LOG = Logger.getLogger(JsmppGateway.class.getName());

  /**
   * After a failed bind, wait this long before trying again (submits meanwhile are UNREACHABLE at
   * once).
   */
  private static final long REBIND_PAUSE_MILLIS = 2000;

  @Inject private SurveyInbox inbox;

  private final SmppSettings settings = SmppSettings.current();
  private final RateLimiter limiter = new RateLimiter(settings.ratePerSecond());
  private volatile SMPPSession session;
  private volatile long noBindBefore;
  private volatile String lastBindError = "not bound yet";

  @Override
  public boolean configured() {
    return settings.configured();
  }

  @Override
  public int window() {
    return settings.window();
  }

  @Override
  public boolean ready() {
    return configured() && bound() != null;
  }

  /** Keeps the session bound so that replies and receipts arrive. */
  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  void keepBound() {
    if (configured()) {
      bound();
    }
  }

  @Override
  public SubmitOutcome submit(String toE164, String text) {
    return submit(toE164, text, true);
  }

  /** Submits with or without a delivery receipt requested (without: the throughput probe). */
  public SubmitOutcome submit(String toE164, String text, boolean receipt) {
    SMPPSession s = bound();
    if (s == null) {
      return SubmitOutcome.unreachable(lastBindError);
    }
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SubmitOutcome.unreachable("interrupted before submit");
    }
    try {
      var result =
          s.submitShortMessage(
              "",
              TypeOfNumber.UNKNOWN,
              NumberingPlanIndicator.UNKNOWN,
              settings.sourceAddress(),
              TypeOfNumber.INTERNATIONAL,
              NumberingPlanIndicator.ISDN,
              SmppAddresses.toAddress(toE164),
              new ESMClass(),
              (byte) 0,
              (byte) 1,
              null,
              null,
              receipt
                  ? new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE)
                  : new RegisteredDelivery(0),
              (byte) 0,
              SmppAddresses.UCS2,
              (byte) 0,
              SmppAddresses.ucs2(text));
      return SubmitOutcome.accepted(result.getMessageId());
    } catch (NegativeResponseException e) {
      return SubmitOutcome.refused(String.format("command_status 0x%08x", e.getCommandStatus()));
    } catch (PDUException e) {
      return SubmitOutcome.refused("invalid PDU: " + e.getMessage());
    } catch (ResponseTimeoutException e) {
      return SubmitOutcome.uncertain(
          "no submit_sm_resp within " + settings.timeoutMillis() + " ms");
    } catch (InvalidResponseException | IOException e) {
      return SubmitOutcome.uncertain(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The bound session, binding it if needed; null when the SMSC cannot be reached now. */
  private SMPPSession bound() {
    SMPPSession s = session;
    if (s != null && s.getSessionState().isBound()) {
      return s;
    }
    synchronized (this) {
      s = session;
      if (s != null && s.getSessionState().isBound()) {
        return s;
      }
      if (s != null) {
        s.close();
        session = null;
      }
      if (System.currentTimeMillis() < noBindBefore) {
        return null;
      }
      SMPPSession fresh = new SMPPSession();
      fresh.setTransactionTimer(settings.timeoutMillis());
      fresh.setEnquireLinkTimer(30_000);
      fresh.setMessageReceiverListener(new Inbound());
      try {
        fresh.connectAndBind(
            settings.host(),
            settings.port(),
            new BindParameter(
                BindType.BIND_TRX,
                settings.systemId(),
                settings.password(),
                settings.systemType(),
                TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN,
                null),
            settings.timeoutMillis());
        session = fresh;
        LOG.info(
            () ->
                "SMPP bound to "
                    + settings.host()
                    + ":"
                    + settings.port()
                    + " as "
                    + settings.systemId());
        return fresh;
      } catch (IOException e) {
        fresh.close();
        lastBindError =
            "cannot bind to " + settings.host() + ":" + settings.port() + ": " + e.getMessage();
        noBindBefore = System.currentTimeMillis() + REBIND_PAUSE_MILLIS;
        LOG.fine(lastBindError);
        return null;
      }
    }
  }

  @PreDestroy
  void unbind() {
    SMPPSession s = session;
    if (s != null) {
      s.unbindAndClose();
    }
  }

  /** deliver_sm from the SMSC: receipts and citizens' replies. */
  /**
   * The text's bytes of a deliver_sm: the short message, or — when it is empty — the
   * message_payload parameter, where an SMSC puts a reply longer than one SMS (up to 64 KB).
   */
  static byte[] body(DeliverSm deliverSm) {
    byte[] shortMessage = deliverSm.getShortMessage();
    if (shortMessage != null && shortMessage.length > 0) {
      return shortMessage;
    }
    var payload = deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
    return payload instanceof OptionalParameter.OctetString octets
        ? octets.getValue()
        : shortMessage;
  }

  private final class Inbound implements MessageReceiverListener {

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
      try {
        if (deliverSm.isSmscDeliveryReceipt()) {
          DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
          String state =
              receipt.getFinalStatus() == null ? "UNKNOWN" : receipt.getFinalStatus().name();
          if (inbox.receipt(receipt.getId(), state, receipt.toString())
              == SurveyInbox.ReceiptResult.UNKNOWN_MESSAGE) {
            // the submit's outcome may not be committed yet: ask the SMSC to deliver it again
            throw new ProcessRequestException(
                "unknown message id " + receipt.getId(), SMPPConstant.STAT_ESME_RX_T_APPN);
          }
          return;
        }
        String text = SmppAddresses.text(body(deliverSm), deliverSm.getDataCoding());
        var from = SmppAddresses.toE164(deliverSm.getSourceAddr(), deliverSm.getSourceAddrTon());
        if (from.isEmpty()) {
          LOG.info(() -> "SMS from an address that is not a phone number: dropped");
          return;
        }
        inbox.reply(from.get(), text);
      } catch (InvalidDeliveryReceiptException e) {
        LOG.warning(() -> "malformed delivery receipt dropped: " + e.getMessage());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "deliver_sm not processed; the SMSC will deliver it again", e);
        throw new ProcessRequestException(
            "not processed: " + e.getMessage(), SMPPConstant.STAT_ESME_RX_T_APPN, e);
      }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {}

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source)
        throws ProcessRequestException {
      throw new ProcessRequestException("data_sm not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
  }
}
