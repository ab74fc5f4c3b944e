package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.officer.OfficerRepository;

/** JPA repository of officers (民警). */
@ApplicationScoped
public class JpaOfficerRepository implements OfficerRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public List<Officer> all() {
    return em.createNamedQuery("Officer.all", Officer.class).getResultList();
  }

  @Override
  public List<Officer> ofUnit(String unitCode) {
    return em.createNamedQuery("Officer.byUnit", Officer.class)
        .setParameter("unit", unitCode)
        .getResultList();
  }

  @Override
  public Optional<Officer> findByBadge(String badgeNumber) {
    return em.createNamedQuery("Officer.byBadge", Officer.class)
        .setParameter("badge", badgeNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Officer> find(Long id) {
    return Optional.ofNullable(em.find(Officer.class, id));
  }

  @Override
  public boolean isEmpty() {
    return em.createQuery("SELECT o.id FROM Officer o", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void save(Officer officer) {
    em.persist(officer);
  }
}
