package org.hotline.application.sms;

/**
 * What became of one submit (提交结果).
 *
 * @param kind {@link Kind#ACCEPTED}: the SMSC took it under {@code messageId}; {@link
 *     Kind#REFUSED}: the SMSC answered no (certainly not taken, counts towards giving up); {@link
 *     Kind#UNREACHABLE}: nothing was written to the SMSC (no connection or bind): certainly not
 *     taken, wait for it; {@link Kind#UNCERTAIN}: written but no answer (timeout, connection lost):
 *     it may have been taken
 * @param messageId the SMSC's message id when accepted, else null
 * @param reason why it was not accepted, else null
 */
public record SubmitOutcome(Kind kind, String messageId, String reason) {

  /** The four fates of a submit. */
  public enum Kind {
    ACCEPTED,
    REFUSED,
    UNREACHABLE,
    UNCERTAIN
  }

  public static SubmitOutcome accepted(String messageId) {
    return new SubmitOutcome(Kind.ACCEPTED, messageId, null);
  }

  public static SubmitOutcome refused(String reason) {
    return new SubmitOutcome(Kind.REFUSED, null, reason);
  }

  public static SubmitOutcome unreachable(String reason) {
    return new SubmitOutcome(Kind.UNREACHABLE, null, reason);
  }

  public static SubmitOutcome uncertain(String reason) {
    return new SubmitOutcome(Kind.UNCERTAIN, null, reason);
  }
}
