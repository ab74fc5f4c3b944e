package org.hotline.domain.model.notification;

import java.util.List;
import java.util.Optional;

public interface NotificationRepository {

  void add(Notification notification);

  Optional<Notification> find(Long id);

  /** The newest notifications of a user, unread first when {@code unreadOnly}. */
  List<Notification> of(String recipient, boolean unreadOnly, int limit);

  long unreadCount(String recipient);

  /** Marks every unread notification of the user read; returns how many. */
  int markAllRead(String recipient, java.time.Instant now);
}
