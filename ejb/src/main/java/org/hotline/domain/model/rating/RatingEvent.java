package org.hotline.domain.model.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event in a rating's history (评价记录), e.g. its exclusion by a supervisor; never changed. */
@Entity
@Table(name = "rating_event")
public class RatingEvent {

  /** Characters of an event's note. */
  public static final int MAX_NOTE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rating_id", nullable = false)
  private Rating rating;

  @Column(name = "action", nullable = false, length = 20)
  private String action;

  @Column(name = "actor", nullable = false, length = 60)
  private String actor;

  @Column(name = "note", nullable = false, length = MAX_NOTE_LENGTH)
  private String note;

  /** The code of an exclusion's reason ({@link RatingExclusionReason}), null for other events. */
  @Column(name = "reason_code", length = 20)
  private String reasonCode;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected RatingEvent() {}

  RatingEvent(Rating rating, String action, String actor, String note, Instant occurredAt) {
    this.rating = rating;
    this.action = action;
    this.actor = actor;
    this.note = note;
    this.occurredAt = occurredAt;
  }

  RatingEvent(
      Rating rating,
      String action,
      String actor,
      RatingExclusionReason reason,
      String note,
      Instant occurredAt) {
    this(rating, action, actor, note, occurredAt);
    this.reasonCode = reason == null ? null : reason.name();
  }

  /** The reason code of an exclusion, or null. */
  public String reasonCode() {
    return reasonCode;
  }

  public String action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public String note() {
    return note;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
