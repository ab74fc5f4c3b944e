package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.rating.RatingCode;
import org.hotline.domain.model.rating.RatingTarget;
import org.hotline.domain.model.rating.RatingTargetRepository;

/** JPA repository of rating targets (评价对象) and their codes. */
@ApplicationScoped
public class JpaRatingTargetRepository implements RatingTargetRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public List<RatingTarget> all() {
    return em.createNamedQuery("RatingTarget.all", RatingTarget.class).getResultList();
  }

  @Override
  public List<RatingTarget> ofUnit(String unitCode) {
    return em.createNamedQuery("RatingTarget.byUnit", RatingTarget.class)
        .setParameter("unit", unitCode)
        .getResultList();
  }

  @Override
  public Optional<RatingTarget> find(Long id) {
    return Optional.ofNullable(em.find(RatingTarget.class, id));
  }

  @Override
  public Optional<RatingTarget> ofOfficer(Officer officer) {
    return em.createNamedQuery("RatingTarget.byOfficer", RatingTarget.class)
        .setParameter("officer", officer)
        .getResultStream()
        .findFirst();
  }

  /**
   * The exact token: MySQL's utf8mb4_unicode_ci compares case-insensitively, so the database may
   * return a token differing only in case; it is filtered here (tokens are case-sensitive
   * base64url).
   */
  @Override
  public Optional<RatingCode> codeByToken(String token) {
    return em.createNamedQuery("RatingCode.byToken", RatingCode.class)
        .setParameter("token", token)
        .getResultStream()
        .filter(c -> c.token().equals(token))
        .findFirst();
  }

  @Override
  public boolean isEmpty() {
    return em.createQuery("SELECT t.id FROM RatingTarget t", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void save(RatingTarget target) {
    em.persist(target);
  }

  @Override
  public Optional<RatingTarget> activeNamed(
      org.hotline.domain.model.rating.RatingTargetKind kind,
      org.hotline.domain.model.unit.Unit unit,
      String name) {
    return em.createNamedQuery("RatingTarget.activeNamed", RatingTarget.class)
        .setParameter("kind", kind)
        .setParameter("unit", unit)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(RatingTarget target) {
    em.persist(target);
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (String.valueOf(c.getMessage()).toLowerCase().contains("uk_rating_target_active_name")) {
          throw new org.hotline.domain.model.rating.DuplicateRatingTargetException(e);
        }
      }
      throw e;
    }
  }

  @Override
  public void save(RatingCode code) {
    em.persist(code);
  }
}
