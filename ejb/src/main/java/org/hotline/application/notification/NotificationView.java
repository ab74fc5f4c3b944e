package org.hotline.application.notification;

import java.time.OffsetDateTime;
import org.hotline.application.text.ClientLanguage;
import org.hotline.domain.model.notification.Notification;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * A notification as the bell shows it: title and body in the reader's language when the text has a
 * bundle key.
 */
public record NotificationView(
    Long id,
    String kind,
    Long ticketId,
    Long slipId,
    String title,
    String body,
    OffsetDateTime createdAt,
    boolean read) {

  public static NotificationView of(Notification n) {
    return new NotificationView(
        n.id(),
        n.kind().name(),
        n.ticketId(),
        n.slipId(),
        Notices.title(n, ClientLanguage.current()),
        Notices.body(n, ClientLanguage.current()),
        BusinessTime.display(n.createdAt()),
        n.readAt() != null);
  }
}
