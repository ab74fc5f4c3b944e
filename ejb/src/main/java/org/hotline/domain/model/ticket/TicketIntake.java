package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.category.Category;

/**
 * What was recorded when the ticket was logged (受理信息), in the ticket's own row: its number, the
 * channel, the caller, the place, the category, the urgency and the citizen's matter, who logged it
 * and when. These facts never change with the ticket's life; {@link Ticket} adds the life. Mapped
 * as a superclass so that JPQL and the full-text index keep reading {@code t.number}, {@code
 * t.area} …
 */
@MappedSuperclass
public abstract class TicketIntake {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "number", nullable = false, unique = true, length = 20, updatable = false)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 20)
  private Channel channel;

  /** 来电人: name, number, confidentiality. */
  @Embedded private Caller caller;

  @Column(name = "address", length = 300)
  private String address;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "area_id", nullable = false)
  private Area area;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(name = "urgency", nullable = false, length = 20)
  private Urgency urgency;

  @Column(name = "content", nullable = false, length = 4000)
  private String content;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 60, updatable = false)
  private String createdBy;

  protected TicketIntake() {}

  /** The facts of a ticket numbered {@code number}, logged by {@code createdBy} at {@code now}. */
  protected TicketIntake(String number, TicketDetails details, String createdBy, Instant now) {
    this.number = number;
    this.channel = details.channel();
    this.caller = new Caller(details.callerName(), details.callerPhone(), details.confidential());
    this.address = details.address();
    this.area = details.area();
    this.category = details.category();
    this.urgency = details.urgency();
    this.content = details.content();
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public Channel channel() {
    return channel;
  }

  /** 来电人. */
  public Caller caller() {
    return caller;
  }

  public String address() {
    return address;
  }

  public Area area() {
    return area;
  }

  public Category category() {
    return category;
  }

  public Urgency urgency() {
    return urgency;
  }

  public String content() {
    return content;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
