package org.hotline.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hotline.domain.model.unit.Unit;

/**
 * One duty of a unit in the responsibility catalogue (职责清单条目), e.g. 住建局: 物业服务监管. Its content lives
 * in immutable versions; this row points at the version in force. Every edit and every retirement
 * makes a new version with who, when and why.
 */
@Entity
@Table(name = "catalogue_item")
@NamedQuery(
    name = "CatalogueItem.all",
    query =
        "SELECT i FROM CatalogueItem i JOIN FETCH i.current JOIN FETCH i.unit ORDER BY i.unit.sortOrder, i.code")
@NamedQuery(
    name = "CatalogueItem.findByCode",
    query = "SELECT i FROM CatalogueItem i WHERE i.code = :code")
public class CatalogueItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 40, updatable = false)
  private String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false, updatable = false)
  private Unit unit;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "current_version_id")
  private CatalogueItemVersion current;

  @Version
  @Column(name = "lock_version", nullable = false)
  private int lockVersion;

  protected CatalogueItem() {}

  public CatalogueItem(String code, Unit unit) {
    this.code = code;
    this.unit = unit;
  }

  /**
   * The next version of this item (the first one when the item is new); becomes the one in force.
   */
  public CatalogueItemVersion revise(
      String title,
      String duties,
      List<String> categoryCodes,
      List<String> keywords,
      boolean retired,
      String changedBy,
      Instant changedAt,
      String reason) {
    int number = current == null ? 1 : current.number() + 1;
    CatalogueItemVersion next =
        new CatalogueItemVersion(
            this,
            number,
            title,
            duties,
            categoryCodes,
            keywords,
            retired,
            changedBy,
            changedAt,
            reason);
    this.current = next;
    return next;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public Unit unit() {
    return unit;
  }

  public CatalogueItemVersion current() {
    return current;
  }

  public boolean retired() {
    return current != null && current.retired();
  }
}
