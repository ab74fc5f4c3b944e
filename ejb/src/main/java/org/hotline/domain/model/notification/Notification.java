package org.hotline.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 站内提醒: one message for one user, about a ticket or a supervision slip; read once opened. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient", nullable = false, length = 60, updatable = false)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30, updatable = false)
  private NotificationKind kind;

  @Column(name = "ticket_id", updatable = false)
  private Long ticketId;

  @Column(name = "slip_id", updatable = false)
  private Long slipId;

  /** Characters of the title and body columns. */
  static final int TITLE_LENGTH = 200;

  static final int BODY_LENGTH = 1000;

  @Column(name = "title", nullable = false, length = TITLE_LENGTH, updatable = false)
  private String title;

  @Column(name = "body", length = BODY_LENGTH, updatable = false)
  private String body;

  /**
   * The message bundle's key of the text ({@code notice.<name>}: {@code .title} and {@code .body}),
   * so that each reader sees it in their language; null for a text written without one.
   */
  @Column(name = "text_key", length = 60, updatable = false)
  private String textKey;

  /** The arguments of the text as a JSON array of strings ({@code ["20261123-000042"]}). */
  @Column(name = "text_args", length = TEXT_ARGS_LENGTH, updatable = false)
  private String textArgs;

  static final int TEXT_ARGS_LENGTH = 4000;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(String recipient, Message message, Instant now) {
    this.recipient = recipient;
    this.kind = message.kind();
    this.ticketId = message.ticketId();
    this.slipId = message.slipId();
    this.title = shorten(message.title(), TITLE_LENGTH);
    this.body = shorten(message.body(), BODY_LENGTH);
    if (message.textKey() != null
        && message.textArgs() != null
        && message.textArgs().length() <= TEXT_ARGS_LENGTH) {
      this.textKey = message.textKey();
      this.textArgs = message.textArgs();
    }
    this.createdAt = now;
  }

  /** What is said, to whom it may concern: the same message goes to every recipient and channel. */
  /**
   * What to tell: the title and body in Chinese (stored, and what channels without a reader's
   * language use), and optionally the bundle key and arguments (a JSON array) they were made from.
   */
  public record Message(
      NotificationKind kind,
      Long ticketId,
      Long slipId,
      String title,
      String body,
      String textKey,
      String textArgs) {

    /** A message written without a bundle key. */
    public Message(NotificationKind kind, Long ticketId, Long slipId, String title, String body) {
      this(kind, ticketId, slipId, title, body, null, null);
    }

    public static Message aboutTicket(
        NotificationKind kind, Long ticketId, String title, String body) {
      return new Message(kind, ticketId, null, title, body);
    }

    public static Message aboutSlip(Long slipId, String title, String body) {
      return new Message(NotificationKind.SLIP, null, slipId, title, body);
    }
  }

  /**
   * A notification points at its ticket or slip, where the whole text is: a title or body longer
   * than its column (it may quote a reason of up to 1,000 characters after a prefix) is cut at a
   * character boundary and ends with "…", never refused by the database.
   */
  /** A title cut to what the title column holds, as stored titles are. */
  public static String fitTitle(String text) {
    return shorten(text, TITLE_LENGTH);
  }

  /** A body cut to what the body column holds, as stored bodies are. */
  public static String fitBody(String text) {
    return shorten(text, BODY_LENGTH);
  }

  static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // keep a supplementary character whole
    }
    return text.substring(0, end) + "…";
  }

  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public NotificationKind kind() {
    return kind;
  }

  public Long ticketId() {
    return ticketId;
  }

  public Long slipId() {
    return slipId;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  /** The bundle key of the text, or null. */
  public String textKey() {
    return textKey;
  }

  /** The arguments of the text (JSON array of strings), or null. */
  public String textArgs() {
    return textArgs;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }
}
