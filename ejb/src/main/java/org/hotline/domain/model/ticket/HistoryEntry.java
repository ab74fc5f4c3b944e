package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every append-only history entry has (tickets', supervision slips'): when, who in which role
 * and unit, and why. Never updated, never deleted.
 */
@MappedSuperclass
public abstract class HistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Embedded private Actor actor;

  /** The reason or text of the action (reply text, review comment, callback note …). */
  @Column(name = "note", length = 4000, updatable = false)
  private String note;

  protected HistoryEntry() {}

  protected HistoryEntry(Instant occurredAt, Actor actor, String note) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.note = note;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Actor actor() {
    return actor;
  }

  public String note() {
    return note;
  }
}
