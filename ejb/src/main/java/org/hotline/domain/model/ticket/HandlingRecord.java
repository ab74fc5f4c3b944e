package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * What was done on a ticket's matter (办理记录), in the ticket's own row: the answer given on the call
 * (直接答复), or the owner unit's signature (签收) and reply (回复). A new owner starts unsigned.
 *
 * <p>Every column may be null, so JPA loads a ticket with none of them set with this object null:
 * {@link Ticket} reads it through a method that never returns null.
 */
@Embeddable
public class HandlingRecord {

  @Column(name = "direct_answer", length = 4000)
  private String directAnswer;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "reply_text", length = 4000)
  private String replyText;

  @Column(name = "replied_at")
  private Instant repliedAt;

  /** Nothing done yet; for JPA too. */
  protected HandlingRecord() {}

  static HandlingRecord none() {
    return new HandlingRecord();
  }

  void answered(String answer) {
    this.directAnswer = answer;
  }

  void signed(Instant now) {
    this.signedAt = now;
  }

  /** A new owner (return, re-route) has not signed. */
  void unsigned() {
    this.signedAt = null;
  }

  /** The reply's text; {@code leftUnitAt} (null while with the unit's chief) marks it sent on. */
  void replied(String text, Instant leftUnitAt) {
    this.replyText = text;
    if (leftUnitAt != null) {
      this.repliedAt = leftUnitAt;
    }
  }

  /** The reply left the unit at {@code now} (the chief approved it). */
  void sentOn(Instant now) {
    this.repliedAt = now;
  }

  public String directAnswer() {
    return directAnswer;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public String replyText() {
    return replyText;
  }

  public Instant repliedAt() {
    return repliedAt;
  }
}
