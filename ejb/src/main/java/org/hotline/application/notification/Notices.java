package org.hotline.application.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hotline.application.text.Messages;
import org.hotline.domain.model.notification.Notification;
import org.hotline.domain.model.notification.Notification.Message;
import org.hotline.domain.model.notification.NotificationKind;

/**
 * Notification texts from the message bundle (提醒文案): {@code notice.<name>.title} and {@code
 * notice.<name>.body}, with arguments {@code {0}}, {@code {1}} … The message keeps the key and the
 * arguments, so the bell shows each reader the text in their language ({@link #title}, {@link
 * #body}); the Chinese text is stored as well, for older readers and other channels.
 */
public final class Notices {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Notices() {}

  /** A notice about a ticket. */
  public static Message aboutTicket(
      NotificationKind kind, Long ticketId, String name, Object... args) {
    return message(kind, ticketId, null, name, args);
  }

  /** A notice about a supervision slip. */
  public static Message aboutSlip(Long slipId, String name, Object... args) {
    return message(NotificationKind.SLIP, null, slipId, name, args);
  }

  private static Message message(
      NotificationKind kind, Long ticketId, Long slipId, String name, Object... args) {
    String key = "notice." + name;
    List<String> plain = Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList();
    Object[] values = plain.toArray();
    try {
      String body = Messages.has(key + ".body") ? Messages.zh(key + ".body", values) : null;
      return new Message(
          kind,
          ticketId,
          slipId,
          Messages.zh(key + ".title", values),
          body == null || body.isBlank() ? null : body,
          key,
          JSON.writeValueAsString(plain));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The title of a stored notification in {@code locale}: from its key, else as stored. */
  public static String title(Notification n, Locale locale) {
    return n.textKey() == null
        ? n.title()
        : Notification.fitTitle(Messages.text(n.textKey() + ".title", locale, args(n)));
  }

  /** The body of a stored notification in {@code locale}: from its key, else as stored. */
  public static String body(Notification n, Locale locale) {
    if (n.textKey() == null || !Messages.has(n.textKey() + ".body")) {
      return n.body();
    }
    String body = Messages.text(n.textKey() + ".body", locale, args(n));
    return body.isBlank() ? null : Notification.fitBody(body);
  }

  private static Object[] args(Notification n) {
    try {
      return n.textArgs() == null
          ? new Object[0]
          : JSON.readValue(n.textArgs(), new TypeReference<List<String>>() {}).toArray();
    } catch (JsonProcessingException e) {
      return new Object[0];
    }
  }
}
