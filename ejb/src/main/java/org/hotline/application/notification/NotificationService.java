package org.hotline.application.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.notification.Notification;
import org.hotline.domain.model.notification.NotificationRepository;
import org.hotline.domain.model.shared.BusinessTime;

/** The logged-in user's notifications: list, unread count, mark read. */
@Stateless
@PermitAll
public class NotificationService {

  static final int PAGE = 50;

  @Inject private CurrentUser currentUser;

  @Inject private NotificationRepository notifications;

  public List<NotificationView> mine(boolean unreadOnly) {
    return notifications.of(currentUser.get().username(), unreadOnly, PAGE).stream()
        .map(NotificationView::of)
        .toList();
  }

  public long unreadCount() {
    return notifications.unreadCount(currentUser.get().username());
  }

  public NotificationView markRead(Long id) {
    Notification n =
        notifications
            .find(id)
            .filter(x -> x.recipient().equals(currentUser.get().username()))
            .orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, id));
    n.markRead(BusinessTime.now());
    return NotificationView.of(n);
  }

  public int markAllRead() {
    return notifications.markAllRead(currentUser.get().username(), BusinessTime.now());
  }
}
