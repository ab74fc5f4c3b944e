package org.hotline.domain.model.unit;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;

/**
 * An organisational unit (单位): the bureau, its branches, stations, brigades, the centre, agencies.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@Table(name = "org_unit")
@NamedQuery(name = "Unit.all", query = "SELECT u FROM Unit u ORDER BY u.sortOrder, u.code")
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NaturalId
  @Column(name = "code", nullable = false, unique = true, length = 40)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private UnitKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Unit parent;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected Unit() {}

  public Unit(String code, String name, UnitKind kind, Unit parent, int sortOrder) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.parent = parent;
    this.sortOrder = sortOrder;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public UnitKind kind() {
    return kind;
  }

  public Unit parent() {
    return parent;
  }

  public boolean active() {
    return active;
  }

  public boolean police() {
    return kind.police();
  }

  public boolean handlesTickets() {
    return active && kind.handlesTickets();
  }
}
