package org.hotline.domain.model.officer;

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
import org.hotline.domain.model.unit.Unit;

/**
 * 民警 (officer): a person with a badge number (警号) serving in one unit, so that praise, service
 * records, ratings and statistics can name the officer and not only the unit. The badge number is
 * unique and stable; the unit may change when the officer moves.
 */
@Entity
@Table(name = "officer")
@NamedQuery(
    name = "Officer.all",
    query = "SELECT o FROM Officer o JOIN FETCH o.unit ORDER BY o.unit.sortOrder, o.badgeNumber")
@NamedQuery(
    name = "Officer.byUnit",
    query =
        "SELECT o FROM Officer o JOIN FETCH o.unit WHERE o.unit.code = :unit ORDER BY o.badgeNumber")
@NamedQuery(
    name = "Officer.byBadge",
    query = "SELECT o FROM Officer o JOIN FETCH o.unit WHERE o.badgeNumber = :badge")
public class Officer {

  /** Characters of a badge number (警号). */
  public static final int MAX_BADGE_LENGTH = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "badge_number", nullable = false, unique = true, length = MAX_BADGE_LENGTH)
  private String badgeNumber;

  @Column(name = "name", nullable = false, length = 60)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Officer() {}

  public Officer(String badgeNumber, String name, Unit unit) {
    this.badgeNumber = badgeNumber;
    this.name = name;
    this.unit = unit;
  }

  public Long id() {
    return id;
  }

  public String badgeNumber() {
    return badgeNumber;
  }

  public String name() {
    return name;
  }

  public Unit unit() {
    return unit;
  }

  public boolean active() {
    return active;
  }
}
