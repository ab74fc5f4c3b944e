package org.hotline.domain.model.category;

import jakarta.persistence.Cacheable;
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
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;

/**
 * A node of the hierarchical taxonomy of matters (诉求分类), e.g. 治安 › 噪音扰民. Only leaves can be put on
 * a ticket; each carries the default reply deadline in working days.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@Table(name = "category")
@NamedQuery(name = "Category.all", query = "SELECT c FROM Category c ORDER BY c.code")
public class Category {

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
  private Category parent;

  @Column(name = "police", nullable = false)
  private boolean police;

  @Column(name = "deadline_days", nullable = false)
  private int deadlineDays;

  @Column(name = "leaf", nullable = false)
  private boolean leaf;

  protected Category() {}

  public Category(
      String code, String name, Category parent, boolean police, int deadlineDays, boolean leaf) {
    this.code = code;
    this.name = name;
    this.parent = parent;
    this.police = police;
    this.deadlineDays = deadlineDays;
    this.leaf = leaf;
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

  public Category parent() {
    return parent;
  }

  public boolean police() {
    return police;
  }

  public int deadlineDays() {
    return deadlineDays;
  }

  public boolean leaf() {
    return leaf;
  }

  /** "治安 › 噪音扰民" */
  public String path() {
    return parent == null ? name : parent.path() + " › " + name;
  }
}
