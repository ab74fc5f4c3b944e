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

/**
 * One issued rating code (评价码) of a target: its token, when it was issued and, once revoked, when,
 * by whom and why. A target has at most one code in force; revoked codes are kept so that a scan of
 * an old badge or sticker can say that the code was withdrawn.
 */
@Entity
@Table(name = "rating_code")
@NamedQuery(
    name = "RatingCode.byToken",
    query = "SELECT c FROM RatingCode c JOIN FETCH c.target WHERE c.token = :token")
public class RatingCode {

  /** Characters of a revocation reason. */
  public static final int MAX_REASON_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "target_id", nullable = false)
  private RatingTarget target;

  @Column(name = "token", nullable = false, unique = true, length = RatingToken.LENGTH)
  private String token;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, length = 60)
  private String issuedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 60)
  private String revokedBy;

  @Column(name = "revoke_reason", length = MAX_REASON_LENGTH)
  private String revokeReason;

  protected RatingCode() {}

  RatingCode(RatingTarget target, String token, Instant issuedAt, String issuedBy) {
    this.target = target;
    this.token = token;
    this.issuedAt = issuedAt;
    this.issuedBy = issuedBy;
  }

  void revoke(Instant at, String by, String reason) {
    this.revokedAt = at;
    this.revokedBy = by;
    this.revokeReason = reason;
  }

  public Long id() {
    return id;
  }

  public RatingTarget target() {
    return target;
  }

  public String token() {
    return token;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public String revokeReason() {
    return revokeReason;
  }

  /** Whether the code is in force (not revoked). */
  public boolean inForce() {
    return revokedAt == null;
  }
}
