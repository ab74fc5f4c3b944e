package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaRepository;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.category.CategoryRepository;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;

/** JPA repositories of the reference data looked up by stable code: units, categories, areas. */
public final class JpaReferenceRepositories {

  private JpaReferenceRepositories() {}

  /** By stable code (the natural id), answered from the second-level cache once it is warm. */
  static <T> Optional<T> byCode(EntityManager em, Class<T> type, String code) {
    return em.unwrap(Session.class).bySimpleNaturalId(type).loadOptional(code);
  }

  @ApplicationScoped
  public static class Units implements UnitRepository {
    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Override
    public Optional<Unit> findByCode(String code) {
      return byCode(em, Unit.class, code);
    }

    @Override
    public List<Unit> all() {
      return em.createNamedQuery("Unit.all", Unit.class).getResultList();
    }

    @Override
    public void save(Unit unit) {
      em.persist(unit);
    }
  }

  @ApplicationScoped
  public static class Categories implements CategoryRepository {
    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Override
    public Optional<Category> findByCode(String code) {
      return byCode(em, Category.class, code);
    }

    @Override
    public List<Category> all() {
      return em.createNamedQuery("Category.all", Category.class).getResultList();
    }

    @Override
    public void save(Category category) {
      em.persist(category);
    }
  }

  @ApplicationScoped
  public static class Areas implements AreaRepository {
    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @Override
    public Optional<Area> findByCode(String code) {
      return byCode(em, Area.class, code);
    }

    @Override
    public List<Area> all() {
      return em.createNamedQuery("Area.all", Area.class).getResultList();
    }

    @Override
    public void save(Area area) {
      em.persist(area);
    }
  }
}
