package org.hotline.domain.model.area;

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
import org.hotline.domain.model.unit.Unit;

/**
 * An administrative area (区域): district → street → community. A community is a leaf and lies in the
 * jurisdiction (辖区) of one police station.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@Table(name = "area")
@NamedQuery(name = "Area.all", query = "SELECT a FROM Area a ORDER BY a.code")
public class Area {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NaturalId
  @Column(name = "code", nullable = false, unique = true, length = 40)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Area parent;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 20)
  private AreaLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "station_unit_id")
  private Unit station;

  protected Area() {}

  public Area(String code, String name, Area parent, AreaLevel level, Unit station) {
    this.code = code;
    this.name = name;
    this.parent = parent;
    this.level = level;
    this.station = station;
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

  public Area parent() {
    return parent;
  }

  public AreaLevel level() {
    return level;
  }

  /** The police station of this area's jurisdiction (inherited from the parent when not set). */
  public Unit station() {
    return station != null || parent == null ? station : parent.station();
  }

  public boolean leaf() {
    return level == AreaLevel.COMMUNITY;
  }

  /** "城关区 › 东街街道 › 幸福社区" */
  public String path() {
    return parent == null ? name : parent.path() + " › " + name;
  }
}
