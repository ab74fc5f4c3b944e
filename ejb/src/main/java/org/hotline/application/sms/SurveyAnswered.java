package org.hotline.application.sms;

import java.time.Instant;

/**
 * 短信调查已回复: fired as a CDI event, inside the transaction that stored it, when a citizen's first
 * reply to a survey was read. The answer is the survey's result with its provenance: channel {@code
 * SMS}, verified (it came from the surveyed number). Whoever keeps satisfaction figures or callback
 * tasks may observe it (e.g. to close a callback task with the citizen's own answer).
 *
 * @param surveyId the survey
 * @param ticketId the ticket surveyed, or null
 * @param serviceRecordId the service record surveyed, or null
 * @param answer {@code SATISFIED}, {@code BASICALLY_SATISFIED}, {@code DISSATISFIED} or {@code
 *     UNPARSEABLE}
 * @param text the reply as typed
 * @param channel always {@code SMS}
 * @param verified true: the reply came from the surveyed number
 * @param answeredAt when it was received (UTC)
 */
public record SurveyAnswered(
    Long surveyId,
    Long ticketId,
    Long serviceRecordId,
    String answer,
    String text,
    String channel,
    boolean verified,
    Instant answeredAt) {}
