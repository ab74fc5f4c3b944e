package org.hotline.application.idempotency;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.hotline.domain.model.idempotency.IdempotentRequest;

/**
 * The idempotent requests' table (幂等请求表), each call in a transaction of its own, so that a claim is
 * visible to a concurrent request before the creating request runs and an answer is kept whatever
 * the caller's transaction does.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyStore {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  /** The request stored under {@code key}, if any. */
  public Optional<IdempotentRequest> find(IdempotentRequest.Key key) {
    return Optional.ofNullable(em.find(IdempotentRequest.class, key));
  }

  /**
   * Inserts a PENDING request; fails (a persistence exception, wrapped by the container) when the
   * key is already taken, also by a request running at the same time (the primary key decides).
   */
  public void insert(IdempotentRequest.Key key, String requestHash, Instant now) {
    em.persist(new IdempotentRequest(key, requestHash, now));
    em.flush();
  }

  /**
   * Takes over a PENDING request left by a request that never answered (created at {@code
   * createdAt}): true when this caller won it.
   */
  public boolean takeOver(
      IdempotentRequest.Key key, Instant createdAt, String requestHash, Instant now) {
    IdempotentRequest r = em.find(IdempotentRequest.class, key);
    if (r == null
        || r.state() != IdempotentRequest.State.PENDING
        || !r.createdAt().equals(createdAt)) {
      return false;
    }
    em.remove(r);
    em.flush();
    em.persist(new IdempotentRequest(key, requestHash, now));
    em.flush();
    return true;
  }

  /** Stores the first answer of {@code key}. */
  public void complete(
      IdempotentRequest.Key key, int status, String contentType, String location, String body) {
    IdempotentRequest r = em.find(IdempotentRequest.class, key);
    if (r != null) {
      r.answered(status, contentType, location, body);
    }
  }

  /** Forgets a PENDING request whose answer was a refusal or a failure: a retry runs again. */
  public void release(IdempotentRequest.Key key) {
    IdempotentRequest r = em.find(IdempotentRequest.class, key);
    if (r != null && r.state() == IdempotentRequest.State.PENDING) {
      em.remove(r);
    }
  }
}
