package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.notification.Notification;
import org.hotline.domain.model.notification.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public void add(Notification notification) {
    em.persist(notification);
  }

  @Override
  public Optional<Notification> find(Long id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  @Override
  public List<Notification> of(String recipient, boolean unreadOnly, int limit) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipient = :r"
                + (unreadOnly ? " AND n.readAt IS NULL" : "")
                + " ORDER BY CASE WHEN n.readAt IS NULL THEN 0 ELSE 1 END, n.id DESC",
            Notification.class)
        .setParameter("r", recipient)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long unreadCount(String recipient) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :r AND n.readAt IS NULL",
            Long.class)
        .setParameter("r", recipient)
        .getSingleResult();
  }

  @Override
  public int markAllRead(String recipient, Instant now) {
    return em.createQuery(
            "UPDATE Notification n SET n.readAt = :now WHERE n.recipient = :r AND n.readAt IS NULL")
        .setParameter("now", now)
        .setParameter("r", recipient)
        .executeUpdate();
  }
}
