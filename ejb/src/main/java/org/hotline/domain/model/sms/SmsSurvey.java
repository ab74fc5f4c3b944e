package org.hotline.domain.model.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * 短信调查: the satisfaction survey of one matter sent to one number, and the durable outbox row of its
 * message. At most one per matter (unique {@code matter_type, matter_id}). The state moves QUEUED →
 * SENDING → SUBMITTED → DELIVERED/UNDELIVERED; a refused submit goes back to QUEUED (retry) or to
 * FAILED; a submit whose fate is unknown goes to SEND_UNCERTAIN and is never retried automatically
 * (see {@link SurveyStatus}). The first reply from the surveyed number is the answer.
 */
@Entity
@Table(name = "sms_survey")
public class SmsSurvey {

  /** Channel of an answer received by SMS (provenance of the survey result). */
  public static final String CHANNEL_SMS = "SMS";

  static final int TEXT_LENGTH = 300;
  static final int ANSWER_TEXT_LENGTH = 500;
  static final int ERROR_LENGTH = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "matter_type", nullable = false, length = 20, updatable = false)
  private MatterType matterType;

  @Column(name = "matter_id", nullable = false, updatable = false)
  private Long matterId;

  @Column(name = "ticket_id", updatable = false)
  private Long ticketId;

  @Column(name = "service_record_id", updatable = false)
  private Long serviceRecordId;

  @Column(name = "phone_e164", nullable = false, length = 20, updatable = false)
  private String phoneE164;

  @Column(name = "unit_code", nullable = false, length = 40, updatable = false)
  private String unitCode;

  @Column(name = "officer_badge", length = 40, updatable = false)
  private String officerBadge;

  @Column(name = "message_text", nullable = false, length = TEXT_LENGTH, updatable = false)
  private String messageText;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private SurveyStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  @Column(name = "message_id", length = 65)
  private String messageId;

  @Column(name = "queued_at", nullable = false, updatable = false)
  private Instant queuedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer", length = 30)
  private SurveyAnswer answer;

  @Column(name = "answer_text", length = ANSWER_TEXT_LENGTH)
  private String answerText;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answer_channel", length = 10)
  private String answerChannel;

  @Column(name = "answer_verified", nullable = false)
  private boolean answerVerified;

  @Column(name = "callback_requested_at")
  private Instant callbackRequestedAt;

  /** Why it was skipped ({@code RECENT_SURVEY}, {@code OLD_MATTER}); null unless SKIPPED. */
  @Column(name = "skip_reason", length = 30)
  private String skipReason;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected SmsSurvey() {}

  /**
   * A new survey waiting in the outbox. Exactly one of {@code ticketId} and {@code serviceRecordId}
   * is set, matching {@code matterType}.
   */
  public SmsSurvey(
      MatterType matterType,
      Long matterId,
      String phoneE164,
      String unitCode,
      String officerBadge,
      String messageText,
      Instant now) {
    this.matterType = matterType;
    this.matterId = matterId;
    this.ticketId = matterType == MatterType.TICKET ? matterId : null;
    this.serviceRecordId = matterType == MatterType.SERVICE_RECORD ? matterId : null;
    this.phoneE164 = phoneE164;
    this.unitCode = unitCode;
    this.officerBadge = officerBadge;
    this.messageText = messageText;
    this.status = SurveyStatus.QUEUED;
    this.nextAttemptAt = now;
    this.queuedAt = now;
  }

  /**
   * Not to be sent (the number had a survey lately, or the matter is too old): it leaves the outbox
   * before it was ever claimed. Only a survey still queued and never tried may be skipped.
   *
   * @param reason why, kept for the statistics ({@code RECENT_SURVEY}, {@code OLD_MATTER})
   * @throws IllegalStateException when the survey is no longer QUEUED or was tried
   */
  public void skip(String reason) {
    if (status != SurveyStatus.QUEUED || attempts > 0) {
      throw new IllegalStateException("survey " + id + " is " + status + ", cannot be skipped");
    }
    status = SurveyStatus.SKIPPED;
    skipReason = reason;
  }

  /** Why it was skipped ({@code RECENT_SURVEY}, {@code OLD_MATTER}); null unless SKIPPED. */
  public String skipReason() {
    return skipReason;
  }

  /** Taken by the sender (recorded and committed before the submit). False when not QUEUED. */
  public boolean claim() {
    if (status != SurveyStatus.QUEUED) {
      return false;
    }
    status = SurveyStatus.SENDING;
    attempts++;
    return true;
  }

  /** The SMSC accepted the message under {@code messageId}. */
  public void submitted(String messageId, Instant now) {
    requireSending();
    this.status = SurveyStatus.SUBMITTED;
    this.messageId = messageId;
    this.submittedAt = now;
    this.lastError = null;
  }

  /**
   * The submit was certainly not accepted (no connection, bind refused, negative response): back to
   * the outbox until {@code retryAt}, or FAILED when {@code retryAt} is null (no attempt left).
   */
  public void refused(String reason, Instant retryAt) {
    requireSending();
    this.lastError = shorten(reason, ERROR_LENGTH);
    if (retryAt == null) {
      this.status = SurveyStatus.FAILED;
    } else {
      this.status = SurveyStatus.QUEUED;
      this.nextAttemptAt = retryAt;
    }
  }

  /** The submit may have reached the SMSC (lost response, crash while sending): never resent. */
  public void uncertain(String reason) {
    requireSending();
    this.status = SurveyStatus.SEND_UNCERTAIN;
    this.lastError = shorten(reason, ERROR_LENGTH);
  }

  /**
   * A delivery receipt: {@code delivered} true for DELIVRD, false for a final failure (UNDELIV,
   * EXPIRED, REJECTD, DELETED). Returns whether the status changed.
   */
  public boolean receipt(boolean delivered, Instant now) {
    if (!status.sent()) {
      return false;
    }
    SurveyStatus to = delivered ? SurveyStatus.DELIVERED : SurveyStatus.UNDELIVERED;
    if (status == to) {
      return false;
    }
    status = to;
    deliveredAt = delivered ? now : deliveredAt;
    return true;
  }

  /**
   * The citizen's reply from the surveyed number: the first one is the survey's result (channel
   * SMS, verified because it came from the number surveyed). Returns false when already answered.
   */
  public boolean answer(SurveyAnswer parsed, String text, Instant now) {
    if (answer != null) {
      return false;
    }
    this.answer = parsed;
    this.answerText = shorten(text, ANSWER_TEXT_LENGTH);
    this.answeredAt = now;
    this.answerChannel = CHANNEL_SMS;
    this.answerVerified = true;
    return true;
  }

  /** Notes that a phone callback was requested for this survey's answer. */
  public void callbackRequested(Instant now) {
    this.callbackRequestedAt = now;
  }

  private void requireSending() {
    if (status != SurveyStatus.SENDING) {
      throw new IllegalStateException("survey " + id + " is " + status + ", not SENDING");
    }
  }

  static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  public Long id() {
    return id;
  }

  public MatterType matterType() {
    return matterType;
  }

  public Long matterId() {
    return matterId;
  }

  public Long ticketId() {
    return ticketId;
  }

  public Long serviceRecordId() {
    return serviceRecordId;
  }

  public String phoneE164() {
    return phoneE164;
  }

  public String unitCode() {
    return unitCode;
  }

  public String officerBadge() {
    return officerBadge;
  }

  public String messageText() {
    return messageText;
  }

  public SurveyStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public String messageId() {
    return messageId;
  }

  public Instant queuedAt() {
    return queuedAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  public SurveyAnswer answer() {
    return answer;
  }

  public String answerText() {
    return answerText;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public String answerChannel() {
    return answerChannel;
  }

  public boolean answerVerified() {
    return answerVerified;
  }

  public Instant callbackRequestedAt() {
    return callbackRequestedAt;
  }
}
