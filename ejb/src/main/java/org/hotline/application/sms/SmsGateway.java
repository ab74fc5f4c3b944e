package org.hotline.application.sms;

/**
 * The way out to an SMSC (短信网关). Implemented over SMPP in {@code infrastructure.sms}; inbound
 * traffic (delivery receipts, citizens' replies) comes back through {@link SurveyInbox}.
 */
public interface SmsGateway {

  /** Whether the gateway is configured at all (an SMSC host, or the local simulator). */
  boolean configured();

  /** How many submits may await their response at once (the SMPP window). */
  int window();

  /** Whether the SMSC can be reached now (binds if needed); cheap to call repeatedly. */
  boolean ready();

  /**
   * Submits one message to {@code toE164} (e.g. {@code +8613812345678}) and waits for the SMSC's
   * answer. Never throws: the outcome says whether the SMSC certainly has it, certainly not, or
   * maybe.
   */
  SubmitOutcome submit(String toE164, String text);
}
