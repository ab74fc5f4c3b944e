package org.hotline.domain.model.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.unit.Unit;

/**
 * 评价对象 (rating target): an officer, window, vehicle, unit or community that citizens rate by
 * scanning its QR code. It belongs to one unit (the unit whose head answers a dissatisfied rating)
 * and carries its code in force ({@link #currentCode()}); revoking withdraws the code and makes the
 * target inactive, re-issuing replaces the code by a new one (the old one stays revoked).
 */
@Entity
@Table(name = "rating_target")
@NamedQuery(
    name = "RatingTarget.activeNamed",
    query =
        "SELECT t FROM RatingTarget t WHERE t.kind = :kind AND t.unit = :unit"
            + " AND t.activeName = :name")
@NamedQuery(
    name = "RatingTarget.all",
    query =
        "SELECT t FROM RatingTarget t JOIN FETCH t.unit LEFT JOIN FETCH t.currentCode"
            + " LEFT JOIN FETCH t.officer ORDER BY t.unit.sortOrder, t.kind, t.name, t.id")
@NamedQuery(
    name = "RatingTarget.byUnit",
    query =
        "SELECT t FROM RatingTarget t JOIN FETCH t.unit LEFT JOIN FETCH t.currentCode"
            + " LEFT JOIN FETCH t.officer WHERE t.unit.code = :unit ORDER BY t.kind, t.name, t.id")
@NamedQuery(
    name = "RatingTarget.byOfficer",
    query = "SELECT t FROM RatingTarget t WHERE t.officer = :officer")
public class RatingTarget {

  /** Characters of a target's name. */
  public static final int MAX_NAME_LENGTH = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private RatingTargetKind kind;

  @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "current_code_id")
  private RatingCode currentCode;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  /**
   * The name while the target is active and not an officer's (null otherwise): unique per kind and
   * unit in the database ({@code uk_rating_target_active_name}), so that two admins creating
   * 「出入境窗口」 at once cannot give one window two active codes (an officer is unique by {@code
   * officer_id}).
   */
  @Column(name = "active_name")
  private String activeName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected RatingTarget() {}

  /**
   * A new target; call {@link #issue} to give it its first code.
   *
   * @param officer the officer for {@link RatingTargetKind#OFFICER}, else null
   */
  public RatingTarget(
      RatingTargetKind kind, String name, Unit unit, Officer officer, Instant createdAt) {
    this.kind = kind;
    this.name = name;
    this.unit = unit;
    this.officer = officer;
    this.createdAt = createdAt;
    this.activeName = activeNameFor(true);
  }

  private String activeNameFor(boolean isActive) {
    return isActive && kind != RatingTargetKind.OFFICER ? name : null;
  }

  /**
   * Issues a new code (首次发码 or 重新发码): the code in force, if any, is revoked with the given reason,
   * and the target is active again.
   *
   * @return the new code, to be persisted with the target
   */
  public RatingCode issue(String token, Instant at, String by, String reasonForOld) {
    if (currentCode != null && currentCode.inForce()) {
      currentCode.revoke(at, by, reasonForOld);
    }
    currentCode = new RatingCode(this, token, at, by);
    active = true;
    activeName = activeNameFor(true);
    return currentCode;
  }

  /** Revokes the code in force (作废) and makes the target inactive: its code then says so. */
  public void revoke(Instant at, String by, String reason) {
    if (currentCode != null && currentCode.inForce()) {
      currentCode.revoke(at, by, reason);
    }
    active = false;
    activeName = null;
  }

  public Long id() {
    return id;
  }

  public RatingTargetKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public Unit unit() {
    return unit;
  }

  public Officer officer() {
    return officer;
  }

  public RatingCode currentCode() {
    return currentCode;
  }

  /** Whether the target takes ratings (its code is in force). */
  public boolean active() {
    return active && currentCode != null && currentCode.inForce();
  }
}
