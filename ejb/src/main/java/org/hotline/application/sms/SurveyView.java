package org.hotline.application.sms;

import java.util.List;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.sms.SmsSurvey;
import org.hotline.domain.model.sms.SurveyEvent;

/**
 * A survey as the API shows it: the matter, the masked number, the message's state, attempts and
 * events, and the answer with its provenance (channel SMS, verified). Times in Asia/Shanghai.
 */
public record SurveyView(
    Long id,
    String matterType,
    Long ticketId,
    Long serviceRecordId,
    String phone,
    String unitCode,
    String status,
    int attempts,
    String messageId,
    String lastError,
    String queuedAt,
    String submittedAt,
    String deliveredAt,
    String answer,
    String answerText,
    String answeredAt,
    String answerChannel,
    boolean answerVerified,
    String callbackRequestedAt,
    List<EventView> events) {

  /** One event of the message. */
  public record EventView(String kind, String at, String detail) {}

  static SurveyView of(SmsSurvey s, List<SurveyEvent> events) {
    return new SurveyView(
        s.id(),
        s.matterType().name(),
        s.ticketId(),
        s.serviceRecordId(),
        mask(s.phoneE164()),
        s.unitCode(),
        s.status().name(),
        s.attempts(),
        s.messageId(),
        s.lastError(),
        t(s.queuedAt()),
        t(s.submittedAt()),
        t(s.deliveredAt()),
        s.answer() == null ? null : s.answer().name(),
        s.answerText(),
        t(s.answeredAt()),
        s.answerChannel(),
        s.answerVerified(),
        t(s.callbackRequestedAt()),
        events.stream()
            .map(e -> new EventView(e.kind().name(), t(e.occurredAt()), e.detail()))
            .toList());
  }

  /** {@code +8613812345678} → {@code +86138****5678}: the list never shows a whole number. */
  static String mask(String e164) {
    if (e164 == null || e164.length() < 9) {
      return e164;
    }
    int end = e164.length() - 4;
    return e164.substring(0, end - 4) + "****" + e164.substring(end);
  }

  private static String t(java.time.Instant at) {
    return at == null ? null : BusinessTime.display(at).toString();
  }
}
