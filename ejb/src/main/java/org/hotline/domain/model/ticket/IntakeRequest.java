package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An intake request that carried an {@code Idempotency-Key}: a retry with the same key (by the same
 * user) gets the ticket this request created, and nothing new is created.
 */
@Entity
@Table(name = "intake_request")
public class IntakeRequest {

  @EmbeddedId private Key key;

  /** SHA-256 of the request body: the same key with another body is refused. */
  @Column(name = "request_hash", nullable = false, length = 64, updatable = false)
  private String requestHash;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private Long ticketId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected IntakeRequest() {}

  public IntakeRequest(
      String username,
      String idempotencyKey,
      String requestHash,
      Long ticketId,
      Instant createdAt) {
    this.key = new Key(username, idempotencyKey);
    this.requestHash = requestHash;
    this.ticketId = ticketId;
    this.createdAt = createdAt;
  }

  public String requestHash() {
    return requestHash;
  }

  public Long ticketId() {
    return ticketId;
  }

  /** (username, idempotency key) */
  @Embeddable
  public static class Key implements Serializable {

    @Column(name = "username", length = 60)
    private String username;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    protected Key() {}

    public Key(String username, String idempotencyKey) {
      this.username = username;
      this.idempotencyKey = idempotencyKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.username.equals(username)
          && k.idempotencyKey.equals(idempotencyKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(username, idempotencyKey);
    }
  }
}
