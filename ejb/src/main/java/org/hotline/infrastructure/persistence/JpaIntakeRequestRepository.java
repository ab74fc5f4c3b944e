package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hotline.domain.model.ticket.IntakeRequest;
import org.hotline.domain.model.ticket.IntakeRequestRepository;

@ApplicationScoped
public class JpaIntakeRequestRepository implements IntakeRequestRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public Optional<IntakeRequest> find(String username, String idempotencyKey) {
    return Optional.ofNullable(
        em.find(IntakeRequest.class, new IntakeRequest.Key(username, idempotencyKey)));
  }

  @Override
  public void addNow(IntakeRequest request) {
    em.persist(request);
    em.flush();
  }
}
