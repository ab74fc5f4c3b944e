package org.hotline.domain.model.sms;

/** What happened to a survey message (one row of {@code sms_survey_event}). */
public enum SurveyEventKind {
  QUEUED,
  SUBMIT_ATTEMPT,
  SUBMITTED,
  SUBMIT_REFUSED,
  RETRY_SCHEDULED,
  GAVE_UP,
  SEND_UNCERTAIN,
  RECEIPT,
  REPLY,
  REPLY_IGNORED,
  CALLBACK_REQUESTED,
  /** Not sent: the detail says why ({@code RECENT_SURVEY}: the number had one lately). */
  SKIPPED
}
