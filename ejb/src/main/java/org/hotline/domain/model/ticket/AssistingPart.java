package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.domain.model.unit.Unit;

/**
 * 协办: the part of a ticket an assisting unit handles while another unit is the main (主办) owner. The
 * assisting unit sees the ticket and replies on its part; the main unit replies on the whole once
 * every part is replied.
 */
@Entity
@Table(name = "assisting_part")
public class AssistingPart {

  /** Where a part stands. */
  public enum Status {
    /** 待协办 */
    ASSIGNED,
    /** 已回复 */
    REPLIED,
    /** 已撤销: the ticket was returned and routed again */
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false, updatable = false)
  private Unit unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status = Status.ASSIGNED;

  @Column(name = "reply_text", length = 4000)
  private String replyText;

  @Column(name = "replied_by", length = 60)
  private String repliedBy;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected AssistingPart() {}

  AssistingPart(Ticket ticket, Unit unit, Instant now) {
    this.ticket = ticket;
    this.unit = unit;
    this.createdAt = now;
  }

  void reply(String text, String username, Instant now) {
    this.status = Status.REPLIED;
    this.replyText = text;
    this.repliedBy = username;
    this.repliedAt = now;
  }

  void cancel() {
    if (status == Status.ASSIGNED) {
      status = Status.CANCELLED;
    }
  }

  public boolean pending() {
    return status == Status.ASSIGNED;
  }

  public boolean active() {
    return status != Status.CANCELLED;
  }

  public Unit unit() {
    return unit;
  }

  public Status status() {
    return status;
  }

  public String replyText() {
    return replyText;
  }

  public String repliedBy() {
    return repliedBy;
  }

  public Instant repliedAt() {
    return repliedAt;
  }
}
