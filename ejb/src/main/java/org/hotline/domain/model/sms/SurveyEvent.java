package org.hotline.domain.model.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that happened to a survey message (发送记录): an attempt, a submission, a refusal, a retry,
 * a delivery receipt, a reply. Never updated. {@code dedupeKey}, when set, is unique: what the SMSC
 * may send twice (a receipt) is recorded once.
 */
@Entity
@Table(name = "sms_survey_event")
public class SurveyEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "survey_id", nullable = false, updatable = false)
  private Long surveyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30, updatable = false)
  private SurveyEventKind kind;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "detail", length = 500, updatable = false)
  private String detail;

  @Column(name = "dedupe_key", length = 120, updatable = false)
  private String dedupeKey;

  protected SurveyEvent() {}

  public SurveyEvent(
      Long surveyId, SurveyEventKind kind, Instant occurredAt, String detail, String dedupeKey) {
    this.surveyId = surveyId;
    this.kind = kind;
    this.occurredAt = occurredAt;
    this.detail = SmsSurvey.shorten(detail, 500);
    this.dedupeKey = dedupeKey;
  }

  public Long id() {
    return id;
  }

  public Long surveyId() {
    return surveyId;
  }

  public SurveyEventKind kind() {
    return kind;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String detail() {
    return detail;
  }

  public String dedupeKey() {
    return dedupeKey;
  }
}
