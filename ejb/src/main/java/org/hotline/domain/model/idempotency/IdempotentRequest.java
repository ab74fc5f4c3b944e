package org.hotline.domain.model.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A creating request that carried an {@code Idempotency-Key} (幂等请求): while it runs it is {@code
 * PENDING}; once answered with a success its status, content type, location and body are kept
 * ({@code DONE}) and a retry with the same key (same user, method and path) gets that answer again
 * and creates nothing.
 */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

  /** PENDING while the first request runs, DONE once its answer is stored. */
  public enum State {
    PENDING,
    DONE
  }

  @EmbeddedId private Key key;

  /** SHA-256 of the request (query and canonical body): the same key with another is refused. */
  @Column(name = "request_hash", nullable = false, length = 64, updatable = false)
  private String requestHash;

  @Column(name = "state", nullable = false, length = 10)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private State state;

  @Column(name = "status")
  private Integer status;

  @Column(name = "content_type", length = 200)
  private String contentType;

  @Column(name = "location", length = 1000)
  private String location;

  /** The first answer's body, Base64 (any media type). */
  @jakarta.persistence.Lob
  @Column(name = "body")
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotentRequest() {}

  /** A new PENDING request of {@code key} with the fingerprint {@code requestHash}. */
  public IdempotentRequest(Key key, String requestHash, Instant createdAt) {
    this.key = key;
    this.requestHash = requestHash;
    this.state = State.PENDING;
    this.createdAt = createdAt;
  }

  /** Stores the first answer: the request is DONE. */
  public void answered(int status, String contentType, String location, String body) {
    this.state = State.DONE;
    this.status = status;
    this.contentType = contentType;
    this.location = location;
    this.body = body;
  }

  public Key key() {
    return key;
  }

  public String requestHash() {
    return requestHash;
  }

  public State state() {
    return state;
  }

  public Integer status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  public String location() {
    return location;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** (username, method + path, idempotency key) */
  @Embeddable
  public static class Key implements Serializable {

    @Column(name = "username", length = 60)
    private String username;

    @Column(name = "request_scope", length = 255)
    private String scope;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    protected Key() {}

    public Key(String username, String scope, String idempotencyKey) {
      this.username = username;
      this.scope = scope;
      this.idempotencyKey = idempotencyKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.username.equals(username)
          && k.scope.equals(scope)
          && k.idempotencyKey.equals(idempotencyKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(username, scope, idempotencyKey);
    }
  }
}
