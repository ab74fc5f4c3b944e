package org.hotline.domain.model.notification;

import java.util.List;
import org.hotline.domain.model.user.AppUser;

/**
 * A way to reach users: in-app (the bell) now; the SMS gateway of a later issue implements this too
 * and is picked up as one more CDI bean. Runs in the transaction of the event it reports.
 */
public interface NotificationChannel {

  void deliver(List<AppUser> recipients, Notification.Message message);
}
