package org.hotline.domain.model.satisfaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 满意度答复来源 (provenance of a satisfaction answer), one shape for every channel: {@code QR} (a rating;
 * source = the rating), {@code SMS} (a reply to a survey; source = the survey) and {@code CALLBACK}
 * (a callback outcome; source = the ticket). It says whether the answer is verified and why (a
 * code), when it was given, and for QR the hashed device and network fingerprints (never raw
 * values). One record per source and channel; never changed.
 */
@Entity
@Table(name = "satisfaction_answer")
public class SatisfactionAnswer {

  public static final String QR = "QR";
  public static final String SMS = "SMS";
  public static final String CALLBACK = "CALLBACK";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "channel", nullable = false, length = 10)
  private String channel;

  @Column(name = "source_id", nullable = false)
  private Long sourceId;

  @Column(name = "unit_code", length = 40)
  private String unitCode;

  @Column(name = "answer_code", nullable = false, length = 30)
  private String answer;

  @Column(name = "satisfied", nullable = false)
  private boolean satisfied;

  @Column(name = "verified", nullable = false)
  private boolean verified;

  @Column(name = "verification", nullable = false, length = 40)
  private String verification;

  @Column(name = "device_hash", length = 64)
  private String deviceHash;

  @Column(name = "network_hash", length = 64)
  private String networkHash;

  /** Excluded from every figure (the rating behind it was excluded by a supervisor). */
  @Column(name = "excluded", nullable = false)
  private boolean excluded;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected SatisfactionAnswer() {}

  /**
   * @param channel {@link #QR}, {@link #SMS} or {@link #CALLBACK}
   * @param sourceId the rating, survey or ticket
   * @param unitCode the unit answered about, or null when unknown
   * @param answer the answer's code ({@code SATISFIED}, {@code BASICALLY_SATISFIED}, {@code
   *     DISSATISFIED} …)
   * @param verified whether it is verified
   * @param verification why (or why not), a code
   * @param deviceHash hashed device fingerprint (QR), else null
   * @param networkHash hashed network fingerprint (QR), else null
   */
  public SatisfactionAnswer(
      String channel,
      Long sourceId,
      String unitCode,
      String answer,
      boolean verified,
      String verification,
      String deviceHash,
      String networkHash,
      Instant answeredAt) {
    this.channel = channel;
    this.sourceId = sourceId;
    this.unitCode = unitCode;
    this.answer = answer;
    this.satisfied = "SATISFIED".equals(answer) || "BASICALLY_SATISFIED".equals(answer);
    this.verified = verified;
    this.verification = verification;
    this.deviceHash = deviceHash;
    this.networkHash = networkHash;
    this.answeredAt = answeredAt;
  }

  /** Takes the answer out of every figure (its rating was excluded); the record stays. */
  public void exclude() {
    this.excluded = true;
  }

  public boolean excluded() {
    return excluded;
  }

  public String channel() {
    return channel;
  }

  public Long sourceId() {
    return sourceId;
  }

  public String answer() {
    return answer;
  }

  public boolean satisfied() {
    return satisfied;
  }

  public boolean verified() {
    return verified;
  }

  public String verification() {
    return verification;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
