package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hotline.domain.model.user.AccountChange;
import org.hotline.domain.model.user.AccountChangeRepository;

/** {@link AccountChangeRepository} on JPA (table account_change). */
@ApplicationScoped
public class JpaAccountChangeRepository implements AccountChangeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(AccountChange change) {
    em.persist(change);
  }

  @Override
  public List<AccountChange> of(String username, int limit) {
    return em.createQuery(
            "SELECT c FROM AccountChange c WHERE c.username = :u"
                + " ORDER BY c.changedAt DESC, c.id DESC",
            AccountChange.class)
        .setParameter("u", username)
        .setMaxResults(limit)
        .getResultList();
  }
}
