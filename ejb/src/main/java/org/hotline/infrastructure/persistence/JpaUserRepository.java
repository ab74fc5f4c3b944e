package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public Optional<AppUser> findByUsername(String username) {
    return JpaReferenceRepositories.byCode(em, AppUser.class, username);
  }

  @Override
  public java.util.List<AppUser> withRole(org.hotline.domain.model.user.Role role) {
    return em.createQuery(
            "SELECT DISTINCT u FROM AppUser u JOIN u.roles r WHERE r = :role AND u.active = TRUE",
            AppUser.class)
        .setParameter("role", role)
        .getResultList();
  }

  @Override
  public java.util.List<AppUser> inUnit(
      String unitCode, java.util.Set<org.hotline.domain.model.user.Role> roles) {
    return em.createQuery(
            "SELECT DISTINCT u FROM AppUser u JOIN u.roles r WHERE u.unit.code = :unit"
                + " AND r IN :roles AND u.active = TRUE ORDER BY u.username",
            AppUser.class)
        .setParameter("unit", unitCode)
        .setParameter("roles", roles)
        .getResultList();
  }

  @Override
  public java.util.List<AppUser> search(String text, int limit) {
    String like =
        text == null
            ? "%"
            : "%"
                + text.toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!")
                    .replace("%", "!%")
                    .replace("_", "!_")
                + "%";
    return em.createQuery(
            "SELECT u FROM AppUser u JOIN u.unit n WHERE LOWER(u.username) LIKE :t ESCAPE '!'"
                + " OR LOWER(u.displayName) LIKE :t ESCAPE '!'"
                + " OR LOWER(n.name) LIKE :t ESCAPE '!' OR LOWER(n.code) LIKE :t ESCAPE '!'"
                + " ORDER BY u.username",
            AppUser.class)
        .setParameter("t", like)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public void save(AppUser user) {
    em.persist(user);
  }
}
