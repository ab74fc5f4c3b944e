package org.hotline.application.notification;

import java.time.OffsetDateTime;
import org.hotline.domain.model.notification.Notification;
import org.hotline.domain.model.shared.BusinessTime;

/** A notification as the bell shows it. */
public record NotificationView(Long id, String kind, Long ticketId, Long slipId, String title, String body,
    OffsetDateTime createdAt, boolean read) {

  public static NotificationView of(Notification n) {
    return new NotificationView(n.id(), n.kind().name(), n.ticketId(), n.slipId(), n.title(), n.body(),
        BusinessTime.display(n.createdAt()), n.readAt() != null);
  }
}
