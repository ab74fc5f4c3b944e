package org.hotline.application.idempotency;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.idempotency.IdempotentRequest;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * 幂等键: the one rule behind {@code Idempotency-Key} on every creating request (but {@code POST
 * /api/tickets}, which keeps its own table with the same rule). A request is keyed by user + method
 * + path + key. The first request claims the key (a row committed before it runs, so a concurrent
 * duplicate sees it); its success answer (status, content type, location, body) is stored; a retry
 * with the same key and the same request gets that answer again and creates nothing; the same key
 * with another request is {@code 422 IDEMPOTENCY_KEY_REUSED}; a retry while the first still runs is
 * {@code 409 IDEMPOTENCY_IN_PROGRESS}. A refused or failed first request releases the key, so a
 * retry (e.g. after a 503) runs again. A claim left by a request that never answered (a crash) is
 * taken over after {@code hotline.idempotency.pending-seconds} (default 120).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotentRequests {

  private static final Duration PENDING_LIMIT =
      Duration.ofSeconds(Long.getLong("hotline.idempotency.pending-seconds", 120));

  private static final int SCOPE_LENGTH = 255;

  @Inject private IdempotencyStore store;

  /** A stored first answer to replay. */
  public record Answer(int status, String contentType, String location, byte[] body) {}

  /**
   * Claims {@code key} for a request, or finds its stored answer.
   *
   * @param username the caller
   * @param method the HTTP method
   * @param path the request path
   * @param rawKey the {@code Idempotency-Key} header as sent
   * @param requestHash the request's fingerprint ({@link BodyFingerprint#of})
   * @return empty when the caller now holds the key and must run the request; else the first answer
   * @throws org.hotline.application.error.ValidationException the key blank, too long (100) or with
   *     invisible characters
   * @throws HotlineException IDEMPOTENCY_KEY_REUSED (another request under the key),
   *     IDEMPOTENCY_IN_PROGRESS (the first request still runs)
   */
  public Optional<Answer> claim(
      String username, String method, String path, String rawKey, String requestHash) {
    IdempotentRequest.Key key = key(username, method, path, rawKey);
    for (int attempt = 0; attempt < 3; attempt++) {
      Optional<IdempotentRequest> prior = store.find(key);
      if (prior.isEmpty()) {
        try {
          store.insert(key, requestHash, BusinessTime.now());
          return Optional.empty();
        } catch (EJBException | PersistenceException takenMeanwhile) {
          continue; // a concurrent request took the key: read what it stored
        }
      }
      IdempotentRequest r = prior.get();
      if (!r.requestHash().equals(requestHash)) {
        throw new HotlineException(ErrorCode.IDEMPOTENCY_KEY_REUSED, rawKey);
      }
      if (r.state() == IdempotentRequest.State.DONE) {
        byte[] body =
            r.body() == null ? new byte[0] : java.util.Base64.getDecoder().decode(r.body());
        return Optional.of(new Answer(r.status(), r.contentType(), r.location(), body));
      }
      if (r.createdAt().plus(PENDING_LIMIT).isBefore(BusinessTime.now())) {
        try {
          if (store.takeOver(key, r.createdAt(), requestHash, BusinessTime.now())) {
            return Optional.empty();
          }
        } catch (EJBException | PersistenceException takenMeanwhile) {
          // another retry took it over
        }
      }
      throw new HotlineException(ErrorCode.IDEMPOTENCY_IN_PROGRESS);
    }
    throw new HotlineException(ErrorCode.IDEMPOTENCY_IN_PROGRESS);
  }

  /** Stores the success answer of a claimed key. */
  public void complete(
      String username,
      String method,
      String path,
      String rawKey,
      int status,
      String contentType,
      String location,
      byte[] body) {
    store.complete(
        key(username, method, path, rawKey),
        status,
        contentType,
        location,
        java.util.Base64.getEncoder().encodeToString(body));
  }

  /** Releases a claimed key whose request was refused or failed: a retry runs again. */
  public void release(String username, String method, String path, String rawKey) {
    store.release(key(username, method, path, rawKey));
  }

  private static IdempotentRequest.Key key(
      String username, String method, String path, String rawKey) {
    Violations v = new Violations();
    String k = v.text("Idempotency-Key", rawKey, true, 100);
    v.throwIfAny();
    String scope = method + " /" + path.replaceFirst("^/+", "");
    if (scope.length() > SCOPE_LENGTH) {
      scope = "sha256:" + BodyFingerprint.of(null, null, scope.getBytes(StandardCharsets.UTF_8));
    }
    return new IdempotentRequest.Key(username, scope, k);
  }
}
