package org.hotline.application.sms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.hotline.application.callback.CallbackTaskRequested;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.sms.ReplyParser;
import org.hotline.domain.model.sms.SmsSurvey;
import org.hotline.domain.model.sms.SmsSurveyRepository;
import org.hotline.domain.model.sms.SurveyAnswer;
import org.hotline.domain.model.sms.SurveyCounts;
import org.hotline.domain.model.sms.SurveyEvent;
import org.hotline.domain.model.sms.SurveyEventKind;

/**
 * 收件箱: what the SMSC sends back, each in its own transaction. A delivery receipt updates the survey
 * of its message id once (a duplicate receipt finds its key taken and changes nothing). A citizen's
 * reply (MO) is matched to the most recent survey sent to that number; the first reply is the
 * answer; a dissatisfied or unreadable one asks the callback centre for a phone callback due within
 * 24 hours ({@link CallbackTaskRequested}, reason {@code SMS_DISSATISFIED} / {@code
 * SMS_UNPARSEABLE}). A later reply to an answered survey is recorded and ignored.
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SurveyInbox {

  /** How soon a person must call back after a dissatisfied or unreadable answer. */
  public static final Duration CALLBACK_WITHIN = Duration.ofHours(24);

  private static final Logger LOG = Logger.getLogger(SurveyInbox.class.getName());

  @Inject private SmsSurveyRepository surveys;

  @Inject private Event<CallbackTaskRequested> callbackRequests;

  @Inject private Event<SurveyAnswered> answers;

  /**
   * A delivery receipt for {@code messageId} with its final state ({@code DELIVRD}, {@code
   * UNDELIV}, {@code EXPIRED}, {@code REJECTD}, {@code DELETED}; others such as {@code ENROUTE} are
   * only recorded). Returns what became of it: a duplicate or an unknown message id changes
   * nothing.
   */
  public ReceiptResult receipt(String messageId, String state, String rawText) {
    var found = surveys.byMessageId(messageId);
    if (found.isEmpty()) {
      LOG.info(() -> "delivery receipt for unknown message id " + messageId + " (" + state + ")");
      return ReceiptResult.UNKNOWN_MESSAGE;
    }
    SmsSurvey s = found.get();
    Instant now = BusinessTime.now();
    if (!surveys.addEvent(
        new SurveyEvent(
            s.id(),
            SurveyEventKind.RECEIPT,
            now,
            state + " " + rawText,
            "receipt:" + messageId + ":" + state))) {
      return ReceiptResult.DUPLICATE;
    }
    SurveyCounts before = SurveyCounts.of(s);
    switch (state) {
      case "DELIVRD" -> s.receipt(true, now);
      case "UNDELIV", "EXPIRED", "REJECTD", "DELETED" -> s.receipt(false, now);
      default -> {}
    }
    surveys.counted(s, before);
    return ReceiptResult.RECORDED;
  }

  /** What became of a delivery receipt. */
  public enum ReceiptResult {
    RECORDED,
    DUPLICATE,
    UNKNOWN_MESSAGE
  }

  /**
   * A citizen's reply from {@code fromE164}. Returns the survey it answered, or null when no survey
   * was sent to that number (then nothing is stored).
   */
  public Long reply(String fromE164, String text) {
    var found = surveys.latestSentTo(fromE164);
    if (found.isEmpty()) {
      LOG.info(() -> "SMS reply from a number never surveyed: dropped");
      return null;
    }
    SmsSurvey s = found.get();
    Instant now = BusinessTime.now();
    SurveyAnswer answer = ReplyParser.parse(text);
    SurveyCounts before = SurveyCounts.of(s);
    if (!s.answer(answer, text, now)) {
      surveys.addEvent(new SurveyEvent(s.id(), SurveyEventKind.REPLY_IGNORED, now, text, null));
      return s.id();
    }
    surveys.counted(s, before);
    surveys.addEvent(
        new SurveyEvent(s.id(), SurveyEventKind.REPLY, now, answer + " " + text, null));
    answers.fire(
        new SurveyAnswered(
            s.id(),
            s.ticketId(),
            s.serviceRecordId(),
            answer.name(),
            s.answerText(),
            SmsSurvey.CHANNEL_SMS,
            true,
            now));
    if (answer.needsCallback()) {
      String reason =
          (answer == SurveyAnswer.DISSATISFIED
                  ? org.hotline.domain.model.callback.CallbackReason.SMS_DISSATISFIED
                  : org.hotline.domain.model.callback.CallbackReason.SMS_UNPARSEABLE)
              .name();
      Instant due = now.plus(CALLBACK_WITHIN);
      s.callbackRequested(now);
      surveys.addEvent(
          new SurveyEvent(
              s.id(), SurveyEventKind.CALLBACK_REQUESTED, now, reason + " due " + due, null));
      callbackRequests.fire(
          new CallbackTaskRequested(s.ticketId(), s.serviceRecordId(), due, reason, s.id()));
    }
    return s.id();
  }
}
