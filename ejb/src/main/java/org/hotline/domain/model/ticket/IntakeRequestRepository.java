package org.hotline.domain.model.ticket;

import java.util.Optional;

public interface IntakeRequestRepository {

  Optional<IntakeRequest> find(String username, String idempotencyKey);

  /** Records the request and writes it at once, so a concurrent duplicate fails here. */
  void addNow(IntakeRequest request);
}
