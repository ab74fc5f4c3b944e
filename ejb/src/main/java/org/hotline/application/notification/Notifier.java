package org.hotline.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotline.domain.model.notification.Notification;
import org.hotline.domain.model.notification.NotificationChannel;
import org.hotline.domain.model.user.AppUser;

/** Sends one message to users on every channel there is (in-app now, SMS later), each user once. */
@ApplicationScoped
public class Notifier {

  @Inject @Any private Instance<NotificationChannel> channels;

  @SuppressWarnings("unchecked")
  public void send(Notification.Message message, List<AppUser>... groups) {
    Map<String, AppUser> unique = new LinkedHashMap<>();
    for (List<AppUser> group : groups) {
      group.forEach(u -> unique.putIfAbsent(u.username(), u));
    }
    if (unique.isEmpty()) {
      return;
    }
    List<AppUser> recipients = List.copyOf(unique.values());
    channels.forEach(channel -> channel.deliver(recipients, message));
  }
}
