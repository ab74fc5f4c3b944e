package org.hotline.domain.model.sms;

/**
 * Where a survey message is (发送状态). {@code QUEUED} waits in the outbox; {@code SENDING} was claimed
 * by the sender, recorded before the submit; {@code SUBMITTED} was accepted by the SMSC (message id
 * known); {@code DELIVERED} / {@code UNDELIVERED} after the SMSC's final delivery receipt; {@code
 * FAILED} when every attempt was refused; {@code SEND_UNCERTAIN} when a submit may or may not have
 * reached the SMSC (a crash or a lost response while {@code SENDING}): never sent again
 * automatically, so a citizen never gets the survey twice (at most once).
 */
public enum SurveyStatus {
  QUEUED,
  SENDING,
  SUBMITTED,
  DELIVERED,
  UNDELIVERED,
  FAILED,
  SEND_UNCERTAIN,
  /**
   * Never sent: the number had a survey within the configured interval ({@code SurveyLimit},
   * 同号码限发); counted as skipped in the statistics.
   */
  SKIPPED;

  /** Whether the SMSC accepted the message (it may reach the citizen, who may answer). */
  public boolean sent() {
    return this == SUBMITTED || this == DELIVERED || this == UNDELIVERED;
  }
}
