package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.deadline.ExtensionRequest;
import org.hotline.domain.model.deadline.ExtensionRequestRepository;
import org.hotline.domain.model.deadline.TimeLimitRule;
import org.hotline.domain.model.deadline.TimeLimitRuleRepository;

/** JPA repositories of the deadline rules and extension requests. */
public final class JpaDeadlineRepositories {

  private JpaDeadlineRepositories() {}

  @ApplicationScoped
  public static class Rules implements TimeLimitRuleRepository {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Override
    public List<TimeLimitRule> all() {
      return em.createQuery("SELECT r FROM TimeLimitRule r ORDER BY r.id", TimeLimitRule.class)
          .getResultList();
    }

    @Override
    public Optional<TimeLimitRule> find(Long id) {
      return Optional.ofNullable(em.find(TimeLimitRule.class, id));
    }

    @Override
    public void add(TimeLimitRule rule) {
      em.persist(rule);
    }

    @Override
    public void remove(TimeLimitRule rule) {
      em.remove(rule);
    }
  }

  @ApplicationScoped
  public static class Extensions implements ExtensionRequestRepository {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Override
    public void add(ExtensionRequest request) {
      em.persist(request);
    }

    @Override
    public Optional<ExtensionRequest> find(Long id) {
      return Optional.ofNullable(em.find(ExtensionRequest.class, id));
    }

    @Override
    public List<ExtensionRequest> ofTicket(Long ticketId) {
      return em.createQuery(
              "SELECT r FROM ExtensionRequest r WHERE r.ticketId = :id ORDER BY r.id",
              ExtensionRequest.class)
          .setParameter("id", ticketId)
          .getResultList();
    }

    @Override
    public List<ExtensionRequest> awaitingCentre() {
      return em.createQuery(
              "SELECT r FROM ExtensionRequest r WHERE r.status = :status ORDER BY r.id",
              ExtensionRequest.class)
          .setParameter("status", ExtensionRequest.Status.CHIEF_APPROVED)
          .getResultList();
    }

    @Override
    public List<ExtensionRequest> openForUnit(String unitCode) {
      return em.createQuery(
              "SELECT r FROM ExtensionRequest r, Ticket t WHERE t.id = r.ticketId"
                  + " AND t.ownerUnit.code = :unit AND r.status IN :open ORDER BY r.id",
              ExtensionRequest.class)
          .setParameter("unit", unitCode)
          .setParameter(
              "open",
              List.of(ExtensionRequest.Status.PENDING, ExtensionRequest.Status.CHIEF_APPROVED))
          .getResultList();
    }
  }
}
