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

  /** Lookup by code, the whole list (named query {@code <Entity>.all}), and save. */
  abstract static class Coded<T> {
    private final Class<T> type;

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    Coded(Class<T> type) {
      this.type = type;
    }

    public Optional<T> findByCode(String code) {
      return byCode(em, type, code);
    }

    public List<T> all() {
      return em.createNamedQuery(type.getSimpleName() + ".all", type).getResultList();
    }

    public void save(T entity) {
      em.persist(entity);
    }
  }

  @ApplicationScoped
  public static class Units extends Coded<Unit> implements UnitRepository {
    public Units() {
      super(Unit.class);
    }
  }

  @ApplicationScoped
  public static class Categories extends Coded<Category> implements CategoryRepository {
    public Categories() {
      super(Category.class);
    }
  }

  @ApplicationScoped
  public static class Areas extends Coded<Area> implements AreaRepository {
    public Areas() {
      super(Area.class);
    }
  }
}
