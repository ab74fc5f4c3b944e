package org.hotline.domain.model.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.domain.model.servicerecord.ServiceRecord;

/**
 * An officer's invitation to rate (邀码): a one-time token tied to one service record (接处警/窗口办事记录)
 * and to the target rated through it (the officer's target, or the unit's), valid until it expires.
 * A rating given through it records the service record and counts as verified; a second rating
 * through the same invitation is refused (the database holds one rating per invitation).
 */
@Entity
@Table(name = "rating_invitation")
@NamedQuery(
    name = "RatingInvitation.byToken",
    query = "SELECT i FROM RatingInvitation i JOIN FETCH i.code WHERE i.token = :token")
public class RatingInvitation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token", nullable = false, unique = true, length = RatingToken.LENGTH)
  private String token;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "code_id", nullable = false)
  private RatingCode code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "service_record_id", nullable = false)
  private ServiceRecord serviceRecord;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected RatingInvitation() {}

  /**
   * A new invitation through the target's code in force.
   *
   * @param code the code in force of the rated target
   * @param serviceRecord the service the citizen is invited to rate
   */
  public RatingInvitation(
      String token,
      RatingCode code,
      ServiceRecord serviceRecord,
      String createdBy,
      Instant createdAt,
      Instant expiresAt) {
    this.token = token;
    this.code = code;
    this.serviceRecord = serviceRecord;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Whether the invitation may still be used at {@code now}. */
  public boolean validAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  public Long id() {
    return id;
  }

  public String token() {
    return token;
  }

  public RatingCode code() {
    return code;
  }

  public RatingTarget target() {
    return code.target();
  }

  public ServiceRecord serviceRecord() {
    return serviceRecord;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
