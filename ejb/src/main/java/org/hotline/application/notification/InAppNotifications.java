package org.hotline.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hotline.domain.model.notification.Notification;
import org.hotline.domain.model.notification.NotificationChannel;
import org.hotline.domain.model.notification.NotificationRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.AppUser;

/** 站内提醒: the bell on every page; one stored row per recipient. */
@ApplicationScoped
public class InAppNotifications implements NotificationChannel {

  @Inject private NotificationRepository notifications;

  @Override
  public void deliver(List<AppUser> recipients, Notification.Message message) {
    var now = BusinessTime.now();
    recipients.forEach(u -> notifications.add(new Notification(u.username(), message, now)));
  }
}
