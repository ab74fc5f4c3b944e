package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hotline.domain.model.user.AccountUnlock;
import org.hotline.domain.model.user.AccountUnlockRepository;

/** {@link AccountUnlockRepository} on JPA (table account_unlock). */
@ApplicationScoped
public class JpaAccountUnlockRepository implements AccountUnlockRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(AccountUnlock unlock) {
    em.persist(unlock);
  }

  @Override
  public List<AccountUnlock> latest(int limit) {
    return em.createQuery(
            "SELECT u FROM AccountUnlock u ORDER BY u.unlockedAt DESC, u.id DESC",
            AccountUnlock.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
