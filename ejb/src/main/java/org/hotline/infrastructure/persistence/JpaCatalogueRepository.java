package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.catalogue.CatalogueItem;
import org.hotline.domain.model.catalogue.CatalogueItemVersion;
import org.hotline.domain.model.catalogue.CatalogueRepository;

@ApplicationScoped
public class JpaCatalogueRepository implements CatalogueRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public List<CatalogueItem> all() {
    return em.createNamedQuery("CatalogueItem.all", CatalogueItem.class).getResultList();
  }

  @Override
  public Optional<CatalogueItem> findByCode(String code) {
    return em.createNamedQuery("CatalogueItem.findByCode", CatalogueItem.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CatalogueItemVersion> versions(String code) {
    return em.createNamedQuery("CatalogueItemVersion.ofItem", CatalogueItemVersion.class)
        .setParameter("code", code)
        .getResultList();
  }

  @Override
  public void add(CatalogueItem item) {
    em.persist(item);
  }

  @Override
  public void addVersion(CatalogueItemVersion version) {
    em.persist(version);
  }
}
