package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.callback.ProblemTag;
import org.hotline.domain.model.callback.ProblemTagRepository;

/** JPA repository of problem tags (问题标签). */
@ApplicationScoped
public class JpaProblemTagRepository implements ProblemTagRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public List<ProblemTag> all() {
    return em.createNamedQuery("ProblemTag.all", ProblemTag.class).getResultList();
  }

  @Override
  public Optional<ProblemTag> find(String code) {
    return Optional.ofNullable(em.find(ProblemTag.class, code));
  }

  @Override
  public void save(ProblemTag tag) {
    em.persist(tag);
  }
}
